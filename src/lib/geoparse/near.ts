// Great-circle nearness decided exactly as geokdbush's `around` decides it (the haversine of the
// angle against that of the radius, the same arithmetic), for sets small enough to scan: `around`
// puts every point of a small index in a priority queue, one object each.

import { doubles } from './packed.ts';

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;
// relative slack of the latitude test before the haversine (rounding errs by about 1e-16)
const REACH_MARGIN = 1e-9;

function haverSin(theta: number): number {
	const s = Math.sin(theta / 2);
	return s * s;
}

/** Points to scan for those near a place, each with the cosine of its latitude worked out once: every query asks for it. */
export class ScannedPoints {
	readonly #lons: ArrayLike<number>;
	readonly #lats: ArrayLike<number>;
	readonly #cosLats: number[];

	constructor(lons: ArrayLike<number>, lats: ArrayLike<number>) {
		this.#lons = lons;
		this.#lats = lats;
		// (an array of doubles, not a Float64Array: one is made for each text, and a typed array of more
		// than 64 bytes takes its memory from outside V8's heap, which costs more than these few points)
		this.#cosLats = doubles();
		for (let i = 0; i < lats.length; i++) this.#cosLats.push(Math.cos(lats[i]! * RADIANS));
	}

	/** The indices of the points within `km` of (lon, lat), in index order; `around` gives the same set, nearest first. */
	within(lon: number, lat: number, km: number): number[] {
		const lons = this.#lons;
		const lats = this.#lats;
		const cosLats = this.#cosLats;
		const limit = haverSin(km / EARTH_RADIUS_KM);
		// the haversine grows with the angle up to half a turn: a point farther in latitude alone than the
		// radius, by more than rounding could undo, fails the test below without a sine worked out
		const reach = km / EARTH_RADIUS_KM < 1 ? (km / EARTH_RADIUS_KM / RADIANS) * (1 + REACH_MARGIN) : Infinity;
		const cosLat = Math.cos(lat * RADIANS);
		const found: number[] = [];
		for (let i = 0; i < lons.length; i++) {
			if (Math.abs(lat - lats[i]!) > reach) continue;
			const latitudeTerm = haverSin((lat - lats[i]!) * RADIANS);
			// the longitude's term is never negative (cosines of latitudes, a square): a point too far by
			// latitude alone is too far, and most are
			if (latitudeTerm > limit) continue;
			const distance = cosLat * cosLats[i]! * haverSin((lon - lons[i]!) * RADIANS) + latitudeTerm;
			if (!(distance > limit)) found.push(i);
		}
		return found;
	}
}
