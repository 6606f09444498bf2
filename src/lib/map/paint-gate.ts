// Frames MapLibre would paint for nothing. It paints whenever a source or tile arrives, or data is set:
// before the first view it painted four frames (an empty one, one with the layers and no data, two with
// the country names alone), and each new answer (a topic toggled, a search) painted the old picture
// once more while the new data was being laid out. Each is a whole canvas drawn in software
// (SwiftShader, in a headless or GPU-less browser: ~0.1 s of the page and more of the GPU process) that
// the frame with the news then waits behind. Here frames are still worked out (sources, tiles,
// placement) but not painted:
// - until `whole` says the first picture is complete (or `maxMs` passed: a source that never loads holds
//   nothing back); the canvas stays clear meanwhile (the sea under it: water-under-canvas.ts), and
//   <html data-map-held> says so (benchmarks time the painted frame);
// - while one of `pending`'s sources reloads and the camera and canvas have not changed since the last
//   painted frame (the picture would be the last one again; a moving map is always painted).
// MapLibre's painter is internal: without it (another version) nothing changes.
import type { Map as MapLibreMap } from 'maplibre-gl';

type Render = (...args: unknown[]) => unknown;

export interface PaintGate {
	whole: (map: MapLibreMap) => boolean;
	/** sources whose reload with an unchanged camera is waited for */
	pending: readonly string[];
	maxMs?: number;
	/** the first picture is painted (or nothing is held): work the page put off until then can start */
	onrelease?: () => void;
}

export function gatePainting(map: MapLibreMap, { whole, pending, maxMs = 5000, onrelease }: PaintGate): void {
	const painter = (map as unknown as { painter?: { render?: Render } }).painter;
	const render = painter?.render;
	if (!painter || typeof render !== 'function') return void onrelease?.();
	const root = document.documentElement;
	let held = true;
	root.dataset.mapHeld = '1';
	const release = () => {
		held = false;
		clearTimeout(timer);
		delete root.dataset.mapHeld;
		// after this frame's painting: what it starts belongs to the next frame
		if (onrelease) setTimeout(onrelease);
	};
	const timer = setTimeout(() => {
		if (!held) return;
		release();
		map.triggerRepaint();
	}, maxMs);
	map.once('remove', () => clearTimeout(timer));
	let painted = '';
	const view = () => {
		const center = map.getCenter();
		const canvas = map.getCanvas();
		return `${center.lng},${center.lat},${map.getZoom()},${map.getBearing()},${map.getPitch()},${canvas.width}x${canvas.height}`;
	};
	const reloading = () => pending.some((id) => map.getSource(id) !== undefined && !map.isSourceLoaded(id));
	// a redraw asked for by the page (an image of the map: figure.ts) is always painted
	let asked = false;
	const redraw = map.redraw.bind(map);
	map.redraw = () => {
		asked = true;
		try {
			return redraw();
		} finally {
			asked = false;
		}
	};
	painter.render = function (this: unknown, ...args: unknown[]) {
		if (asked) return render.apply(this, args);
		if (held) {
			if (!whole(map)) return undefined;
			release();
		}
		const now = view();
		if (now === painted && reloading()) return undefined;
		painted = now;
		return render.apply(this, args);
	};
}

/** Every source of the map's style but `except` has its data and the tiles of the view (MapLibre internals; true without them). */
export function sourcesLoaded(map: MapLibreMap, except?: string): boolean {
	const style = (map as unknown as { style?: { tileManagers?: Record<string, unknown>; sourceCaches?: Record<string, unknown> } }).style;
	const managers = style?.tileManagers ?? style?.sourceCaches;
	if (!managers) return true;
	return Object.keys(managers).every((id) => id === except || map.isSourceLoaded(id));
}
