import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapContext {
	/** null until the map's style has loaded; children only render after that */
	readonly map: MapLibreMap | null;
}

const KEY = Symbol('gazette-map');

export function setMapContext(context: MapContext): void {
	setContext(KEY, context);
}

export function getMap(): MapLibreMap {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context?.map) throw new Error('map components must be rendered inside <MapLibre> after it loaded');
	return context.map;
}
