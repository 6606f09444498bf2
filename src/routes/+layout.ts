import { browser } from '$app/environment';
import { startMapWorker } from '$lib/map/early-worker.ts';
import { askFirstView } from '$lib/state/source.ts';

export const prerender = true;
export const ssr = false;

// The explorer (the app's root page) asks for its data and starts the map's worker while its code and the map's load.
if (browser && /\/(index\.html)?$/.test(window.location.pathname)) {
	askFirstView();
	startMapWorker();
}
