// What a shared-store run needs of the gazetteer besides geoparsing: each place's first-level
// division, its country's name and the attribution. The workers that geoparse store them with their
// results (per geoparser), so a worker that claimed no texts (it did topic discovery meanwhile) works
// its chunks out without loading a gazetteer: seconds of CPU the other workers' geoparsing gets.
import type { PlaceLookup, PlaceRecord } from '../../corpus/place-record.ts';
import { addedPlaces } from '../../places/apply-corrections.ts';
import type { Correction } from '../../places/correction-format.ts';
import type { IngestGeoparser } from './geoparser.ts';

/** The gazetteer as a run's documents and places use it (the geoparser's, or the stored facts'). */
export type GazetteerView = Pick<IngestGeoparser, 'lookup' | 'countryName' | 'attribution'>;

const ATTRIBUTION = 'attribution';
const countryKey = (code: string) => `country:${code}`;

/**
 * Gives the places their division (as the run would look it up) and returns the facts about them
 * this worker has not stored yet (`stored` remembers the keys).
 */
export function gazetteerFacts(geoparser: IngestGeoparser, places: PlaceRecord[], stored: Set<string>): [string, string][] {
	const facts: [string, string][] = [];
	const add = (key: string, value: () => unknown) => {
		if (stored.has(key)) return;
		stored.add(key);
		facts.push([key, JSON.stringify(value())]);
	};
	add(ATTRIBUTION, () => geoparser.attribution);
	for (const place of places) {
		if (place.admin1Name === undefined) place.admin1Name = geoparser.lookup(place.id)?.admin1Name ?? null;
		if (place.country) add(countryKey(place.country), () => geoparser.countryName(place.country!));
	}
	return facts;
}

/** The places the corrections name (moved to or from): the ones a run must hold for the stored facts to stand in. */
export function correctionPlaceIds(corrections: readonly Correction[]): string[] {
	return corrections.flatMap((c) => [c.placeId, c.fromPlaceId].filter((id) => id !== null));
}

/**
 * The gazetteer as the stored facts give it, or null when they miss something the run asks: a
 * place without its division or its country's name, a place a correction names that no record holds
 * (stored by an older gazette, or added by the corrections), the attribution. Then the run loads the gazetteer.
 */
export function storedGazetteer(facts: Map<string, string>, records: Map<string, PlaceRecord>, corrections: readonly Correction[]): GazetteerView | null {
	const attribution = facts.get(ATTRIBUTION);
	if (attribution === undefined) return null;
	const added = addedPlaces(corrections);
	for (const record of [...records.values(), ...added.values()]) {
		if (record.admin1Name === undefined || (record.country && !facts.has(countryKey(record.country)))) return null;
	}
	for (const id of correctionPlaceIds(corrections)) if (!added.has(id) && !records.has(id)) return null;
	const lookup: PlaceLookup = (id) => records.get(id);
	return {
		lookup,
		countryName: (code) => {
			const name = facts.get(countryKey(code));
			return name === undefined ? null : (JSON.parse(name) as string | null);
		},
		attribution: JSON.parse(attribution) as string[]
	};
}
