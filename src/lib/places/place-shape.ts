// A user-drawn place's geometry: valid GeoJSON (geojson-validation), a shape a place can have, and
// coordinates on the globe.
import { isGeometryObject } from 'geojson-validation';
import type { Position } from 'geojson';

const SHAPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
const MAX_POSITIONS = 100_000;

function* positions(coordinates: unknown): Generator<unknown[]> {
	if (!Array.isArray(coordinates)) return;
	if (typeof coordinates[0] === 'number') yield coordinates;
	else for (const inner of coordinates) yield* positions(inner);
}

/** What is wrong with `geometry`, or null when it can be a place's shape. */
export function checkPlaceShape(geometry: unknown): string | null {
	if (typeof geometry !== 'object' || geometry === null) return 'must be a GeoJSON geometry';
	const type = (geometry as { type?: unknown }).type;
	if (typeof type !== 'string' || !SHAPES.includes(type)) return `must be one of ${SHAPES.join(', ')}`;
	const problems = isGeometryObject(geometry, true);
	if (problems.length > 0) return `is not valid GeoJSON: ${problems[0]}`;
	let count = 0;
	for (const position of positions((geometry as { coordinates: unknown }).coordinates)) {
		if (++count > MAX_POSITIONS) return `has more than ${MAX_POSITIONS.toLocaleString('en')} positions`;
		const [lon, lat] = position as Position;
		if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
			return `has a position out of range: [${String(lon)}, ${String(lat)}] (longitude −180…180, latitude −90…90)`;
		}
	}
	return null;
}

/** A point to show and count the place at: the point itself, or the middle of the shape's extent. */
export function representativePoint(geometry: { type: string; coordinates: unknown }): { lat: number; lon: number } {
	let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
	for (const position of positions(geometry.coordinates)) {
		const [lon, lat] = position as [number, number];
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	return { lat: (south + north) / 2, lon: (west + east) / 2 };
}
