// Colours shared by the map layers, the legend and the list.
import type { ExpressionSpecification } from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../contracts.ts';

export type ColorScheme = 'light' | 'dark';

/** Every colour the map draws, in both schemes: the basemap, the corpus places' layers and the inset. */
export interface MapColors {
	water: string;
	land: string;
	coast: string;
	border: string;
	countryLabel: string;
	cityLabel: string;
	cityDot: string;
	accent: string;
	/** rings round the selected and hovered place */
	selected: string;
	placeLabel: string;
	placeLabelHalo: string;
	/** the ring round each place's circle */
	placeStroke: string;
	cluster: string;
	clusterText: string;
	/** the locator inset's outline of the figure's extent */
	insetExtent: string;
}

/** The one table of map colours (explorer, embed, snapshot, figures); the page's colours are in ui/theme.css. */
export const MAP_COLORS: Record<ColorScheme, MapColors> = {
	light: {
		water: '#d9e6ef',
		land: '#f6f4ef',
		coast: '#a9bfd0',
		border: '#c4bbb0',
		countryLabel: '#8c8479',
		cityLabel: '#4b5563',
		cityDot: '#6b7280',
		accent: '#1d4ed8',
		selected: '#111827',
		placeLabel: '#1f2937',
		placeLabelHalo: 'rgba(255,255,255,0.9)',
		placeStroke: '#ffffff',
		cluster: '#334155',
		clusterText: '#ffffff',
		insetExtent: '#b91c1c'
	},
	dark: {
		water: '#0f1d2b',
		land: '#1f2630',
		coast: '#3b5166',
		border: '#4b5563',
		countryLabel: '#8b95a3',
		cityLabel: '#cbd5e1',
		cityDot: '#94a3b8',
		accent: '#93c5fd',
		selected: '#f9fafb',
		placeLabel: '#f3f4f6',
		placeLabelHalo: 'rgba(17,24,39,0.9)',
		placeStroke: '#111827',
		cluster: '#cbd5e1',
		clusterText: '#0f172a',
		insetExtent: '#f9fafb'
	}
};

/** The basemap's colours have the map's shape; kept as a name for the basemap builders. */
export type BaseColors = MapColors;
export const BASE_COLORS = MAP_COLORS.light;
/** The map for dark pages. */
export const DARK_BASE_COLORS = MAP_COLORS.dark;

export const mapColors = (dark: boolean): MapColors => MAP_COLORS[dark ? 'dark' : 'light'];

export const KIND_COLORS: Record<PlaceKind, string> = {
	continent: '#6b7280',
	country: '#7c3aed',
	region: '#db2777',
	district: '#c2410c',
	city: '#2563eb',
	water: '#0891b2',
	landform: '#65a30d',
	corridor: '#ea580c',
	deposit: '#a16207',
	site: '#0f766e'
};

export const KIND_LABELS: Record<PlaceKind, string> = {
	continent: 'Continent',
	country: 'Country',
	region: 'Region',
	district: 'District',
	city: 'City or town',
	water: 'Sea, lake or river',
	landform: 'Landform',
	corridor: 'Corridor or route',
	deposit: 'Mine or deposit',
	site: 'Site'
};

export function kindColorExpression(): ExpressionSpecification {
	const pairs = PLACE_KINDS.flatMap((kind) => [kind, KIND_COLORS[kind]]);
	return ['match', ['get', 'kind'], ...pairs, '#6b7280'] as unknown as ExpressionSpecification;
}
