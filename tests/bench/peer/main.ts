// The explorer bench's peer: a bare MapLibre page with the same basemap, fonts and map options as the
// explorer, and no places or UI. Opens at the camera in `?map=zoom/lat/lng` (the explorer's after it fitted).
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, loadBasemapData } from '../../../src/lib/map/basemap.ts';

const [zoom, lat, lng] = (new URLSearchParams(location.search).get('map') ?? '1.5/30/20').split('/').map(Number);
setWorkerUrl(workerUrl);
const basemap = await loadBasemapData();
const map = new MapLibreMap({ container: 'map', style: basemapStyle(basemap), center: [lng!, lat!], zoom: zoom!, fadeDuration: 0, attributionControl: false });
map.once('idle', () => {
	document.documentElement.dataset.mapIdleAt = String(Math.round(performance.now()));
	document.documentElement.dataset.map = 'idle';
});
