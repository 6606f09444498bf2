import type { Toponym } from '../contracts.ts';
import { toponymAt, type ToponymPlace } from '../geoparse/toponym.ts';

/**
 * What ingest needs to know about a gazetteer place (as the geoparser or the gazetteer gives it), and
 * the first-level division it lies in, to tell same-named places apart (undefined: not looked up yet).
 */
export type PlaceRecord = ToponymPlace & { admin1Name?: string | null };

export type PlaceLookup = (placeId: string) => PlaceRecord | undefined;

/** Looks in `records` first, then asks `fallback` (the gazetteer) and keeps what it finds there. */
export function recordingLookup(records: Map<string, PlaceRecord>, fallback: PlaceLookup | null): PlaceLookup {
	return (id) => {
		const known = records.get(id);
		if (known || !fallback) return known;
		const found = fallback(id);
		if (found) records.set(id, found);
		return found;
	};
}

export function placeRecordFromToponym(toponym: Toponym): PlaceRecord {
	return {
		id: toponym.placeId,
		name: toponym.placeName,
		kind: toponym.kind,
		country: toponym.country,
		lat: toponym.lat,
		lon: toponym.lon,
		geonameId: toponym.geonameId ?? null,
		...(toponym.geometry ? { geometry: toponym.geometry } : {})
	};
}

/** Re-points a toponym at another place, keeping its position in the text. */
export function retarget(toponym: Toponym, place: PlaceRecord): Toponym {
	return toponymAt(toponym, place, { score: 1, usage: toponym.usage === 'embedded' ? 'literal' : toponym.usage, reasons: ['curated'] });
}
