// "Charm is an unincorporated community in Holmes County, Ohio": where the recogniser left a described
// subject unread (an English word, a post-office town of unknown size) or read a namesake far away, the
// gazetteer may still hold a place of that name inside the parent the text states. That place is the
// subject, a truer point than the parent's own (Charm lies 14 km from the county's point). Only a bearer
// that is the one of its name in the parent counts: "a village in Masovian Voivodeship" with a dozen
// villages of the name there says nothing of which one.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { kilometres, liesWithin } from './qualifies.ts';
import { admin1Key } from './region-key.ts';

/** A parent as within-parent reads it: 0 a town, 1 a county or district, 2 or 3 a first-level region. */
export interface StatedParent {
	place: GazetteerPlace;
	level: number;
	/** the parent's point, or the point at the distance and bearing the text states from it */
	lat: number;
	lon: number;
}

// a town parent ("a village near Y", "6 km north of Y") holds a bearer this near its (stated) point
const NEAR_TOWN_KM = 30;
// bearers this near each other are one place listed twice (a GeoNames town and its post office)
const SAME_PLACE_KM = 10;

// a town with no county code lies in the county whose point is nearest it, give or take this much
const NEAREST_COUNTY_SLACK_KM = 5;

const districtsByRegion = new WeakMap<Gazetteer, Map<string, GazetteerPlace[]>>();

/** The second-level districts of each first-level region ("CC:admin1"), gathered the first time a text asks. */
function districtsOf(gazetteer: Gazetteer): Map<string, GazetteerPlace[]> {
	let known = districtsByRegion.get(gazetteer);
	if (known) return known;
	known = new Map();
	for (const place of gazetteer.places) {
		if (place.kind !== 'district' || !place.country || !place.admin1) continue;
		const key = admin1Key(place.country, place.admin1);
		const list = known.get(key);
		if (list) list.push(place);
		else known.set(key, [place]);
	}
	districtsByRegion.set(gazetteer, known);
	return known;
}

/**
 * Whether a town without a county code lies nearer the county's point than (nearly) any other county's of its
 * region: "Charm … in Wayne County" is not the Charm 14 km from Holmes County's point and 37 km from Wayne's.
 */
function nearestCounty(place: GazetteerPlace, county: GazetteerPlace, gazetteer: Gazetteer): boolean {
	if (!county.country || !county.admin1) return true;
	const own = kilometres(place, county) - NEAREST_COUNTY_SLACK_KM;
	for (const other of districtsOf(gazetteer).get(admin1Key(county.country, county.admin1)) ?? []) if (other !== county && liesWithin(place, other, own)) return false;
	return true;
}

function inParent(place: GazetteerPlace, parent: StatedParent, gazetteer: Gazetteer): boolean {
	if (place.kind !== 'city' || place.id === parent.place.id) return false;
	if (parent.level === 0) return place.country === parent.place.country && liesWithin(place, parent, NEAR_TOWN_KM);
	// (a town without a county code is held by nearness to the county's point: that of its own state only)
	if (place.admin1 && parent.place.admin1 && place.admin1 !== parent.place.admin1) return false;
	if (!liesIn(place, parent.place, gazetteer)) return false;
	return parent.place.kind !== 'district' || Boolean(place.admin2) || nearestCounty(place, parent.place, gazetteer);
}

/** The one place among the table values that lies in the parent (places this near each other are one), or null. */
function onlyOneIn(values: readonly number[], parent: StatedParent, gazetteer: Gazetteer): GazetteerPlace | null | 'several' {
	let found: GazetteerPlace | null = null;
	for (const value of values) {
		const place = gazetteer.places[value >>> 1]!;
		if (!inParent(place, parent, gazetteer)) continue;
		if (!found) found = place;
		else if (kilometres(found, place) > SAME_PLACE_KM) return 'several';
	}
	return found;
}

/**
 * The gazetteer's place of the name (key) that lies in the stated parent, where it is the only one there:
 * among the places bearing it as their own name, else among those bearing it as an old or foreign one.
 * Null where none or several do.
 */
export function bearerInParent(key: string, parent: StatedParent, gazetteer: Gazetteer): GazetteerPlace | null {
	const values = gazetteer.byName.get(key) ?? [];
	const own = onlyOneIn(values.filter((value) => (value & 1) === 0), parent, gazetteer);
	if (own === 'several') return null;
	if (own) return own;
	const other = onlyOneIn(values.filter((value) => (value & 1) === 1), parent, gazetteer);
	return other === 'several' ? null : other;
}
