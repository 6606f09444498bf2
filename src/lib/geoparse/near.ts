// Great-circle nearness decided exactly as geokdbush's `around` decides it (the haversine of the
// angle against that of the radius, the same arithmetic), for sets small enough to scan: `around`
// puts every point of a small index in a priority queue, one object each.

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

function haverSin(theta: number): number {
	const s = Math.sin(theta / 2);
	return s * s;
}

/** The indices of the points within `km` of (lon, lat), in index order; `around` gives the same set, nearest first. */
export function scanWithin(lons: ArrayLike<number>, lats: ArrayLike<number>, lon: number, lat: number, km: number): number[] {
	const limit = haverSin(km / EARTH_RADIUS_KM);
	const cosLat = Math.cos(lat * RADIANS);
	const found: number[] = [];
	for (let i = 0; i < lons.length; i++) {
		const lat2 = lats[i]!;
		const distance = cosLat * Math.cos(lat2 * RADIANS) * haverSin((lon - lons[i]!) * RADIANS) + haverSin((lat - lat2) * RADIANS);
		if (!(distance > limit)) found.push(i);
	}
	return found;
}
