// world-atlas (Natural Earth 1:110m TopoJSON) to the basemap's GeoJSON layers: land (its outline is
// the coastline), country borders and country label points. Pure; run by `gazette build-basemap`.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Position = number[];
type FC = GeoJSON.FeatureCollection;

/** Makes a ring continuous across the antimeridian (179 → 181 instead of 179 → -179). */
export function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let shift = 0;
	for (let i = 0; i < ring.length; i++) {
		const [lon, lat] = ring[i] as [number, number];
		if (i > 0) {
			const previous = (ring[i - 1] as [number, number])[0];
			if (lon - previous > 180) shift -= 360;
			else if (previous - lon > 180) shift += 360;
		}
		out.push([lon + shift, lat]);
	}
	return out;
}

/** A closed ring that went once around the globe (Antarctica) is closed through the pole instead. */
function unwrapPolygonRing(ring: Position[]): Position[] {
	const out = unwrapRing(ring);
	const first = out[0] as [number, number];
	const last = out[out.length - 1] as [number, number];
	if (Math.abs(last[0] - first[0]) < 1) return out;
	const pole = first[1] < 0 ? -85.06 : 85.06;
	return [...out, [last[0], pole], [first[0], pole], first];
}

export function unwrapGeometry(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
	switch (geometry.type) {
		case 'Polygon':
			return { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapPolygonRing) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(unwrapPolygonRing)) };
		case 'LineString':
			return { type: 'LineString', coordinates: unwrapRing(geometry.coordinates) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapRing) };
		default:
			return geometry;
	}
}

function ringAreaCentroid(ring: Position[]): { area: number; lon: number; lat: number } {
	let area = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [x1, y1] = ring[j] as [number, number];
		const [x2, y2] = ring[i] as [number, number];
		const f = x1 * y2 - x2 * y1;
		area += f;
		cx += (x1 + x2) * f;
		cy += (y1 + y2) * f;
	}
	if (area === 0) return { area: 0, lon: (ring[0] as number[])[0]!, lat: (ring[0] as number[])[1]! };
	return { area: Math.abs(area / 2), lon: cx / (3 * area), lat: cy / (3 * area) };
}

/** The centroid of the largest polygon's outer ring, with that ring's area in square degrees. */
export function labelPoint(geometry: GeoJSON.Geometry): { area: number; lon: number; lat: number } | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	let best: { area: number; lon: number; lat: number } | null = null;
	for (const polygon of polygons) {
		const candidate = ringAreaCentroid(polygon[0] ?? []);
		if (!best || candidate.area > best.area) best = candidate;
	}
	return best;
}

/** Rounds every coordinate of a geometry to `digits` decimals (1:110m data needs no more than 2). */
export function roundGeometry<G extends GeoJSON.Geometry>(geometry: G, digits: number): G {
	const f = 10 ** digits;
	const round = (value: unknown): unknown => (Array.isArray(value) ? value.map(round) : typeof value === 'number' ? Math.round(value * f) / f : value);
	return 'coordinates' in geometry ? ({ ...geometry, coordinates: round(geometry.coordinates) } as G) : geometry;
}

export interface CountryLayers {
	land: FC;
	borders: FC;
	'country-labels': FC;
}

/** The land, the borders between countries and a label point per country (Antarctica unlabelled). */
export function countryLayers(topology: Topology, digits = 2): CountryLayers {
	const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
	// world-atlas ships the merged land; its outline is drawn as the coastline (no merge, no mesh).
	const land = unwrapGeometry((feature(topology, topology.objects.land!) as FC).features[0]!.geometry);
	const borders = unwrapGeometry(mesh(topology, countries, (a, b) => a !== b));
	const labels: GeoJSON.Feature[] = [];
	const collection = feature(topology, countries) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
	for (const country of collection.features) {
		if (country.properties.name === 'Antarctica') continue;
		const point = labelPoint(unwrapGeometry(country.geometry));
		if (!point) continue;
		labels.push({ type: 'Feature', geometry: roundGeometry({ type: 'Point', coordinates: [point.lon, point.lat] }, digits), properties: { name: country.properties.name, area: Math.round(point.area * 10) / 10 } });
	}
	const one = (geometry: GeoJSON.Geometry): FC => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: roundGeometry(geometry, digits), properties: {} }] });
	return { land: one(land), borders: one(borders), 'country-labels': { type: 'FeatureCollection', features: labels } };
}
