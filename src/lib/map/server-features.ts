// Keeps a map's features in step with the server for a view too big to send whole: asks for the
// clusters of the visible area (with a margin, so a small pan needs nothing new) when the camera settles
// and when the filters change; a newer question aborts an older one. While an answer is awaited the
// page says so (`data-map-pending`), for tests and benchmarks that wait for the map to be current.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ServerFeatures } from '../state/source.ts';

export type AskFeatures = (bbox: [number, number, number, number], zoom: number, signal: AbortSignal) => Promise<ServerFeatures>;

/** Debounce of camera moves: a drag or a zoom animation asks once, when it ends. */
const SETTLE_MS = 120;

function paddedBounds(map: MapLibreMap): [number, number, number, number] {
	const bounds = map.getBounds();
	const west = bounds.getWest();
	const east = bounds.getEast();
	const south = bounds.getSouth();
	const north = bounds.getNorth();
	const dx = (east - west) / 4;
	const dy = (north - south) / 4;
	if (east - west + 2 * dx >= 360) return [-180, Math.max(-90, south - dy), 180, Math.min(90, north + dy)];
	return [west - dx, Math.max(-90, south - dy), east + dx, Math.min(90, north + dy)];
}

/** Starts following; `show` gets each answer, `fail` an error. Returns the stop function. */
export function followServerFeatures(map: MapLibreMap, ask: AskFeatures, show: (features: ServerFeatures) => void, fail: (error: unknown) => void): () => void {
	const root = document.documentElement;
	let pending: AbortController | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	type Question = { bbox: [number, number, number, number]; zoom: number };
	let asked: Question | null = null;
	let inFlight: Question | null = null;

	/** the answer on the map, or the one on its way, covers the map's view */
	function covered(): boolean {
		const question = inFlight ?? asked;
		if (!question || question.zoom !== Math.floor(map.getZoom())) return false;
		const bounds = map.getBounds();
		const [west, south, east, north] = question.bbox;
		return bounds.getWest() >= west && bounds.getEast() <= east && bounds.getSouth() >= south && bounds.getNorth() <= north;
	}

	function request() {
		clearTimeout(timer);
		if (covered()) {
			if (!pending) delete root.dataset.mapPending;
			return;
		}
		pending?.abort();
		const controller = (pending = new AbortController());
		const question = (inFlight = { bbox: paddedBounds(map), zoom: Math.floor(map.getZoom()) });
		root.dataset.mapPending = '1';
		ask(question.bbox, question.zoom, controller.signal).then(
			(features) => {
				if (controller.signal.aborted) return;
				pending = null;
				inFlight = null;
				asked = question;
				show(features);
				delete root.dataset.mapPending;
			},
			(error: unknown) => {
				if (controller.signal.aborted) return;
				pending = null;
				inFlight = null;
				delete root.dataset.mapPending;
				fail(error);
			}
		);
	}
	const settled = () => {
		clearTimeout(timer);
		if (covered()) return;
		root.dataset.mapPending = '1';
		timer = setTimeout(request, SETTLE_MS);
	};
	map.on('moveend', settled);
	request();
	return () => {
		clearTimeout(timer);
		map.off('moveend', settled);
		pending?.abort();
		delete root.dataset.mapPending;
	};
}
