// The live explorer's figures for bench:scale, in headless Chromium against `gazette serve` on a store:
// first view, a topic toggle and a place search to updated counts, list and map, a document search, the
// main-thread long tasks (PerformanceObserver 'longtask') while zooming and panning, the JS heap, and the
// server's first answers to a date range, one document and a word search.
// Run alone on outputs that already have a store: `node --import tsx tests/bench/explorer-timings.ts OUT...`
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serve, waitForMap } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';
import { MAP_ANSWER_WATCH } from './map-answer-watch.ts';

export interface ExplorerTimings {
	/** navigation → the counts, the list and the places drawn on the map (its first frame with them) */
	firstViewMs: number;
	/** navigation → the map settled (every source and tile loaded, labels placed, idle) */
	mapSettledMs: number;
	/**
	 * click → counts and list updated; → the frame that drew the places' dots and shapes with the answer;
	 * → the map idle after it (labels placed too), both from the map's own events (map-answer-watch.ts)
	 */
	toggleCountsMs: number;
	togglePlacesMs: number;
	toggleMapMs: number;
	/** click → map settled as sessions before 48 read it: polled, 4–6 frames after the frame that drew it */
	toggleMapPolledMs: number;
	/** typing paused → counts and list; → map idle with the answer (the filter's own 200 ms pause left out); → the same, polled */
	placeSearchMs: number;
	placeSearchMapMs: number;
	placeSearchMapPolledMs: number;
	/** typing paused → matching documents listed (the picker's own 150 ms pause left out) */
	documentSearchMs: number;
	/** zoom-in clicks and drags: the slowest one to a settled map, and the main thread's long tasks */
	slowestMoveMs: number;
	longestTaskMs: number;
	tasksOver100ms: number;
	heapMB: number;
	/** WebGL programs linked over the whole run (first view, toggles, searches, zoom and pan) */
	programs: number;
	/** the server's answers the first time (fresh server): a view under a date range of ~2.5 years, under one document, and a word search */
	dateViewMs: number;
	documentViewMs: number;
	wordSearchMs: number;
}

/** The server's first answer to one question, in ms. */
async function answerTime(url: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return performance.now() - started;
}

/** Date range, document and word questions the page has not asked yet, timed at the server. */
async function filterTimings(base: string, word: string): Promise<Pick<ExplorerTimings, 'dateViewMs' | 'documentViewMs' | 'wordSearchMs'>> {
	const info = (await (await fetch(`${base}api/info`)).json()) as { dateSpan: { min: string | null } };
	const year = Number((info.dateSpan.min ?? '2015').slice(0, 4)) + 1;
	const first = (await (await fetch(`${base}api/documents?limit=1`)).json()) as { documents: { id: string }[] };
	const doc = first.documents[0]?.id ?? '';
	return {
		dateViewMs: await answerTime(`${base}api/view?from=${year}-03-15&to=${year + 2}-09`),
		documentViewMs: await answerTime(`${base}api/view?doc=${encodeURIComponent(doc)}`),
		wordSearchMs: await answerTime(`${base}api/documents?text=${encodeURIComponent(word)}&limit=8`)
	};
}

// Installed before the app loads (as text: the bench runs under tsx, whose helpers the page lacks):
// long tasks are recorded, the first view's parts are timed from navigation (`shown`: the counts, the
// list, and the first map frame that drew places or clusters), and `settled` waits for the map to have
// drawn its latest data (the app marks `data-map-pending` while it waits for map features).
export const INSTRUMENT = `
window.gazetteBench = {
	longTasks: [],
	shown: {},
	programs: 0,
	frames() { return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))); },
	async settled() {
		const map = window.gazetteMap;
		for (;;) {
			await this.frames();
			if (document.documentElement.dataset.mapPending !== '1' && map.loaded() && !map.isMoving() && map.areTilesLoaded()) return;
			await new Promise((done) => {
				const timer = setTimeout(done, 50);
				map.once('idle', () => { clearTimeout(timer); done(); });
			});
		}
	},
	// the map's own answer in (nothing pending), the places' and shapes' sources laid out, then a frame drawn
	async placesDrawn() {
		const map = window.gazetteMap;
		for (;;) {
			await this.frames();
			if (document.documentElement.dataset.mapPending !== '1' && ['places', 'areas'].every((id) => !map.getSource(id) || map.isSourceLoaded(id))) return this.frames();
		}
	},
	// the map's own record of the answer (map-answer-watch.ts), else (no new data in 60 frames) the poll's time
	async answerDrawn() {
		for (let i = 0; window.gazetteAnswer.drawn === null; i++) {
			if (i === 60) {
				await this.placesDrawn();
				return performance.now();
			}
			await new Promise((done) => requestAnimationFrame(done));
		}
		return window.gazetteAnswer.drawn;
	},
	async answerSettled() {
		await this.settled();
		return window.gazetteAnswer.idle ?? performance.now();
	},
	async changed(selector, before) {
		while ((document.querySelector(selector)?.textContent ?? '').trim() === before) await new Promise((done) => requestAnimationFrame(done));
	}
};
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) window.gazetteBench.longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
// shader programs linked (each one blocks the page for a while in software rendering)
for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
	const link = context.prototype.linkProgram;
	context.prototype.linkProgram = function (program) {
		window.gazetteBench.programs++;
		return link.call(this, program);
	};
}
(() => {
	const shown = window.gazetteBench.shown;
	const mark = (key) => { if (!(key in shown)) shown[key] = performance.now(); };
	const watch = () => {
		if (document.querySelector('header .summary')) mark('counts');
		if (document.querySelector('button.place')) mark('list');
		const map = window.gazetteMap;
		if (map && !map.gazetteBenchWatched) {
			map.gazetteBenchWatched = true;
			window.gazetteAnswer.follow(map);
			const drawn = () => {
				// a map that holds its first frame (map/paint-gate.ts) works frames out without painting them
				if (document.documentElement.dataset.mapHeld === '1') return;
				const layers = ['places', 'clusters'].filter((id) => map.getLayer(id));
				if (layers.length && map.queryRenderedFeatures({ layers }).length) {
					mark('map');
					map.off('render', drawn);
				}
			};
			map.on('render', drawn);
		}
		if (!('counts' in shown && 'list' in shown && 'map' in shown)) requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
})();
`;
/** What a bench page installs before the app loads: INSTRUMENT needs the map's answer watch (`gazetteAnswer`). */
export const BENCH_INIT = MAP_ANSWER_WATCH + INSTRUMENT;
export type Bench = {
	longTasks: number[];
	programs: number;
	frames(): Promise<void>;
	shown: { counts?: number; list?: number; map?: number };
	settled(): Promise<void>;
	placesDrawn(): Promise<void>;
	/** page-clock times of the frame that drew the answer and of the map idle after it */
	answerDrawn(): Promise<number>;
	answerSettled(): Promise<number>;
	changed(selector: string, before: string): Promise<void>;
};
type AnswerWatch = { start(): void };

/** A page at the benches' size with INSTRUMENT installed and page errors printed: how the profiling benches start. */
export async function instrumentedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error('pageerror', error.message));
	await page.addInitScript(BENCH_INIT);
	return { context, page };
}

/**
 * Clicks the first topic chip; ms from the click to new header counts, to the frame that drew the places
 * with the answer and to the map idle after it (the map's events, never before the counts), and to the map
 * settled by polling frames (`mapPolled`, as sessions before 48 read "map").
 */
export function toggleTopic(page: Page): Promise<{ counts: number; places: number; map: number; mapPolled: number }> {
	return page.evaluate(async () => {
		const b = (window as unknown as { gazetteBench: Bench }).gazetteBench;
		const before = (document.querySelector('header .summary')?.textContent ?? '').trim();
		(window as unknown as { gazetteAnswer: AnswerWatch }).gazetteAnswer.start();
		const started = performance.now();
		document.querySelector<HTMLElement>('label.chip input')!.click();
		await b.changed('header .summary', before);
		const counts = performance.now();
		const drawn = Math.max(counts, await b.answerDrawn());
		const idle = Math.max(drawn, await b.answerSettled());
		return { counts: counts - started, places: drawn - started, map: idle - started, mapPolled: performance.now() - started };
	});
}

/**
 * Input typed, as a user would, then the time from the pause to the page's answer. An answer before the
 * page's own pause ended means the page did not wait for it (a search per key): no figure, an error.
 */
async function timeInput(page: Page, input: string, value: string, answered: string, pause: number): Promise<{ answer: number; map: number; mapPolled: number }> {
	const timed = await page.evaluate(
		async ({ input, value, answered, pause }) => {
			const b = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			const field = document.querySelector<HTMLInputElement>(input)!;
			const before = (document.querySelector(answered)?.textContent ?? '').trim();
			(window as unknown as { gazetteAnswer: AnswerWatch }).gazetteAnswer.start();
			const start = performance.now();
			field.value = value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			await b.changed(answered, before);
			const answered_ = performance.now();
			const idle = Math.max(answered_, await b.answerSettled());
			return { answer: answered_ - start - pause, map: idle - start - pause, mapPolled: performance.now() - start - pause };
		},
		{ input, value, answered, pause }
	);
	if (timed.answer < 0) throw new Error(`${input}: answered ${Math.round(-timed.answer)} ms before the page's own ${pause} ms pause ended: the page did not wait for it`);
	return timed;
}

export async function explorerTimings(browser: Browser, outDir: string, word: string): Promise<ExplorerTimings> {
	const server = await serve(outDir);
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(BENCH_INIT);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');

		// a reader's server has started long before the page is opened: its start-up work (the store's
		// first-view answers, the topics read ahead: ~0.7 s of CPU at 200,000 documents) is not the page's
		await server.warmed;
		await page.goto(server.url);
		await waitForMap(page).catch(() => page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 180_000 }));
		await page.locator('header .summary').waitFor();
		// both from navigation, in the page's clock
		const { firstViewMs, mapSettledMs } = await page.evaluate(async () => {
			const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			await bench.settled();
			const { shown } = bench;
			return { firstViewMs: Math.max(shown.counts ?? NaN, shown.list ?? NaN, shown.map ?? NaN), mapSettledMs: performance.now() };
		});

		const toggle = () => toggleTopic(page);
		// three times on and off: the median "on" (the first is the server's first answer for the topic)
		const ons: Awaited<ReturnType<typeof toggleTopic>>[] = [];
		for (let i = 0; i < 3; i++) {
			ons.push(await toggle());
			await toggle();
		}
		const on = { counts: median(ons.map((o) => o.counts)), places: median(ons.map((o) => o.places)), map: median(ons.map((o) => o.map)), mapPolled: median(ons.map((o) => o.mapPolled)) };

		const topPlace = (await page.locator('button.place .name').first().innerText()).trim();
		const placeSearch = await timeInput(page, 'input[type=search]', topPlace, 'header .summary', 200);
		await timeInput(page, 'input[type=search]', '', 'header .summary', 200);
		const documentSearch = await timeInput(page, 'input[aria-labelledby=document-picker-label]', word, '.hits', 150);

		// zoom and pan, as a reader would: three zoom-in clicks around the middle, drags, one zoom out
		await page.evaluate(() => ((window as unknown as { gazetteBench: Bench }).gazetteBench.longTasks.length = 0));
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		const moves: number[] = [];
		const timed = async (move: () => Promise<void>) => {
			const started = performance.now();
			await move();
			await page.evaluate(() => (window as unknown as { gazetteBench: Bench }).gazetteBench.settled());
			moves.push(performance.now() - started);
		};
		const drag = (dx: number, dy: number) => async () => {
			await page.mouse.move(middle.x, middle.y);
			await page.mouse.down();
			for (let step = 1; step <= 8; step++) await page.mouse.move(middle.x + (dx * step) / 8, middle.y + (dy * step) / 8);
			await page.mouse.up();
		};
		for (let i = 0; i < 3; i++) await timed(() => page.locator('.maplibregl-ctrl-zoom-in').click());
		await timed(drag(250, 120));
		await timed(drag(-400, -60));
		await timed(() => page.locator('.maplibregl-ctrl-zoom-out').click());
		const { longTasks, programs } = await page.evaluate(() => {
			const { longTasks, programs } = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			return { longTasks, programs };
		});

		const filters = await filterTimings(server.url, word);
		await cdp.send('HeapProfiler.collectGarbage');
		const metrics = (await cdp.send('Performance.getMetrics')).metrics;
		if (errors.length) throw new Error(`the explorer failed: ${errors[0]}`);
		return {
			firstViewMs,
			mapSettledMs,
			toggleCountsMs: on.counts,
			togglePlacesMs: on.places,
			toggleMapMs: on.map,
			toggleMapPolledMs: on.mapPolled,
			placeSearchMs: placeSearch.answer,
			placeSearchMapMs: placeSearch.map,
			placeSearchMapPolledMs: placeSearch.mapPolled,
			documentSearchMs: documentSearch.answer,
			slowestMoveMs: Math.max(...moves),
			longestTaskMs: Math.max(0, ...longTasks),
			tasksOver100ms: longTasks.filter((t) => t > 100).length,
			heapMB: (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1048576,
			programs,
			...filters
		};
	} finally {
		await context.close();
		await server.close();
	}
}

/** The figures as bench:scale's table shows them. */
export function timingColumns(t: ExplorerTimings): Record<string, number> {
	return {
		'first view ms': Math.round(t.firstViewMs),
		'map settled ms': Math.round(t.mapSettledMs),
		'topic toggle counts ms': Math.round(t.toggleCountsMs),
		'topic toggle places ms': Math.round(t.togglePlacesMs),
		'topic toggle map ms': Math.round(t.toggleMapMs),
		'topic toggle map polled ms': Math.round(t.toggleMapPolledMs),
		'place search ms': Math.round(t.placeSearchMs),
		'place search map ms': Math.round(t.placeSearchMapMs),
		'place search map polled ms': Math.round(t.placeSearchMapPolledMs),
		'document search ms': Math.round(t.documentSearchMs),
		'slowest zoom/pan ms': Math.round(t.slowestMoveMs),
		'longest task ms': Math.round(t.longestTaskMs),
		'tasks > 100 ms': t.tasksOver100ms,
		'JS heap MB': Math.round(t.heapMB * 10) / 10,
		'shader programs': t.programs,
		'date range view ms': Math.round(t.dateViewMs),
		'one document view ms': Math.round(t.documentViewMs),
		'word search ms': Math.round(t.wordSearchMs)
	};
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// `--runs N` measures each output N times, alternating between them (a shared machine's load drifts),
// and adds a row of medians per output.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const runsAt = args.indexOf('--runs');
	const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
	const browser = await launchBenchBrowser();
	try {
		const rows: Record<string, Record<string, number>> = {};
		const byOut = new Map<string, Record<string, number>[]>(args.map((out) => [out, []]));
		for (let run = 1; run <= runs; run++)
			for (const out of args) {
				const row = timingColumns(await explorerTimings(browser, out, 'government'));
				byOut.get(out)!.push(row);
				rows[runs > 1 ? `${out} #${run}` : out] = row;
				console.log(out, run, JSON.stringify(row));
			}
		if (runs > 1)
			for (const [out, list] of byOut) rows[`${out} median`] = Object.fromEntries(Object.keys(list[0]!).map((key) => [key, median(list.map((row) => row[key]!))]));
		console.table(rows);
	} finally {
		await browser.close();
	}
}
