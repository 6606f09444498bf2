import { distance } from 'geokdbush';
import { nameKey } from '../gazetteer/normalize.ts';
import { decodePlaceReference } from '../gazetteer/references.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';

// Large provinces (Ontario) have their point far from their towns.
const QUALIFIER_REACH_KM = 1500;

export function kilometres(a: Pick<GazetteerPlace, 'lat' | 'lon'>, b: Pick<GazetteerPlace, 'lat' | 'lon'>): number {
	return distance(a.lon, a.lat, b.lon, b.lat);
}

// a degree of latitude is about 111 km anywhere: a cheap first test before the great circle
const KM_PER_DEGREE_OF_LATITUDE = 111;

/** Whether two places lie within km of each other. */
export function liesWithin(a: Pick<GazetteerPlace, 'lat' | 'lon'>, b: Pick<GazetteerPlace, 'lat' | 'lon'>, km: number): boolean {
	return Math.abs(a.lat - b.lat) <= km / KM_PER_DEGREE_OF_LATITUDE && kilometres(a, b) <= km;
}

/** country → the admin1 codes its towns carry */
const sharedCodes = new WeakMap<Gazetteer, Map<string, Set<string>>>();

/**
 * Whether a first-level region's code is the one GeoNames gives its towns: true for the US ("TX"), not
 * everywhere ("08" vs "ON"); curated regions ("England") have none. Where codes compare, they decide.
 */
export function regionCodeShared(region: GazetteerPlace, gazetteer: Gazetteer): boolean {
	let codes = sharedCodes.get(gazetteer);
	if (!codes) {
		codes = new Map();
		// keyed by the strings themselves (no joined key made for each of 200,000 towns)
		for (const place of gazetteer.places) {
			if (place.kind !== 'city' || !place.country || !place.admin1) continue;
			let inCountry = codes.get(place.country);
			if (!inCountry) codes.set(place.country, (inCountry = new Set()));
			inCountry.add(place.admin1);
		}
		sharedCodes.set(gazetteer, codes);
	}
	return region.featureCode === 'ADM1' && region.admin1 !== null && !region.admin2 && region.country !== null && codes.get(region.country)?.has(region.admin1) === true;
}

// English ceremonial counties hold unitary authorities with codes of their own (Newport, Shropshire lies
// in Telford and Wrekin): a town this close to such a region's point is in it whatever its codes.
const DIVISION_CORE_KM = 50;

/**
 * "Somerset", "Ardennes": a region that GeoNames keeps as a second-level division carries its towns'
 * admin1 and admin2 codes; a town with codes lies in it when both match or it is close to the region's
 * point (one without codes: by distance, as before).
 */
export function inDivisionRegion(place: GazetteerPlace, region: GazetteerPlace): boolean | null {
	if (region.kind !== 'region' || !region.admin2 || !place.admin2 || place.kind === 'region') return null;
	return (place.admin1 === region.admin1 && place.admin2 === region.admin2) || kilometres(place, region) < DIVISION_CORE_KM;
}

/** The place carries the second-level division's own codes. */
export function carriesDivisionCodes(place: GazetteerPlace, region: GazetteerPlace): boolean {
	return region.kind === 'region' && !!region.admin2 && place.admin1 === region.admin1 && place.admin2 === region.admin2;
}

/** region id → its namesake first-level region whose code the towns carry (or null), per gazetteer */
const codedTwins = new WeakMap<Gazetteer, Map<string, GazetteerPlace | null>>();

/**
 * "Wales", "Scotland": a curated region has no admin1 code, but GeoNames' first-level region of the same
 * name and country has the one its towns carry (WLS, SCT): that region, where there is one. Without it
 * every town of Britain lay within reach of Wales ("Springfield, Wales" was Springfield in Fife).
 */
function codedTwin(region: GazetteerPlace, gazetteer: Gazetteer): GazetteerPlace | null {
	let twins = codedTwins.get(gazetteer);
	if (!twins) codedTwins.set(gazetteer, (twins = new Map()));
	let twin = twins.get(region.id);
	if (twin !== undefined) return twin;
	twin = null;
	for (const value of gazetteer.byName.get(nameKey(region.name)) ?? []) {
		const other = gazetteer.places[decodePlaceReference(value).index]!;
		if (other.id !== region.id && other.kind === 'region' && other.country === region.country && regionCodeShared(other, gazetteer)) {
			twin = other;
			break;
		}
	}
	twins.set(region.id, twin);
	return twin;
}

/** "Sheffield, England", "Paris, Texas": the place that lies in the qualifying place wins. */
export function qualifies(place: GazetteerPlace, qualifier: GazetteerPlace | undefined, gazetteer: Gazetteer): boolean {
	if (!qualifier || place.id === qualifier.id || place.kind === 'country') return false;
	if (qualifier.kind === 'country') return place.country === qualifier.country;
	if (qualifier.kind !== 'region' || !qualifier.country || place.country !== qualifier.country) return false;
	if (regionCodeShared(qualifier, gazetteer)) return place.admin1 === qualifier.admin1;
	if (!qualifier.admin1) {
		const twin = codedTwin(qualifier, gazetteer);
		if (twin) return place.admin1 === twin.admin1;
	}
	return inDivisionRegion(place, qualifier) ?? kilometres(place, qualifier) < QUALIFIER_REACH_KM;
}
