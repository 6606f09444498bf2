// A Chromium performance trace of the live explorer's first view and of one topic toggle, summarised:
// the main thread's tasks over 15 ms (what each spent its time in), the requests (when asked, when
// answered) and the page's marks. For finding what holds the first view or an answer back.
// `node --import tsx tests/bench/explorer-trace.ts OUT [--save DIR]` (GAZETTE_APP_DIR: another build)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instrumentedPage, toggleTopic, type Bench } from './explorer-timings.ts';
import { serve } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'gpu', 'disabled-by-default-devtools.timeline.frame', 'gpu.service', 'viz', 'cc'];

/** Per main-thread task over `minMs`: start (ms from `origin`), duration, and its heaviest kinds of work. */
function summarise(events: TraceEvent[], origin: number, label: string, minMs = 15): void {
	const threads = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	const mainKeys = [...threads].filter(([, name]) => name === 'CrRendererMain').map(([key]) => key);
	// the page's renderer: the main thread with the most work
	const busy = new Map<string, number>();
	for (const e of events) if (e.ph === 'X' && e.name === 'RunTask' && mainKeys.includes(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
	const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
	const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
	const tasks = onMain.filter((e) => e.name === 'RunTask');
	console.log(`\n== ${label}: main-thread tasks ${tasks.length}, busy ${Math.round(tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000)} ms`);
	const kinds = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'ResourceReceivedData', 'EventDispatch', 'DecodeImage', 'ImageDecodeTask', 'WebGLProgram', 'v8.run', 'RunMicrotasks'];
	for (const task of tasks) {
		const ms = (task.dur ?? 0) / 1000;
		if (ms < minMs) continue;
		const end = task.ts + (task.dur ?? 0);
		const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < end && e !== task);
		const byKind = new Map<string, number>();
		for (const e of inside) {
			if (!kinds.includes(e.name)) continue;
			const data = e.args?.data ?? e.args?.beginData ?? {};
			const where = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? ` ${String(data.functionName ?? '') || ''}@${String(data.url ?? '').split('/').pop()}:${String(data.lineNumber ?? '')}` : e.name === 'TimerFire' || e.name === 'EventDispatch' ? ` ${String(data.type ?? '')}` : '';
			const key = e.name + where;
			byKind.set(key, (byKind.get(key) ?? 0) + (e.dur ?? 0) / 1000);
		}
		const top = [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`);
		console.log(`${((task.ts - origin) / 1000).toFixed(0).padStart(6)} ms +${ms.toFixed(0).padStart(4)}  ${top.join(' | ')}`);
	}
	// the other threads' work (the map's workers, the GPU process, the compositor), in 250 ms slices
	const slices = new Map<string, number[]>();
	for (const e of events) {
		if (e.ph !== 'X' || e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
		const key = `${e.pid}:${e.tid}`;
		if (key === main) continue;
		const name = threads.get(key) ?? key;
		if (!/Worker|CrGpuMain|Compositor|VizCompositor/.test(name)) continue;
		const slot = Math.floor((e.ts - origin) / 250000);
		if (slot < 0) continue;
		const label = `${name} ${key}`;
		const row = slices.get(label) ?? [];
		row[slot] = (row[slot] ?? 0) + (e.dur ?? 0) / 1000;
		slices.set(label, row);
	}
	for (const [label, row] of slices) {
		const total = row.reduce((s, v) => s + (v ?? 0), 0);
		if (total < 20) continue;
		console.log(`  ${label.padEnd(40)} busy ${total.toFixed(0)} ms; per 250 ms: ${Array.from(row, (v) => String(Math.round(v ?? 0))).join(' ')}`);
	}
	// what the GPU process's main thread spends its time on (SwiftShader draws the map and rasters the page there)
	const gpuKey = [...threads].find(([, name]) => name === 'CrGpuMain')?.[0];
	if (gpuKey) {
		const gpuEvents = events.filter((e) => `${e.pid}:${e.tid}` === gpuKey && e.ph === 'X' && e.ts >= origin).sort((a, b) => a.ts - b.ts);
		const byName = new Map<string, number>();
		let openUntil = 0;
		let childUntil = 0;
		for (const e of gpuEvents) {
			const end = e.ts + (e.dur ?? 0);
			if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'Scheduler::RunTask' || e.name === 'GPUTask') {
				openUntil = Math.max(openUntil, end);
				continue;
			}
			// the first level under a task only
			if (e.ts < childUntil) continue;
			childUntil = end;
			byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
		}
		console.log(`  GPU main by kind: ${[...byName].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | ')}`);
	}
	const mainRow: number[] = [];
	for (const t of tasks) {
		const slot = Math.floor((t.ts - origin) / 250000);
		if (slot >= 0) mainRow[slot] = (mainRow[slot] ?? 0) + (t.dur ?? 0) / 1000;
	}
	console.log(`  ${'main'.padEnd(40)} per 250 ms: ${Array.from(mainRow, (v) => String(Math.round(v ?? 0))).join(' ')}`);
	const requests = new Map<string, { url: string; sent: number; finished?: number }>();
	for (const e of events) {
		const data = e.args?.data ?? {};
		if (e.name === 'ResourceSendRequest') requests.set(String(data.requestId), { url: String(data.url), sent: e.ts });
		if (e.name === 'ResourceFinish') {
			const r = requests.get(String(data.requestId));
			if (r) r.finished = e.ts;
		}
	}
	for (const r of [...requests.values()].sort((a, b) => a.sent - b.sent).filter((r) => !/\/chunks\/|^data:/.test(r.url)))
		console.log(`  req ${((r.sent - origin) / 1000).toFixed(0).padStart(6)} → ${r.finished ? ((r.finished - origin) / 1000).toFixed(0).padStart(6) : '     ?'}  ${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 110)}`);
	for (const e of events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('gazette') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b')))
		console.log(`  mark ${((e.ts - origin) / 1000).toFixed(0).padStart(6)} ${e.name}`);
}

const [out, ...rest] = process.argv.slice(2);
if (!out) throw new Error('usage: explorer-trace.ts OUT [--save DIR]');
const saveAt = rest.indexOf('--save');
const saveDir = saveAt >= 0 ? rest[saveAt + 1] : null;
const browser = await launchBenchBrowser();
const server = await serve(out);
try {
	const { context, page } = await instrumentedPage(browser);
	// the map's own story: sources loaded and frames rendered, in the page's clock
	await page.addInitScript(`
		window.gazetteMapLog = [];
		// frames in which the page drew anything with WebGL (the map painted)
		window.gazettePainted = 0;
		let drew = false;
		for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
			const draw = context.prototype.drawElements;
			context.prototype.drawElements = function (...args) {
				if (!drew) { drew = true; window.gazettePainted++; requestAnimationFrame(() => (drew = false)); }
				return draw.apply(this, args);
			};
		}
		(function hook() {
			const map = window.gazetteMap;
			if (!map) return requestAnimationFrame(hook);
			const log = (what) => window.gazetteMapLog.push(Math.round(performance.now()) + ' ' + what);
			log('map known');
			map.on('sourcedata', (e) => { if (e.isSourceLoaded && e.sourceDataType !== 'metadata') log('loaded ' + e.sourceId); });
			map.on('render', () => log('render' + (map.getSource('places') ? (map.isSourceLoaded('places') ? ' places-loaded' : ' places-loading') : '') + (map.getLayer('place-labels') ? ' labels' : '')));
			map.on('idle', () => log('idle'));
		})();
	`);
	await page.goto('about:blank');
	const record = async (label: string, action: () => Promise<void>) => {
		await browser.startTracing(page, { categories: CATEGORIES });
		await action();
		const buffer = await browser.stopTracing();
		const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
		if (saveDir) writeFileSync(join(saveDir, `${label}.json`), buffer);
		const start = events.find((e) => e.name === 'gazette-trace-start') ?? events.find((e) => e.name === 'navigationStart');
		summarise(events, start?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts)), label);
	};
	await record('first-view', async () => {
		await page.goto(server.url);
		const shown = await page.evaluate(async () => {
			const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
			while (!('map' in bench.shown && 'list' in bench.shown && 'counts' in bench.shown)) await bench.frames();
			return bench.shown;
		});
		console.log('first view (counts, list, map) ms:', JSON.stringify(shown), 'painted frames', await page.evaluate(() => (window as unknown as { gazettePainted: number }).gazettePainted));
		console.log((await page.evaluate(() => (window as unknown as { gazetteMapLog: string[] }).gazetteMapLog)).join('\n'));
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 120_000 });
		await page.evaluate(() => (window as unknown as { gazetteBench: Bench }).gazetteBench.settled());
	});
	await page.waitForTimeout(500);
	for (const label of ['toggle-on', 'toggle-off']) {
		await record(label, async () => {
			await page.evaluate(() => {
				performance.mark('gazette-trace-start');
				(window as unknown as { gazetteMapLog: string[] }).gazetteMapLog.splice(0);
				(window as unknown as { gazettePainted: number }).gazettePainted = 0;
				(window as unknown as { gazetteMapLog: string[] }).gazetteMapLog.push(`${Math.round(performance.now())} click`);
			});
			const took = await toggleTopic(page);
			console.log(label, JSON.stringify(took), 'painted frames', await page.evaluate(() => (window as unknown as { gazettePainted: number }).gazettePainted));
			console.log((await page.evaluate(() => (window as unknown as { gazetteMapLog: string[] }).gazetteMapLog.splice(0))).join('\n'));
		});
		await page.waitForTimeout(300);
	}
	await context.close();
} finally {
	await server.close();
	await browser.close();
}
