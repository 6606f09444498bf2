import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { sourceLaidOut } from './places-laid-out.ts';

/** A map that only has its 'sourcedata' listeners and a loaded flag per source. */
function fakeMap() {
	const listeners = new Set<(event: MapSourceDataEvent) => void>();
	const loaded = new Map<string, boolean>();
	const map = {
		on: (_type: string, listener: (event: MapSourceDataEvent) => void) => listeners.add(listener),
		off: (_type: string, listener: (event: MapSourceDataEvent) => void) => listeners.delete(listener),
		isSourceLoaded: (id: string) => loaded.get(id) ?? true
	} as unknown as MapLibreMap;
	const fire = (event: Partial<MapSourceDataEvent>) => {
		for (const listener of [...listeners]) listener({ dataType: 'source', ...event } as MapSourceDataEvent);
	};
	return { map, loaded, fire, listeners };
}

describe('sourceLaidOut', () => {
	it('waits for the new content and then for every tile of the view loaded with it', async () => {
		const { map, loaded, fire, listeners } = fakeMap();
		let done = false;
		const laidOut = sourceLaidOut(map, 'places', 10_000).then(() => (done = true));
		// a tile of the old data, and the metadata event (the old tiles still loaded) are not the new picture
		fire({ sourceId: 'places', tile: {} as MapSourceDataEvent['tile'] });
		fire({ sourceId: 'places', sourceDataType: 'metadata' });
		// the map reloads the view's tiles on the content event
		loaded.set('places', false);
		fire({ sourceId: 'places', sourceDataType: 'content' });
		await new Promise((next) => setTimeout(next, 5));
		// one tile in, another still loading; another source's tile
		fire({ sourceId: 'places', tile: {} as MapSourceDataEvent['tile'] });
		fire({ sourceId: 'areas', tile: {} as MapSourceDataEvent['tile'] });
		await Promise.resolve();
		expect(done).toBe(false);
		loaded.set('places', true);
		fire({ sourceId: 'places', tile: {} as MapSourceDataEvent['tile'] });
		await laidOut;
		expect(done).toBe(true);
		expect(listeners.size).toBe(0);
	});

	it('is done with the new content when the source has no tile to load again (a map without size)', async () => {
		const { map, fire, listeners } = fakeMap();
		const laidOut = sourceLaidOut(map, 'places', 10_000);
		fire({ sourceId: 'places', sourceDataType: 'content' });
		await laidOut;
		expect(listeners.size).toBe(0);
	});

	it('gives up waiting after maxMs', async () => {
		vi.useFakeTimers();
		try {
			const { map, listeners } = fakeMap();
			let done = false;
			const laidOut = sourceLaidOut(map, 'places', 500).then(() => (done = true));
			await vi.advanceTimersByTimeAsync(499);
			expect(done).toBe(false);
			await vi.advanceTimersByTimeAsync(1);
			await laidOut;
			expect(done).toBe(true);
			expect(listeners.size).toBe(0);
		} finally {
			vi.useRealTimers();
		}
	});
});
