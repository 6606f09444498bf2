// A toponym's runners-up, as `geoparse(…, { alternatives: N })` lists them for a user interface to offer.
import type { ToponymAlternative } from '../contracts.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';

const ROUNDING = 1000;

/** The runners-up: from the context's weighing where there was one, else by importance alone. */
export function alternativesOf(resolution: Resolution, gazetteer: Gazetteer, count: number): ToponymAlternative[] {
	let ranked = resolution.alternatives;
	if (!ranked) {
		// the doubt left by the resolution's own confidence, shared by importance
		const { places, importance } = resolution.mention.candidate;
		const others = places.map((index, i) => ({ place: gazetteer.places[index]!, weight: importance[i]! })).filter((a) => a.place !== resolution.place);
		const total = others.reduce((sum, a) => sum + a.weight, 0) || 1;
		ranked = others.map((a) => ({ place: a.place, score: ((1 - resolution.score) * a.weight) / total }));
	}
	return ranked.slice(0, count).map(({ place, score }) => alternativeOf(place, score));
}

function alternativeOf(place: GazetteerPlace, score: number): ToponymAlternative {
	return { placeId: place.id, name: place.name, country: place.country, admin1: place.admin1, population: place.population, score: Math.round(score * ROUNDING) / ROUNDING };
}
