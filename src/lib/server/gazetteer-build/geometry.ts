import { pointOnFeature, centroid, booleanPointInPolygon, feature as turfFeature } from '@turf/turf';
import type { Geometry, Polygon, MultiPolygon } from 'geojson';

/**
 * The point that stands for a shape: the centroid when it lies inside a polygon (it reads as "the
 * middle"), otherwise a point guaranteed on the feature (the middle vertex region of a line, a point inside a
 * crescent-shaped polygon).
 */
export function representativePoint(geometry: Geometry): { lat: number; lon: number } {
	const shape = turfFeature(geometry);
	if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
		const middle = centroid(shape);
		if (booleanPointInPolygon(middle, shape as ReturnType<typeof turfFeature<Polygon | MultiPolygon>>)) {
			const [lon, lat] = middle.geometry.coordinates as [number, number];
			return { lat, lon };
		}
	}
	const [lon, lat] = pointOnFeature(shape).geometry.coordinates as [number, number];
	return { lat, lon };
}


const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
