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
