// Where the explorer's first view goes: one page load against `gazette serve` on an output, with a
// Chromium trace of the renderer's threads; prints the requests (from navigation), the first view's
// marks, the shader programs the map linked, and each busy thread's time by kind (the renderer's
// main thread, the map's worker, the GPU process). `node --import tsx
// tests/bench/first-view-trace.ts OUT [trace.json]` (the trace file opens in Chrome's performance panel).
import { writeFileSync } from 'node:fs';
import { serve } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';
import { BENCH_INIT, type Bench } from './explorer-timings.ts';

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const [outDir, traceFile] = process.argv.slice(2);
if (!outDir) throw new Error('usage: first-view-trace.ts OUT [trace.json]');
const server = await serve(outDir);
const browser = await launchBenchBrowser();
try {
	// as in bench:scale, the browser (and its GPU process) is up before the explorer's page opens
	const warm = await browser.newContext();
	await (await warm.newPage()).goto(`${server.url}favicon.svg`);
	await warm.close();
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error('page error:', error.message));
	await page.addInitScript(BENCH_INIT);
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'gpu', 'v8', 'disabled-by-default-v8.cpu_profiler'] });
	await page.goto(server.url);
	const figures = await page.evaluate(async () => {
		const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
		while (!('map' in bench.shown && 'list' in bench.shown && 'counts' in bench.shown)) await bench.frames();
		await bench.settled();
		const resources = performance.getEntriesByType('resource').map((e) => {
			const r = e as PerformanceResourceTiming;
			return { name: r.name.replace(location.origin, '').slice(0, 90), start: Math.round(r.startTime), end: Math.round(r.responseEnd), bytes: r.encodedBodySize };
		});
		const marks = performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: Math.round(m.startTime) }));
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const painter = (window as unknown as { gazetteMap: { painter: { programCache: { programs: Record<string, unknown> } } } }).gazetteMap.painter;
		return { programs: Object.keys(painter.programCache.programs), shown: bench.shown, settled: Math.round(performance.now()), resources, marks, dcl: Math.round(nav.domContentLoadedEventEnd) };
	});
	const buffer = await browser.stopTracing();
	if (traceFile) writeFileSync(traceFile, buffer);
	console.log('shown', JSON.stringify(figures.shown), 'settled', figures.settled, 'DOMContentLoaded', figures.dcl);
	console.log('programs', figures.programs.join(' | '));
	for (const m of figures.marks) console.log('mark', m.at, m.name);
	for (const r of figures.resources.sort((a, b) => a.start - b.start)) console.log(`${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} ${String(r.bytes).padStart(8)} B ${r.name}`);

	const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	const threads = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
	const navStart = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
	// time in the renderer's top-level tasks, and what ran directly inside them, per thread
	for (const wanted of ['CrRendererMain', 'DedicatedWorker thread', 'Compositor', 'VizCompositorThread', 'CrGpuMain']) {
		const keys = [...threads].filter(([, name]) => name === wanted).map(([key]) => key);
		for (const key of keys) {
			const on = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur !== undefined);
			const tasks = on.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
			const busy = tasks.reduce((s, e) => s + e.dur!, 0) / 1000;
			if (busy < 20) continue;
			const byName = new Map<string, number>();
			for (const e of on) {
				if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
				const label = e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile' ? `${e.name} ${(e.args?.data?.url ?? '').split('/').pop()}` : e.name;
				byName.set(label, (byName.get(label) ?? 0) + e.dur! / 1000);
			}
			console.log(`\n${wanted} (${key}): busy ${Math.round(busy)} ms in ${tasks.length} tasks; longest ${tasks.map((t) => Math.round(t.dur! / 1000)).sort((a, b) => b - a).slice(0, 8).join(', ')}`);
			for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${Math.round(ms).toString().padStart(6)} ms ${name}`);
			const long = tasks.filter((t) => t.dur! > 50_000).map((t) => `${Math.round((t.ts - navStart) / 1000)}+${Math.round(t.dur! / 1000)}`);
			console.log('  tasks > 50 ms (start+ms from navigation):', long.join(' '));
		}
	}
	await context.close();
} finally {
	await browser.close();
	await server.close();
}
