// Map helpers for the embed: the colours for a dark page.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { BASE_COLORS, DARK_BASE_COLORS } from '../map/theme.ts';

/** Switches the basemap and label colours between the light and dark palettes. */
export function applyMapColors(map: MapLibreMap, dark: boolean): void {
	const colors = dark ? DARK_BASE_COLORS : BASE_COLORS;
	const set = (layer: string, property: Parameters<MapLibreMap['setPaintProperty']>[1], value: string) => {
		if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
	};
	set('water', 'background-color', colors.water);
	set('land', 'fill-color', colors.land);
	set('detail-land', 'fill-color', colors.land);
	set('detail-coast', 'line-color', colors.coast);
	set('detail-borders', 'line-color', colors.border);
	set('town-dots', 'circle-color', colors.cityDot);
	set('town-dots', 'circle-stroke-color', colors.land);
	set('town-labels', 'text-color', colors.cityLabel);
	set('town-labels', 'text-halo-color', colors.land);
	set('lakes', 'fill-color', colors.water);
	set('lake-shores', 'line-color', colors.coast);
	set('city-dots', 'circle-color', colors.cityDot);
	set('city-dots', 'circle-stroke-color', colors.land);
	set('city-labels', 'text-color', colors.cityLabel);
	set('city-labels', 'text-halo-color', colors.land);
	set('coast', 'line-color', colors.coast);
	set('borders', 'line-color', colors.border);
	set('country-labels', 'text-color', colors.countryLabel);
	set('country-labels', 'text-halo-color', colors.land);
	set('place-labels', 'text-color', dark ? '#f3f4f6' : '#1f2937');
	set('place-labels', 'text-halo-color', dark ? 'rgba(17,24,39,0.9)' : 'rgba(255,255,255,0.9)');
	set('places-selected', 'circle-stroke-color', colors.selected);
	set('areas-active', 'line-color', colors.selected);
}
