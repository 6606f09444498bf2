// How many people live in the towns of a country or of a first-level region, by the gazetteer's own
// towns: the gazetteer gives countries and regions no population, and this is what says that Georgia
// the US state is better known than the country (more people name it), and Niger the country better
// than the Nigerian state.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';

interface Populations {
	countries: Map<string, number>;
	/** country → admin1 code → people (keyed by the strings themselves: no joined key per town) */
	regions: Map<string, Map<string, number>>;
}

const byGazetteer = new WeakMap<Gazetteer, Populations>();

function populationsOf(gazetteer: Gazetteer): Populations {
	let found = byGazetteer.get(gazetteer);
	if (found) return found;
	const countries = new Map<string, number>();
	const regions = new Map<string, Map<string, number>>();
	for (const place of gazetteer.places) {
		if (place.kind !== 'city' || !place.country || place.population <= 0) continue;
		countries.set(place.country, (countries.get(place.country) ?? 0) + place.population);
		if (place.admin1) {
			let inCountry = regions.get(place.country);
			if (!inCountry) regions.set(place.country, (inCountry = new Map()));
			inCountry.set(place.admin1, (inCountry.get(place.admin1) ?? 0) + place.population);
		}
	}
	found = { countries, regions };
	byGazetteer.set(gazetteer, found);
	return found;
}

/** The people in the towns of a country or a first-level region (0 for any other place). */
export function settledPopulation(place: GazetteerPlace, gazetteer: Gazetteer): number {
	if (!place.country) return 0;
	const populations = populationsOf(gazetteer);
	if (place.kind === 'country') return populations.countries.get(place.country) ?? 0;
	if (place.kind === 'region' && place.admin1) return populations.regions.get(place.country)?.get(place.admin1) ?? 0;
	return 0;
}
