import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { BENCH_INIT, INSTRUMENT } from './explorer-timings.ts';

type Handler = () => void;

/** A page running `script`, a map with drawn places, and its animation frames run one by one. */
function page(script: string) {
	const frames: Handler[] = [];
	const handlers = new Map<string, Handler[]>();
	const map = {
		on: (type: string, handler: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), handler]),
		off: (type: string, handler: Handler) => handlers.set(type, (handlers.get(type) ?? []).filter((h) => h !== handler)),
		getLayer: (id: string) => (id === 'places' ? {} : undefined),
		getSource: () => undefined,
		queryRenderedFeatures: () => [{}]
	};
	const window: Record<string, unknown> = {};
	const context = class {
		linkProgram() {}
	};
	runInNewContext(script, {
		window,
		document: { documentElement: { dataset: {} }, querySelector: (selector: string) => (selector === 'header .summary' || selector === 'button.place' ? {} : null) },
		performance: { now: () => 5 },
		requestAnimationFrame: (frame: Handler) => frames.push(frame),
		PerformanceObserver: class {
			observe() {}
		},
		WebGLRenderingContext: context,
		WebGL2RenderingContext: context
	});
	window.gazetteMap = map;
	const run = () => {
		for (let i = 0; i < 5 && frames.length; i++) frames.shift()!();
		for (const handler of handlers.get('render') ?? []) handler();
	};
	return { shown: (window.gazetteBench as { shown: Record<string, number> }).shown, run };
}

describe('bench-init', () => {
	it("marks the first view's map frame with the map's answer watch installed; INSTRUMENT alone stops at the map", () => {
		const withWatch = page(BENCH_INIT);
		withWatch.run();
		expect(Object.keys(withWatch.shown).sort()).toEqual(['counts', 'list', 'map']);
		// INSTRUMENT follows the map with `gazetteAnswer`: without it its frame watch throws once the map is there
		const alone = page(INSTRUMENT);
		expect(alone.run).toThrow(/gazetteAnswer|follow/);
		expect('map' in alone.shown).toBe(false);
	});

	it('every bench page that installs INSTRUMENT installs it with the watch (BENCH_INIT)', () => {
		const dir = new URL('.', import.meta.url);
		const alone = readdirSync(dir).filter((file) => file.endsWith('.ts') && /addInitScript\(INSTRUMENT\)/.test(readFileSync(new URL(file, dir), 'utf8')));
		expect(alone).toEqual([]);
	});
});
