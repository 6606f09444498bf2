// The shipped basemap: land, coastlines, borders and country labels from Natural Earth (world-atlas),
// lakes and city labels, all built by `gazette build-basemap` into basemap-data/ as GeoJSON that the
// map worker fetches and parses itself: the page converts nothing and the map starts at once.
// No tiles, glyph or style servers: text is drawn from the shipped Noto Sans file (style `font-faces`).
import type { CircleLayerSpecification, DataDrivenPropertyValueSpecification, ExpressionSpecification, FilterSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import landUrl from './basemap-data/land.json?url';
import bordersUrl from './basemap-data/borders.json?url';
import countryLabelsUrl from './basemap-data/country-labels.json?url';
import lakesUrl from './basemap-data/lakes.json?url';
import citiesUrl from './basemap-data/cities.json?url';
import { BASE_COLORS, type BaseColors } from './theme.ts';
import { perFeature } from './shared-programs.ts';

export const FONT = 'Noto Sans Regular';
export const BASEMAP_SOURCES = ['land', 'borders', 'country-labels', 'lakes', 'cities'] as const;
export const ATTRIBUTION = ['GeoNames (CC BY 4.0)', 'Natural Earth (public domain)', 'lakes © OpenStreetMap contributors (ODbL)', 'MapLibre'];
/** Cities from the zoom in their `z`. */
export function cityFilter(): FilterSpecification {
	return ['>=', ['zoom'], ['get', 'z']];
}

/**
 * A settlement the corpus places already draw (PlacesLayers sets its feature state `covered`) is drawn
 * transparent: a paint change, so nothing is laid out again (a filter would send every tile of the
 * cities and towns back to the map's worker on each new answer).
 */
export const UNCOVERED: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'covered'], false], 0, 1];

/** Where a settlement layer reads: a GeoJSON source, or a layer of the detail tiles. */
type SettlementSource = { source: string; 'source-layer'?: string };

/** The dots of cities (world scale) and towns (detail tiles): one look at every scale. */
export function settlementDots(id: string, from: SettlementSource, filter: FilterSpecification, colors: BaseColors, radius: DataDrivenPropertyValueSpecification<number>, stroke: number): CircleLayerSpecification {
	return { id, type: 'circle', ...from, filter, paint: { 'circle-color': perFeature(colors.cityDot), 'circle-radius': typeof radius === 'number' ? perFeature(radius) : radius, 'circle-stroke-color': colors.land, 'circle-stroke-width': stroke, 'circle-opacity': UNCOVERED, 'circle-stroke-opacity': UNCOVERED } };
}

/** Their labels beside the dot, placed in `rank` order. */
export function settlementLabels(id: string, from: SettlementSource, filter: FilterSpecification, colors: BaseColors, size: [fromZoom: number, fromSize: number, toZoom: number, toSize: number], offset: number, font = FONT): SymbolLayerSpecification {
	const [z1, s1, z2, s2] = size;
	return {
		id,
		type: 'symbol',
		...from,
		filter,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [font],
			'text-size': ['interpolate', ['linear'], ['zoom'], z1, s1, z2, s2],
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': offset,
			'text-max-width': 8,
			'symbol-sort-key': ['get', 'rank']
		},
		paint: { 'text-color': colors.cityLabel, 'text-halo-color': colors.land, 'text-halo-width': 1.2, 'text-opacity': UNCOVERED }
	};
}

/** Each basemap source's data: the absolute URL of its GeoJSON file (the worker resolves no relative ones). */
export type BasemapData = Record<(typeof BASEMAP_SOURCES)[number], string>;

/** The basemap files' URLs; nothing is fetched here (the map worker fetches each source's file). */
export function loadBasemapData(): Promise<BasemapData> {
	const absolute = (url: string) => new URL(url, window.location.href).href;
	return Promise.resolve({ land: absolute(landUrl), borders: absolute(bordersUrl), 'country-labels': absolute(countryLabelsUrl), lakes: absolute(lakesUrl), cities: absolute(citiesUrl) });
}

/**
 * Lakes and city labels are details a first view can do without: the map's worker (one on a 2-core
 * machine) tiles their sources after the land, the borders and the corpus places (PlacesMap fills them
 * when the map first settles).
 */
export const DEFERRED_SOURCES = ['lakes', 'cities'] as const satisfies readonly (typeof BASEMAP_SOURCES)[number][];

/** The basemap's data without the deferred sources, and those apart. */
export function splitDeferred(data: BasemapData): { first: Partial<BasemapData>; later: Partial<BasemapData> } {
	const first: Partial<BasemapData> = { ...data };
	const later: Partial<BasemapData> = {};
	for (const id of DEFERRED_SOURCES) {
		later[id] = data[id];
		delete first[id];
	}
	return { first, later };
}

/** The basemap style; a source whose data is not given starts empty (fill it with setData or fillBasemap). */
export function basemapStyle(data?: Partial<BasemapData>, colors: BaseColors = BASE_COLORS): StyleSpecification {
	const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
	return {
		version: 8,
		'font-faces': { [FONT]: [{ url: new URL(fontUrl, window.location.href).href }] },
		// cities by their GeoNames id, for their feature state
		sources: Object.fromEntries(BASEMAP_SOURCES.map((id) => [id, { type: 'geojson', data: data?.[id] ?? empty, tolerance: 0.5, ...(id === 'cities' ? { promoteId: 'id' } : {}) }])),
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': colors.water } },
			// fills skip antialiasing (its outline pass is one more shader to compile before the first frame):
			// the coast and shore lines drawn over their edges are antialiased
			{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': perFeature(colors.land), 'fill-antialias': false } },
			// the smallest lakes wait for a closer zoom (they would be a pixel or two at world scale)
			{ id: 'lakes', type: 'fill', source: 'lakes', filter: ['>=', ['get', 'area'], ['step', ['zoom'], 4000, 3, 1000, 4, 0]], paint: { 'fill-color': perFeature(colors.water), 'fill-antialias': false } },
			{ id: 'lake-shores', type: 'line', source: 'lakes', filter: ['>=', ['get', 'area'], ['step', ['zoom'], 4000, 3, 1000, 4, 0]], paint: { 'line-color': perFeature(colors.coast), 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 1] } },
			{ id: 'coast', type: 'line', source: 'land', paint: { 'line-color': perFeature(colors.coast), 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4] } },
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				// solid, as every line of the maps: a dashed line is another shader program (lineSDF), compiled
				// before the first frame (0.1–0.4 s of blocked page in software rendering)
				paint: { 'line-color': perFeature(colors.border), 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2] }
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
				paint: { 'text-color': colors.countryLabel, 'text-halo-color': colors.land, 'text-halo-width': 1.2, 'text-opacity': perFeature(1) }
			},
			// Capitals and the largest cities: each from the zoom in its `z` (megacities first), placed in `rank` order.
			settlementDots('city-dots', { source: 'cities' }, cityFilter(), colors, ['case', ['get', 'capital'], 2.6, 2], 1),
			settlementLabels('city-labels', { source: 'cities' }, cityFilter(), colors, [2, 10, 6, 12.5], 0.55)
		]
	};
}

/** Points the style's (initially empty) sources at the basemap files. */
export async function fillBasemap(map: import('maplibre-gl').Map): Promise<void> {
	const data = await loadBasemapData();
	for (const id of BASEMAP_SOURCES) (map.getSource(id) as import('maplibre-gl').GeoJSONSource | undefined)?.setData(data[id]);
}
