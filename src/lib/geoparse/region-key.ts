// The key of a first-level region ("US:AL"), by which the stages that group places by region (a text's
// regions, a list's, the named states, the towns of a region) meet: one spelling of it.
import type { GazetteerPlace } from '../gazetteer/types.ts';

/** "US:AL": the key of the first-level region with this country and GeoNames admin1 code. */
export function admin1Key(country: string | null, admin1: string | null): string {
	return `${country}:${admin1}`;
}

/** "US:AL" for a place in Alabama (a state itself too); null for a place in no first-level region. */
export function regionKey(place: GazetteerPlace): string | null {
	return place.country && place.admin1 && place.kind !== 'country' ? admin1Key(place.country, place.admin1) : null;
}

/** Whether a town lies in a first-level region the text names plainly ("US:OH" in `namedRegions`). */
export function townInNamedRegion(place: GazetteerPlace, namedRegions: ReadonlySet<string>): boolean {
	return place.kind === 'city' && !!place.country && !!place.admin1 && namedRegions.has(admin1Key(place.country, place.admin1));
}

/** Another name of the text (not `ownKey`) leads to a place in the place's own first-level region: a local paper's town ("Mobile … Baldwin County"). */
export function otherNameInRegion(place: GazetteerPlace, ownKey: string, namesByRegion: () => ReadonlyMap<string, ReadonlySet<string>>): boolean {
	const region = regionKey(place);
	const names = region === null ? undefined : namesByRegion().get(region);
	return names !== undefined && [...names].some((key) => key !== ownKey);
}
