// The map's worker, started as the app starts (the root layout) instead of when the map's code has
// loaded: on a 2-core machine the worker took 1.1–1.5 s from its creation to its first answer (fetching
// and compiling 520 KB of script), and every source and tile of the first view waited behind it. Started
// early, that happens while the page's own code (MapLibre's 1 MB among it) loads. MapLibre makes its
// worker with `new Worker(url, options)` when prewarmed: that one call gets the worker started here.
// The worker says nothing until asked, so no message is lost before MapLibre listens to it.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const MAP_WORKER_URL = workerUrl;

let early: Worker | null = null;

const resolved = (url: string | URL) => new URL(url, window.location.href).href;

/** Starts the map's worker now (once; nothing where workers are missing). */
export function startMapWorker(): void {
	if (early || typeof Worker === 'undefined') return;
	try {
		const worker = new Worker(workerUrl, { type: 'module' });
		// a worker that failed to load is not handed over: MapLibre makes (and reports) its own
		worker.addEventListener('error', () => early === worker && (early = null), { once: true });
		early = worker;
	} catch {
		early = null;
	}
}

/** Runs `create` (MapLibre's prewarm) with its first `new Worker(MAP_WORKER_URL)` answered by the early worker. */
export function withEarlyWorker<T>(create: () => T): T {
	const taken = early;
	early = null;
	if (!taken) return create();
	const Native = globalThis.Worker;
	let handed = false;
	const Handover = function (url: string | URL, options?: WorkerOptions) {
		if (!handed && resolved(url) === resolved(workerUrl)) {
			handed = true;
			return taken;
		}
		return new Native(url, options);
	} as unknown as typeof Worker;
	globalThis.Worker = Handover;
	try {
		return create();
	} finally {
		globalThis.Worker = Native;
		if (!handed) taken.terminate();
	}
}
