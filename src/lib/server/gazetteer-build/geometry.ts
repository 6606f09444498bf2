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

