import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { MAP_ANSWER_WATCH } from './map-answer-watch.ts';

type Handler = (event?: Record<string, unknown>) => void;

/** A page with the watch installed, a map that fires what a test tells it to, and a clock the test moves. */
function page() {
	const handlers = new Map<string, Handler[]>();
	const loaded = { places: true, areas: true };
	const clock = { now: 0 };
	const map = {
		on: (type: string, handler: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), handler]),
		getSource: (id: string) => (id in loaded ? {} : undefined),
		isSourceLoaded: (id: keyof typeof loaded) => loaded[id]
	};
	const root = { dataset: {} as Record<string, string> };
	const window: Record<string, unknown> = {};
	runInNewContext(MAP_ANSWER_WATCH, { window, document: { documentElement: root }, performance: { now: () => clock.now } });
	const watch = window.gazetteAnswer as { start(): void; follow(m: typeof map): void; drawn: number | null; idle: number | null };
	watch.follow(map);
	const fire = (at: number, type: string, event: Record<string, unknown> = {}) => {
		clock.now = at;
		for (const handler of handlers.get(type) ?? []) handler(event);
	};
	return { watch, loaded, root, fire };
}

describe('map-answer-watch', () => {
	it('times the first frame rendered with the new places loaded, not the frames before them or the poll after', () => {
		const { watch, loaded, fire } = page();
		watch.start();
		// the old data drawn again before anything new came: not the answer
		fire(10, 'render');
		fire(100, 'sourcedata', { sourceId: 'places', sourceDataType: 'content' });
		loaded.places = false;
		fire(105, 'render');
		loaded.places = true;
		fire(180, 'render');
		fire(181, 'idle');
		fire(300, 'render');
		expect(watch.drawn).toBe(180);
		expect(watch.idle).toBe(181);
	});

	it('waits for server features asked for (data-map-pending) and forgets the last answer at start', () => {
		const { watch, root, fire } = page();
		watch.start();
		fire(50, 'sourcedata', { sourceId: 'areas', sourceDataType: 'content' });
		root.dataset.mapPending = '1';
		fire(60, 'render');
		fire(61, 'idle');
		delete root.dataset.mapPending;
		fire(90, 'render');
		expect([watch.drawn, watch.idle]).toEqual([90, null]);
		watch.start();
		fire(200, 'render');
		fire(201, 'sourcedata', { sourceId: 'basemap', sourceDataType: 'content' });
		fire(220, 'render');
		expect([watch.drawn, watch.idle]).toEqual([null, null]);
	});
});
