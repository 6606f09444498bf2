// Colours shared by the map layers, the legend and the list.
import type { ExpressionSpecification } from 'maplibre-gl';
import { PLACE_KINDS, type PlaceKind } from '../contracts.ts';

export const BASE_COLORS = {
	water: '#d9e6ef',
	land: '#f6f4ef',
	coast: '#a9bfd0',
	border: '#c4bbb0',
	countryLabel: '#8c8479',
	cityLabel: '#4b5563',
	cityDot: '#6b7280',
	accent: '#1d4ed8',
	selected: '#111827'
};

export type BaseColors = typeof BASE_COLORS;

/** The basemap for dark pages (the embed's dark theme). */
export const DARK_BASE_COLORS: BaseColors = {
	water: '#0f1d2b',
	land: '#1f2630',
	coast: '#3b5166',
	border: '#4b5563',
	countryLabel: '#8b95a3',
	cityLabel: '#cbd5e1',
	cityDot: '#94a3b8',
	accent: '#93c5fd',
	selected: '#f9fafb'
};

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
