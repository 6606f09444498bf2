// When a map has laid out a source's new data: its data sent to the map's worker, worked out there and
// every tile of the view loaded again with it. The explorer shows a new answer's counts and list at that
// moment, so they and the map's new picture are painted in one frame. In software rendering (a headless
// or GPU-less browser) every composited frame is a whole page drawn on the CPU, and the counts' own
// frame (drawn while the worker worked) made the map's frame wait behind it.
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/**
 * Resolves once `sourceId` got new content and every tile it has in view was loaded again with it, or
 * after `maxMs` (a source that never reloads holds nothing back).
 */
export function sourceLaidOut(map: MapLibreMap, sourceId: string, maxMs: number): Promise<void> {
	return new Promise((done) => {
		// a tile loaded before the source's new content was announced is the old data's
		let announced = false;
		const finish = () => {
			clearTimeout(timer);
			map.off('sourcedata', follow);
			done();
		};
		const follow = (event: MapSourceDataEvent) => {
			if (event.sourceId !== sourceId) return;
			if (event.sourceDataType === 'content') {
				announced = true;
				// no tile to load again (a map without size, or not drawn): laid out already
				setTimeout(() => map.isSourceLoaded(sourceId) && finish());
			} else if (announced && event.tile && map.isSourceLoaded(sourceId)) finish();
		};
		const timer = setTimeout(finish, maxMs);
		map.on('sourcedata', follow);
	});
}
