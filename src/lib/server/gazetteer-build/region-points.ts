import { createRequire } from 'node:module';
import { nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';

const require = createRequire(import.meta.url);

/** A `country-state-city` region as the package ships it. */
export interface CscState {
	name: string;
	isoCode: string;
	countryCode: string;
	latitude: string | null;
	longitude: string | null;
}

/** What GeoNames says about one `country-state-city` region, through the towns both sources list. */
export interface RegionEvidence {
	/** the GeoNames admin1 code of the region, when its towns agree on one that no other region claims */
	admin1: string | null;
	/** GeoNames places of the region: every place with that admin1 code, else the towns matched one by one */
	places: DraftPlace[];
}

// A package town is the GeoNames place of the same name within this many degrees (the package copies
// GeoNames coordinates, so true matches sit at the same point).
const SAME_POINT_DEGREES = 0.05;
// The share of a region's towns that must carry one GeoNames admin1 code for the codes to be the same region.
const AGREEMENT = 0.8;

type CscCity = [name: string, country: string, state: string, lat: string, lon: string];

/**
 * Matches the package's towns (which carry its region codes) to GeoNames places (which carry GeoNames
 * admin1 codes): the towns a region shares with GeoNames say which GeoNames division it is, and give
 * it GeoNames points to check its own point against.
 */
export function regionEvidence(cities: DraftPlace[]): Map<string, RegionEvidence> {
	const byName = new Map<string, DraftPlace[]>();
	for (const city of cities) {
		for (const name of city.names) {
			const key = `${city.country}|${nameKey(name)}`;
			const list = byName.get(key);
			if (!list) byName.set(key, [city]);
			else if (!list.includes(city)) list.push(city);
		}
	}
	const matched = new Map<string, DraftPlace[]>();
	for (const [name, country, state, lat, lon] of require('country-state-city/lib/assets/city.json') as CscCity[]) {
		const place = byName
			.get(`${country}|${nameKey(name)}`)
			?.find((c) => Math.abs(c.lat - Number(lat)) < SAME_POINT_DEGREES && Math.abs(c.lon - Number(lon)) < SAME_POINT_DEGREES);
		if (!place) continue;
		const key = `${country}-${state}`;
		matched.set(key, [...(matched.get(key) ?? []), place]);
	}

	// region → the admin1 code most of its towns carry, when they agree
	const agreed = new Map<string, string>();
	const claims = new Map<string, number>();
	for (const [key, places] of matched) {
		const votes = new Map<string, number>();
		for (const place of places) if (place.admin1) votes.set(place.admin1, (votes.get(place.admin1) ?? 0) + 1);
		const [code, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
		if (!code || count! / places.length < AGREEMENT) continue;
		agreed.set(key, code);
		const claim = `${key.split('-')[0]}|${code}`;
		claims.set(claim, (claims.get(claim) ?? 0) + 1);
	}
	const byAdmin1 = new Map<string, DraftPlace[]>();
	for (const city of cities) {
		const key = `${city.country}|${city.admin1}`;
		const list = byAdmin1.get(key);
		if (list) list.push(city);
		else byAdmin1.set(key, [city]);
	}

	const evidence = new Map<string, RegionEvidence>();
	for (const [key, places] of matched) {
		const code = agreed.get(key);
		const claim = code && `${key.split('-')[0]}|${code}`;
		// Belgian provinces all carry Flanders' or Wallonia's code: a code several regions claim is none of them
		if (claim && claims.get(claim) === 1) evidence.set(key, { admin1: code, places: byAdmin1.get(claim) ?? places });
		else evidence.set(key, { admin1: null, places });
	}
	return evidence;
}

export interface Point {
	lat: number;
	lon: number;
}

/** The geographic mean of the places (through 3-D unit vectors, so it is right across the antimeridian). */
export function meanPoint(places: Point[]): Point {
	let x = 0;
	let y = 0;
	let z = 0;
	for (const { lat, lon } of places) {
		const phi = (lat * Math.PI) / 180;
		const lambda = (lon * Math.PI) / 180;
		x += Math.cos(phi) * Math.cos(lambda);
		y += Math.cos(phi) * Math.sin(lambda);
		z += Math.sin(phi);
	}
	return { lat: (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI, lon: (Math.atan2(y, x) * 180) / Math.PI };
}

/** The place nearest to a point (for a mean that falls outside a crescent-shaped region or its country). */
export function nearestPlace<T extends Point>(point: Point, places: T[]): T {
	const scale = Math.cos((point.lat * Math.PI) / 180);
	let best = places[0]!;
	let bestDistance = Infinity;
	for (const place of places) {
		const d = Math.hypot((place.lon - point.lon) * scale, place.lat - point.lat);
		if (d < bestDistance) [best, bestDistance] = [place, d];
	}
	return best;
}

/** A region's label point and GeoNames admin1 code from Natural Earth (data/gazetteer/region-points.tsv). */
export interface NaturalEarthRegion {
	lat: number;
	lon: number;
	admin1: string | null;
	/** the English name where it is not the name ("North Kivu" for Nord-Kivu, "Carinthia" for Kärnten) */
	english?: string | null;
}

export type PointSource = 'package' | 'natural-earth' | 'geonames' | 'town' | 'centre';

// The package's point and Natural Earth's label point of one region agree within this distance.
const SOURCES_AGREE_KM = 200;

// Whether a point lies in a region, where only towns can tell: most of the towns nearest to it carry
// its code, or (a city region amid its province, a coast) one that does lies close by.
const NEAREST_TOWNS = 5;
export const OWN_TOWN_REACH_KM = 75;

/** Whether the point lies among the towns (of its country, with admin1 codes) that carry the code. */
export function amongTownsOf(towns: readonly DraftPlace[], point: Point, code: string): boolean {
	const nearest: { d: number; code: string | null }[] = [];
	const scale = Math.cos((point.lat * Math.PI) / 180);
	let nearestOwn = Infinity;
	for (const town of towns) {
		const d = Math.hypot((town.lon - point.lon) * scale, town.lat - point.lat);
		if (town.admin1 === code && d < nearestOwn) nearestOwn = d;
		if (nearest.length === NEAREST_TOWNS && d >= nearest[NEAREST_TOWNS - 1]!.d) continue;
		nearest.push({ d, code: town.admin1 });
		nearest.sort((a, b) => a.d - b.d);
		if (nearest.length > NEAREST_TOWNS) nearest.pop();
	}
	return nearestOwn * KM_PER_DEGREE <= OWN_TOWN_REACH_KM || nearest.filter((t) => t.code === code).length * 2 > nearest.length;
}

export const KM_PER_DEGREE = 111.195;

// A code's towns this far from a region's point, and outside their own spread, are another region's.
const AWAY_KM = 200;

// So many of a region's GeoNames places are enough to overrule Natural Earth's label where it is the only source left.
const AWAY_EVIDENCE = 3;

/** Whether no place lies within 200 km of the point. */
export function beyondAll(point: Point, places: readonly Point[]): boolean {
	return places.every((p) => kilometres(p, point) > AWAY_KM);
}

/** Whether a point lies away from the places: beyond 200 km of each, and farther from their mean than any. */
export function awayFrom(point: Point, places: Point[]): boolean {
	if (places.length === 0) return false;
	const middle = meanPoint(places);
	const reach = Math.max(...places.map((p) => kilometres(p, middle)));
	return kilometres(point, middle) > reach && beyondAll(point, places);
}

export function kilometres(a: Point, b: Point): number {
	const scale = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
	return Math.hypot((a.lon - b.lon) * scale, a.lat - b.lat) * KM_PER_DEGREE;
}

/**
 * The point of a region, from the first source that passes the checks it can be put to. The
 * package's point where Natural Earth's label point is within 200 km of it (two sources agree) or
 * Natural Earth lacks the region; then Natural Earth's label point; then the mean of the region's GeoNames places (the nearest of them
 * when the mean falls outside the country); then a town of the region's name. Every point must lie in
 * the country (point-check.ts), unless the allowlist accepts the package's point. Null: none fits.
 */
export function regionPoint(
	state: CscState,
	/** the region's name without its division word: a town of that name may stand for it */
	bareName: string,
	places: DraftPlace[],
	naturalEarth: NaturalEarthRegion | undefined,
	towns: Map<string, DraftPlace>,
	inCountry: (point: Point) => boolean,
	accepted: boolean,
	amongItsTowns: ((point: Point) => boolean) | null,
	/** whether no town of the country lies within 200 km of the point */
	farFromTowns: (point: Point) => boolean = () => false
): { point: Point; by: PointSource } | null {
	const own = { lat: Number(state.latitude), lon: Number(state.longitude) };
	const hasOwn = state.latitude !== null && state.longitude !== null && Number.isFinite(own.lat) && Number.isFinite(own.lon);
	if (hasOwn && accepted) return { point: own, by: 'package' };
	const ownFits = hasOwn && inCountry(own);
	// Natural Earth alone, its label away from every place GeoNames files in the region and from every town
	// of the country, is not the region's point (it labels Fiji's Western Division on a reef 550 km out,
	// where the package's point is in another country): the region's places are
	const placedAway = (point: Point) => places.length >= AWAY_EVIDENCE && awayFrom(point, places) && farFromTowns(point);
	if (ownFits) {
		if (!naturalEarth || kilometres(own, naturalEarth) <= SOURCES_AGREE_KM) return { point: own, by: 'package' };
		// the two sources give one ISO code to different regions (Iran's provinces were renumbered): the
		// point among the region's own towns is the region's
		if (amongItsTowns && amongItsTowns(own) && !amongItsTowns(naturalEarth)) return { point: own, by: 'package' };
	}
	if (naturalEarth && inCountry(naturalEarth) && !placedAway(naturalEarth)) return { point: { lat: naturalEarth.lat, lon: naturalEarth.lon }, by: 'natural-earth' };
	if (places.length > 0) {
		const mean = meanPoint(places);
		const point = inCountry(mean) ? mean : nearestPlace(mean, places);
		return { point: { lat: point.lat, lon: point.lon }, by: 'geonames' };
	}
	const town = towns.get(`${state.countryCode}|${nameKey(bareName)}`);
	return town ? { point: { lat: town.lat, lon: town.lon }, by: 'town' } : null;
}
