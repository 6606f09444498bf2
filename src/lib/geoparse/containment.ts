// Whether a place lies in a parent the text names ("Salem, in Washington County, Indiana"): by country
// and admin codes where they compare, else by nearness to the parent's point.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { carriesDivisionCodes, inDivisionRegion, kilometres, regionCodeShared } from './qualifies.ts';

// Where region codes do not compare, nearness to the region's or district's point stands in.
const REGION_REACH_KM = 600;
const DISTRICT_REACH_KM = 60;

/** "country:admin1:admin2" of a county, or of the county a place lies in (null where codes are missing). */
export function districtKey(place: GazetteerPlace): string | null {
	return place.country && place.admin1 && place.admin2 ? `${place.country}:${place.admin1}:${place.admin2}` : null;
}

/** A place that can contain others: a country, a first-level region, a second-level district. */
export function isParentKind(place: GazetteerPlace): boolean {
	return place.kind === 'country' || place.kind === 'district' || isFirstLevelRegion(place);
}

/**
 * How surely a place lies in a parent, 0..1: 1 where country and admin codes say so; where only the
 * distance to the parent's point can tell, the nearer the surer ("Richmond … in North Yorkshire" is
 * the town 30 km from the county's point, not the one in London 290 km away).
 */
export function containment(place: GazetteerPlace, parent: GazetteerPlace, gazetteer: Gazetteer): number {
	if (!liesIn(place, parent, gazetteer)) return 0;
	if (parent.kind !== 'region' || regionCodeShared(parent, gazetteer) || carriesDivisionCodes(place, parent)) return 1;
	return 1 - kilometres(place, parent) / REGION_REACH_KM;
}

function admin2(place: GazetteerPlace): string | null {
	return place.admin2 ?? null;
}

/** Whether a place lies in a parent: by country and admin codes where they compare, else by distance. */
export function liesIn(place: GazetteerPlace, parent: GazetteerPlace, gazetteer: Gazetteer): boolean {
	if (place.id === parent.id || !place.country || place.country !== parent.country) return false;
	if (parent.kind === 'country') return place.kind !== 'country';
	if (place.kind === 'country' || place.kind === 'region') return false;
	if (parent.kind === 'district') {
		if (admin2(parent) && admin2(place)) return admin2(parent) === admin2(place) && parent.admin1 === place.admin1;
		return kilometres(place, parent) < DISTRICT_REACH_KM;
	}
	if (regionCodeShared(parent, gazetteer)) return place.admin1 === parent.admin1;
	return inDivisionRegion(place, parent) ?? kilometres(place, parent) < REGION_REACH_KM;
}
