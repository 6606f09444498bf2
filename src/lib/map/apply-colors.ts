// Switches a drawn map between the colour schemes of the one table (theme.ts): basemap and places.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapColors } from './theme.ts';
import { PER_FEATURE_PROPERTIES, perFeature } from './shared-programs.ts';

type Paint = [layer: string, property: Parameters<MapLibreMap['setPaintProperty']>[1], color: keyof MapColors];

const PAINT: Paint[] = [
	['water', 'background-color', 'water'],
	['land', 'fill-color', 'land'],
	['detail-land', 'fill-color', 'land'],
	['detail-coast', 'line-color', 'coast'],
	['detail-borders', 'line-color', 'border'],
	['detail-admin1', 'line-color', 'border'],
	['town-dots', 'circle-color', 'cityDot'],
	['town-dots', 'circle-stroke-color', 'land'],
	['town-labels', 'text-color', 'cityLabel'],
	['town-labels', 'text-halo-color', 'land'],
	['lakes', 'fill-color', 'water'],
	['lake-shores', 'line-color', 'coast'],
	['city-dots', 'circle-color', 'cityDot'],
	['city-dots', 'circle-stroke-color', 'land'],
	['city-labels', 'text-color', 'cityLabel'],
	['city-labels', 'text-halo-color', 'land'],
	['coast', 'line-color', 'coast'],
	['borders', 'line-color', 'border'],
	['country-labels', 'text-color', 'countryLabel'],
	['country-labels', 'text-halo-color', 'land'],
	['place-labels', 'text-color', 'placeLabel'],
	['place-labels', 'text-halo-color', 'placeLabelHalo'],
	['places', 'circle-stroke-color', 'placeStroke'],
	['clusters', 'circle-color', 'cluster'],
	['clusters', 'circle-stroke-color', 'placeStroke'],
	['cluster-count', 'text-color', 'clusterText'],
	['places-hover', 'circle-stroke-color', 'selected'],
	['places-selected', 'circle-stroke-color', 'selected'],
	['areas-active', 'line-color', 'selected']
];

export function applyMapColors(map: MapLibreMap, colors: MapColors): void {
	for (const [layer, property, color] of PAINT) {
		if (map.getLayer(layer)) map.setPaintProperty(layer, property, PER_FEATURE_PROPERTIES.has(property) ? perFeature(colors[color]) : colors[color]);
	}
}
