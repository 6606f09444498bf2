import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { isLatinName } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';
import { adjectiveEndingSpellings, taMarbutaSpelling } from './spellings.ts';

// GeoNames "cities" dump columns (tab separated), see the GeoNames readme.
const GEONAME_ID = 0;
const NAME = 1;
const ASCII_NAME = 2;
const ALTERNATE_NAMES = 3;
const LATITUDE = 4;
const LONGITUDE = 5;
const FEATURE_CODE = 7;
const COUNTRY_CODE = 8;
const ADMIN1_CODE = 10;
const ADMIN2_CODE = 11;
const POPULATION = 14;

/** Alternate names worth matching in English text: Latin script, not codes, not one letter. */
export function usefulAlternateName(alternate: string, mainName: string): boolean {
	if (alternate.length < 3 || /\d/.test(alternate)) return false;
	// "BAK", "FZL": airport and postal codes, which are all capitals and short
	if (alternate === alternate.toUpperCase() && alternate.length <= 4 && alternate !== mainName) return false;
	return isLatinName(alternate);
}

export async function readGeoNamesCities(path: string): Promise<DraftPlace[]> {
	const places: DraftPlace[] = [];
	const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
	for await (const line of lines) {
		if (!line) continue;
		const cells = line.split('\t');
		const name = cells[NAME]!;
		const names = new Set<string>([name]);
		const ascii = cells[ASCII_NAME];
		if (ascii) names.add(ascii);
		const alternateNames = new Set<string>();
		const listed = new Set<string>();
		for (const alternate of (cells[ALTERNATE_NAMES] ?? '').split(',')) {
			if (alternate) listed.add(alternate);
			if (alternate && usefulAlternateName(alternate, name)) alternateNames.add(alternate);
		}
		const country = cells[COUNTRY_CODE] || null;
		// the same name in English's romanisation: a name of its own, not an alternate
		for (const spelled of [...names]) for (const other of adjectiveEndingSpellings(spelled, country)) names.add(other);
		for (const spelled of [...names, ...alternateNames]) {
			const other = taMarbutaSpelling(spelled, country);
			if (other && !names.has(other)) alternateNames.add(other);
		}
		const geonameId = Number(cells[GEONAME_ID]);
		places.push({
			id: `gn:${geonameId}`,
			name,
			kind: 'city',
			featureCode: cells[FEATURE_CODE] || 'PPL',
			country,
			admin1: cells[ADMIN1_CODE] || null,
			admin2: cells[ADMIN2_CODE] || null,
			lat: Number(cells[LATITUDE]),
			lon: Number(cells[LONGITUDE]),
			population: Number(cells[POPULATION]) || 0,
			geonameId,
			names,
			alternateNames,
			alternateNameCount: listed.size
		});
	}
	return places;
}
