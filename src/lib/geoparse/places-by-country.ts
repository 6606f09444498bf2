import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';
import { setsByKey } from './sets-by-key.ts';

// The text's places grouped by country, gathered once a text (computed-once.ts) by the stages that ask whether the
// text places anything else in a place's country. Two readings, on purpose: the Upper/Lower test counts every
// resolution (compass-regions.ts); a firm's or a water's name outliving the firm (index.ts) counts only the places read
// plainly in a country — not a name read inside another name, nor a place with no country.

export type PlacesByCountry = ReadonlyMap<string | null, ReadonlySet<GazetteerPlace>>;

/** The distinct places of the text in each country (by their country, null for none). */
export function placesOfEachCountry<R extends { place: GazetteerPlace }>(resolutions: readonly R[]): Map<string | null, Set<GazetteerPlace>> {
	return setsByKey(resolutions, (r) => r.place.country, (r) => r.place);
}

/** The distinct places the text reads plainly (not inside another name) in each country; places with no country left out. */
export function plainPlacesOfEachCountry(resolutions: readonly Resolution[]): Map<string | null, Set<GazetteerPlace>> {
	return setsByKey(resolutions, (r) => (r.place.country && r.mention.usage !== 'embedded' ? r.place.country : undefined), (r) => r.place);
}

/** Whether the text places anything but the place itself in the place's country. */
export function otherPlaceInCountry(place: GazetteerPlace, placesByCountry: PlacesByCountry): boolean {
	const inCountry = placesByCountry.get(place.country);
	return inCountry !== undefined && inCountry.size > (inCountry.has(place) ? 1 : 0);
}
