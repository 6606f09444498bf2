import { createRequire } from 'node:module';
import { nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';

const require = createRequire(import.meta.url);

interface CscState {
	name: string;
	isoCode: string;
	countryCode: string;
	latitude: string | null;
	longitude: string | null;
}

// First-level regions rank above towns but below capitals and big cities of the same name.
const REGION_IMPORTANCE = 1_000_000;
const ADMINISTRATIVE_SUFFIX =
	/\s+(District|Municipality|Province|Region|Governorate|Department|Prefecture|Parish|Oblast|oblast|Council|Division|Voivodeship|Krai|kraj|Canton|Rayon|County|Autonomous Republic|Autonomous Region|Autonomous Okrug|Republic|State|Territory|Emirate|Borough)$/;
// A bare region name also naming a town this large in the same country means the town in news.
const TOWN_OUTRANKS_REGION = 50_000;
const EXONYM_POPULATION = 150_000;

/**
 * First-level divisions from `country-state-city`. "Agdam District" is known by its full name, and by
 * "Agdam" only where no town of that name exists in the country (the town is what news means).
 */
export function readRegions(cities: DraftPlace[]): DraftPlace[] {
	const states = require('country-state-city/lib/assets/state.json') as CscState[];
	const townPopulation = new Map<string, number>();
	for (const city of cities) {
		// a big city's other names are exonyms ("Geneva" for Genève); a small town's may be anything
		// (Yuma is also called "Arizona" somewhere in GeoNames)
		const alternates = city.population >= EXONYM_POPULATION ? [...(city.alternateNames ?? [])] : [];
		for (const name of [...city.names, ...alternates]) {
			const key = `${city.country}|${nameKey(name)}`;
			townPopulation.set(key, Math.max(townPopulation.get(key) ?? 0, city.population));
		}
	}
	const regions: DraftPlace[] = [];
	for (const state of states) {
		const lat = Number(state.latitude);
		const lon = Number(state.longitude);
		if (!state.latitude || !state.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
		const names = new Set<string>([state.name]);
		const bare = state.name.replace(ADMINISTRATIVE_SUFFIX, '');
		const town = townPopulation.get(`${state.countryCode}|${nameKey(bare)}`);
		const hasSuffix = bare !== state.name;
		if (town === undefined) names.add(bare);
		else if (!hasSuffix && town >= TOWN_OUTRANKS_REGION) {
			// "New York", "Washington", "Baku": the bare name is the city; the region keeps "… State"
			names.delete(state.name);
			names.add(`${state.name} State`);
		}
		regions.push({
			id: `adm1:${state.countryCode}-${state.isoCode}`,
			name: state.name,
			kind: 'region',
			featureCode: 'ADM1',
			country: state.countryCode,
			admin1: state.isoCode,
			lat,
			lon,
			population: REGION_IMPORTANCE,
			geonameId: null,
			names
		});
	}
	return regions;
}
