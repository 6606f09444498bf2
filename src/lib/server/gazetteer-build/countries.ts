import { createRequire } from 'node:module';
import { isLatinName, nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';
import { COMMON_WORD_COUNT } from './lexicon.ts';
import { readTsv } from './tsv.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
	cca2: string;
	name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
	altSpellings: string[];
	latlng: [number, number];
	area: number;
	independent?: boolean;
	demonyms?: Record<string, { f: string; m: string }>;
}

export interface CountryData {
	places: DraftPlace[];
	/** demonym as written ("Azerbaijani") → the codes of the countries that use it ("Indian": IN, IO) */
	demonyms: Map<string, string[]>;
	/** all-capital spellings from the data ("USA", "DPRK") → country code */
	abbreviations: Map<string, string>;
	names: Map<string, string>;
}

// Countries outrank any town of the same name; larger ones outrank smaller namesakes.
const COUNTRY_IMPORTANCE = 100_000_000;
// A native or alternate spelling that is an ordinary English word (COMMON_WORD_COUNT) is that word in
// English text: Iceland's "Ísland" is "island" ("Lamu Island" was Iceland); "Holland" (34) and "Burma" stay.
// One that is an English given name is a person there: Mauritius's French "Maurice" ("Maurice said the plan
// would work"), Dominica's "Dominique"; not where it opens the country's English name ("Aland": Åland Islands).

export async function readCountries(countryPointsPath: string, commonWords: Record<string, number> = {}, isGivenName: (name: string) => boolean = () => false): Promise<CountryData> {
	const ordinaryWord = (name: string) => (commonWords[nameKey(name)] ?? 0) >= COMMON_WORD_COUNT;
	const countries = require('world-countries') as WorldCountry[];
	const points = new Map((await readTsv(countryPointsPath)).map((row) => [row.code!, row]));
	const places: DraftPlace[] = [];
	const demonyms = new Map<string, string[]>();
	const abbreviations = new Map<string, string>();
	const names = new Map<string, string>();

	for (const country of countries) {
		const code = country.cca2;
		const point = points.get(code);
		const placeNames = new Set<string>([country.name.common, country.name.official]);
		const personsName = (name: string) => isGivenName(name) && !nameKey(country.name.common).startsWith(`${nameKey(name)} `);
		for (const spelling of country.altSpellings) {
			if (spelling.length <= 2 || spelling.includes(',')) continue; // ISO codes; "Korea, Republic of"
			if (/^[A-Z][A-Z.&]+$/.test(spelling)) abbreviations.set(spelling, code);
			else if (isLatinName(spelling) && !ordinaryWord(spelling) && !personsName(spelling)) placeNames.add(spelling);
		}
		for (const native of Object.values(country.name.native ?? {})) {
			if (isLatinName(native.common) && !ordinaryWord(native.common) && !personsName(native.common)) placeNames.add(native.common);
		}
		for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
			for (const word of (demonym ?? '').split(',').map((w) => w.trim())) {
				if (word && !demonyms.get(word)?.includes(code)) demonyms.set(word, [...(demonyms.get(word) ?? []), code]);
			}
		}
		names.set(code, country.name.common);
		places.push({
			id: `cc:${code}`,
			name: country.name.common,
			kind: 'country',
			featureCode: country.independent === false ? 'PCLD' : 'PCLI',
			country: code,
			admin1: null,
			lat: point ? Number(point.lat) : country.latlng[0],
			lon: point ? Number(point.lon) : country.latlng[1],
			population: COUNTRY_IMPORTANCE + Math.round(country.area),
			geonameId: point?.geonameId ? Number(point.geonameId) : null,
			names: placeNames
		});
	}
	return { places, demonyms, abbreviations, names };
}
