// "Hebron in Israel", "Tiraspol in Moldova": a town that GeoNames codes for another country (or region)
// may still lie inside the container a text names, or right on its edge (a disputed, occupied or
// administered area). Codes cannot say so and the gazetteer has no country outlines, so the container's
// own towns stand for its outline: a namesake this close to one of them is inside or beside it.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';

const BESIDE_CONTAINER_KM = 25;

interface CountryTowns {
	towns: GazetteerPlace[];
	index: KDBush | null;
}

/** country code → its towns (their geographic index made on first need), per gazetteer: one pass over the places, on first need */
const townsByCountry = new WeakMap<Gazetteer, Map<string, CountryTowns>>();

function countryTowns(country: string, gazetteer: Gazetteer): CountryTowns | undefined {
	let byCountry = townsByCountry.get(gazetteer);
	if (!byCountry) {
		byCountry = new Map();
		for (const place of gazetteer.places) {
			if (place.kind !== 'city' || place.country === null) continue;
			let entry = byCountry.get(place.country);
			if (!entry) byCountry.set(place.country, (entry = { towns: [], index: null }));
			entry.towns.push(place);
		}
		townsByCountry.set(gazetteer, byCountry);
	}
	return byCountry.get(country);
}

/** Whether a town of the container (a country, or a first-level region by its towns' code) lies within reach of the place. */
export function besideContainer(place: GazetteerPlace, container: GazetteerPlace, gazetteer: Gazetteer, reachKm = BESIDE_CONTAINER_KM): boolean {
	const entry = container.country === null ? undefined : countryTowns(container.country, gazetteer);
	if (!entry) return false;
	if (!entry.index) {
		entry.index = new KDBush(entry.towns.length);
		for (const town of entry.towns) entry.index.add(town.lon, town.lat);
		entry.index.finish();
	}
	const { towns } = entry;
	const region = container.kind === 'country' ? null : container.admin1;
	return around(entry.index, place.lon, place.lat, 1, reachKm, (i: number) => (region === null || towns[i]!.admin1 === region) && towns[i] !== place).length > 0;
}
