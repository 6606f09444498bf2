// The extent of a GeoJSON geometry, for framing lines and regions whole.
import type { Geometry, Position } from 'geojson';

function eachPosition(geometry: Geometry, visit: (position: Position) => void): void {
	switch (geometry.type) {
		case 'Point':
			return visit(geometry.coordinates);
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates.forEach(visit);
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.forEach((ring) => ring.forEach(visit));
		case 'MultiPolygon':
			return geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
		case 'GeometryCollection':
			return geometry.geometries.forEach((part) => eachPosition(part, visit));
	}
}

/** [west, south, east, north] of a geometry; null for a point (its label point is its extent) or an empty one. */
export function geometryBox(geometry: Geometry): [number, number, number, number] | null {
	if (geometry.type === 'Point') return null;
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	eachPosition(geometry, ([lon, lat]) => {
		if (lon === undefined || lat === undefined) return;
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	});
	return west <= east ? [west, south, east, north] : null;
}
