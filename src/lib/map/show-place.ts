// Brings a place into view on the explorer's map, where its popup has room.
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Brings a place into the lower part of the map (a wide screen: its popup opens above it) or the upper
 * part (a phone: the popup is a bottom sheet); no move when it is there already.
 */
export function showPlace(map: MapLibreMap, lon: number, lat: number, duration: number, wide: boolean): void {
	const height = map.getContainer().clientHeight;
	const point = map.project([lon, lat]);
	const zoom = Math.max(map.getZoom(), 4);
	const wanted = height * (wide ? 0.78 : 0.3);
	const visible = map.getBounds().contains([lon, lat]);
	const inRoom = wide ? point.y > height * 0.55 && point.y < height - 30 : point.y > 30 && point.y < height * 0.45;
	if (visible && zoom === map.getZoom() && inRoom) return;
	map.easeTo({ center: [lon, lat], zoom, offset: [0, Math.round(wanted - height / 2)], duration });
}
