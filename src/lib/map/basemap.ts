// The shipped basemap: Natural Earth countries from world-atlas (TopoJSON), converted in the browser,
// and lakes and city labels built by `gazette build-basemap` (basemap-data/, loaded by the map worker).
// No tiles, glyph or style servers: text is drawn from the shipped Noto Sans file (style `font-faces`).
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-110m.json?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import lakesUrl from './basemap-data/lakes.json?url';
import citiesUrl from './basemap-data/cities.json?url';
import { BASE_COLORS, type BaseColors } from './theme.ts';

type Position = number[];
type FC = GeoJSON.FeatureCollection;

export const FONT = 'Noto Sans Regular';
export const BASEMAP_SOURCES = ['land', 'borders', 'country-labels'] as const;
export const ATTRIBUTION = ['GeoNames (CC BY 4.0)', 'Natural Earth (public domain)', 'lakes © OpenStreetMap contributors (ODbL)', 'MapLibre'];
/** The basemap's city layers; PlacesLayers hides the cities the corpus already shows. */
export const CITY_LAYERS = ['city-dots', 'city-labels'] as const;

/** Cities from the zoom in their `z`, less the ones given (GeoNames ids the corpus layers already label). */
export function cityFilter(hidden: readonly string[] = []): FilterSpecification {
	const byZoom: FilterSpecification = ['>=', ['zoom'], ['get', 'z']];
	return hidden.length === 0 ? byZoom : ['all', byZoom, ['!', ['in', ['get', 'id'], ['literal', [...hidden]]]]];
}

const empty = (): FC => ({ type: 'FeatureCollection', features: [] });

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

function unwrapGeometry(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
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

function labelPoint(geometry: GeoJSON.Geometry): { area: number; lon: number; lat: number } | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	let best: { area: number; lon: number; lat: number } | null = null;
	for (const polygon of polygons) {
		const candidate = ringAreaCentroid(polygon[0] ?? []);
		if (!best || candidate.area > best.area) best = candidate;
	}
	return best;
}

export interface BasemapData {
	land: FC;
	borders: FC;
	'country-labels': FC;
}

let basemap: Promise<BasemapData> | null = null;

/** Fetched and converted once per page. */
export function loadBasemapData(): Promise<BasemapData> {
	basemap ??= convertBasemap();
	basemap.catch(() => (basemap = null));
	return basemap;
}

async function convertBasemap(): Promise<BasemapData> {
	const response = await fetch(countriesUrl);
	const topology = (await response.json()) as Topology;
	const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
	// world-atlas ships the merged land; its outline is drawn as the coastline (no merge, no mesh).
	const land = unwrapGeometry((feature(topology, topology.objects.land!) as GeoJSON.FeatureCollection).features[0]!.geometry);
	const borders = unwrapGeometry(mesh(topology, countries, (a, b) => a !== b));
	const labels: GeoJSON.Feature[] = [];
	const collection = feature(topology, countries) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
	for (const country of collection.features) {
		if (country.properties.name === 'Antarctica') continue;
		const point = labelPoint(unwrapGeometry(country.geometry));
		if (!point) continue;
		labels.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: { name: country.properties.name, area: point.area } });
	}
	const one = (geometry: GeoJSON.Geometry): FC => ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties: {} }] });
	return { land: one(land), borders: one(borders), 'country-labels': { type: 'FeatureCollection', features: labels } };
}

/** The basemap style; sources start empty when no data is given (fill them with fillBasemap). */
export function basemapStyle(data?: BasemapData, colors: BaseColors = BASE_COLORS): StyleSpecification {
	const absolute = (url: string) => new URL(url, window.location.href).href;
	return {
		version: 8,
		'font-faces': { [FONT]: [{ url: absolute(fontUrl) }] },
		sources: {
			...Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, { type: 'geojson', data: data?.[id] ?? empty(), tolerance: 0.5 }])),
			// URLs: the map worker fetches and parses these itself, off the main thread
			lakes: { type: 'geojson', data: absolute(lakesUrl), tolerance: 0.5 },
			cities: { type: 'geojson', data: absolute(citiesUrl) }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': colors.water } },
			{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land, 'fill-antialias': true } },
			// the smallest lakes wait for a closer zoom (they would be a pixel or two at world scale)
			{ id: 'lakes', type: 'fill', source: 'lakes', filter: ['>=', ['get', 'area'], ['step', ['zoom'], 4000, 3, 1000, 4, 0]], paint: { 'fill-color': colors.water, 'fill-antialias': true } },
			{ id: 'lake-shores', type: 'line', source: 'lakes', filter: ['>=', ['get', 'area'], ['step', ['zoom'], 4000, 3, 1000, 4, 0]], paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1] } },
			{ id: 'coast', type: 'line', source: 'land', paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4] } },
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				paint: { 'line-color': colors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2], 'line-dasharray': [3, 2] }
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'country-labels',
				minzoom: 1.5,
				filter: ['>', ['get', 'area'], ['interpolate', ['linear'], ['zoom'], 1.5, 150, 3, 8, 5, 0]],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.08,
					'text-max-width': 7,
					'symbol-sort-key': ['-', 0, ['get', 'area']]
				},
				paint: { 'text-color': colors.countryLabel, 'text-halo-color': colors.land, 'text-halo-width': 1.2 }
			},
			// Capitals and the largest cities: each from the zoom in its `z` (megacities first), placed in `rank` order.
			{
				id: 'city-dots',
				type: 'circle',
				source: 'cities',
				filter: cityFilter(),
				paint: { 'circle-color': colors.cityDot, 'circle-radius': ['case', ['get', 'capital'], 2.6, 2], 'circle-stroke-color': colors.land, 'circle-stroke-width': 1 }
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'cities',
				filter: cityFilter(),
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [FONT],
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 12.5],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.55,
					'text-max-width': 8,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': colors.cityLabel, 'text-halo-color': colors.land, 'text-halo-width': 1.2 }
			}
		]
	};
}

/** Fetches the basemap and pushes it into the style's (initially empty) sources. */
export async function fillBasemap(map: import('maplibre-gl').Map): Promise<void> {
	const data = await loadBasemapData();
	for (const id of BASEMAP_SOURCES) (map.getSource(id) as import('maplibre-gl').GeoJSONSource | undefined)?.setData(data[id]);
}
