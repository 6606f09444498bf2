// Cold first views of the live explorer, builds of the app taking turns, counted in what a loaded machine
// stretches least: composited frames (Display::DrawAndSwap) before the map's first picture, SwiftShader's
// SwapBuffers time before it, and each Chromium process kind's CPU seconds (/proc) from navigation to the
// settled map (only the Chromium this process started). Without a GPU every frame is a whole page drawn on
// the CPU, so frames and the GPU process's CPU say what a change saves when wall times do not (load 15-30:
// first views of 4-15 s). Each line is one first view: at load 17-23 an A/A pair (the same code both sides)
// differed 28 vs 16 frames and 3.5 vs 1.8 GPU CPU s, so compare medians of --runs 3 or more, at a quiet minute.
// `node --import tsx tests/bench/first-view-frames.ts OUT [--runs N] [--app DIR]... [--log]` (no --app: this build;
// two --app: an A/B, e.g. --app /work/peer-s46/build/app --app build/app). `--log`: each frame before the
// picture on a line of its own, with what the page changed since the frame before (PAGE_LOG).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { instrumentedPage, type Bench } from './explorer-timings.ts';
import { launchBenchBrowser } from './bench-browser.ts';
import { ensureApp, startServer, type RunningServer } from '../../src/lib/server/serve.ts';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number }

/** CPU seconds so far of the Chromium this process started (its descendants, not other users'), by --type. */
function chromiumCpu(): Record<string, number> {
	// pid -> [parent pid, utime + stime in clock ticks (100 a second)], from the fields after the command's ')'
	const stats = new Map<number, [number, number]>();
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
			stats.set(Number(pid), [Number(fields[1]), Number(fields[11]) + Number(fields[12])]);
		} catch {
			// a process that ended meanwhile
		}
	}
	const ours = (pid: number): boolean => {
		for (let at = stats.get(pid)?.[0]; at !== undefined && at > 1; at = stats.get(at)?.[0]) if (at === process.pid) return true;
		return false;
	};
	const byType: Record<string, number> = {};
	for (const [pid, [, ticks]] of stats) {
		if (!ours(pid)) continue;
		try {
			const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!command.includes('chrom')) continue;
			const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
			byType[type] = (byType[type] ?? 0) + ticks / 100;
		} catch {
			// a process that ended meanwhile
		}
	}
	return byType;
}

// What the page changes between frames, in its clock: elements added (tag.class), attributes of the root,
// the fonts, the document's state and the stylesheets loaded; read with the frames' times from the trace.
const PAGE_LOG = `
window.gazettePageLog = [];
(() => {
	const log = (what) => window.gazettePageLog.push([performance.now(), what]);
	const name = (node) => node.nodeType === 1 ? node.tagName.toLowerCase() + (node.classList.length ? '.' + [...node.classList].join('.') : '') : node.nodeType === 3 ? '#text' : '';
	new MutationObserver((records) => {
		const added = new Map();
		for (const record of records) {
			if (record.type === 'attributes') log('attr ' + name(record.target) + ' ' + record.attributeName);
			for (const node of record.addedNodes) {
				// a text node says where it went and what it says (a count, a label)
				const label = node.nodeType === 3 ? '#text in ' + name(record.target) + ' "' + (node.textContent ?? '').trim().slice(0, 24) + '"' : name(node);
				if (label) added.set(label, (added.get(label) ?? 0) + 1);
			}
		}
		if (added.size) log('added ' + [...added].slice(0, 6).map(([n, c]) => c > 1 ? n + '×' + c : n).join(' ') + (added.size > 6 ? ' …' : ''));
	}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'data-theme', 'data-map', 'style', 'hidden'] });
	document.addEventListener('readystatechange', () => log('readyState ' + document.readyState));
	document.fonts.addEventListener('loadingdone', (e) => log('fonts loaded ' + e.fontfaces.map((f) => f.weight).join(',')));
	addEventListener('load', () => log('load event'));
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) log('paint entry ' + e.name);
	}).observe({ type: 'paint', buffered: true });
})();
`;

const args = process.argv.slice(2);
const logFrames = args.includes('--log');
if (logFrames) args.splice(args.indexOf('--log'), 1);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const apps: (string | undefined)[] = [];
for (let at = args.indexOf('--app'); at >= 0; at = args.indexOf('--app')) apps.push(resolve(args.splice(at, 2)[1]!));
if (!apps.length) apps.push(undefined);
const out = args[0];
if (!out) throw new Error('usage: first-view-frames.ts OUT [--runs N] [--app DIR]...');
if (apps.includes(undefined)) await ensureApp();

const browser = await launchBenchBrowser();
const servers: RunningServer[] = [];
try {
	for (const appDir of apps) servers.push(await startServer({ outDir: out, port: 0, ...(appDir ? { appDir } : {}) }));
	// as explorer-timings.ts: the server's start-up work is not the page's
	for (const server of servers) await server.warmed;
	for (let run = 1; run <= runs; run++)
		for (const [i, server] of servers.entries()) {
			const { context, page } = await instrumentedPage(browser);
			if (logFrames) await page.addInitScript(PAGE_LOG);
			await page.goto('about:blank');
			await browser.startTracing(page, { categories: ['devtools.timeline', 'viz', 'gpu', 'loading', 'blink.user_timing'] });
			const before = chromiumCpu();
			await page.goto(server.url);
			const shown = await page.evaluate(async () => {
				const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
				while (!('map' in bench.shown && 'list' in bench.shown && 'counts' in bench.shown)) await bench.frames();
				await bench.settled();
				return { counts: bench.shown.counts!, list: bench.shown.list!, map: bench.shown.map!, settled: performance.now() };
			});
			const after = chromiumCpu();
			const pageLog = logFrames ? await page.evaluate(() => (window as unknown as { gazettePageLog: [number, string][] }).gazettePageLog) : [];
			const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
			await context.close();
			// the page's clock starts at its navigation (blink.user_timing)
			const start = events.find((e) => e.name === 'navigationStart')?.ts;
			if (start === undefined) throw new Error('the trace has no navigationStart');
			const picture = start + shown.map * 1000;
			const timed = (name: string) => events.filter((e) => e.name === name && e.ph === 'X' && e.ts >= start);
			const swaps = timed('Display::DrawAndSwap');
			const swapBuffers = timed('SkiaOutputSurfaceImplOnGpu::SwapBuffers');
			const cpu = Object.keys(after)
				.filter((type) => after[type]! - (before[type] ?? 0) >= 0.01)
				.map((type) => `${type} ${(after[type]! - (before[type] ?? 0)).toFixed(2)}`);
			console.log(
				[
					`${apps[i] ?? 'this build'} #${run}`,
					`first view ${Math.round(Math.max(shown.counts, shown.list, shown.map))} ms (counts ${Math.round(shown.counts)}, map ${Math.round(shown.map)}), settled ${Math.round(shown.settled)}`,
					`frames before the picture ${swaps.filter((e) => e.ts <= picture).length} of ${swaps.length}`,
					`SwapBuffers before it ${Math.round(swapBuffers.filter((e) => e.ts <= picture).reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0))} ms`,
					`CPU s to settled: ${cpu.join(', ')}`
				].join(' | ')
			);
			if (logFrames) {
				let from = 0;
				for (const swap of swaps.filter((e) => e.ts <= picture)) {
					const at = (swap.ts - start) / 1000;
					const changes = pageLog.filter(([t]) => t > from && t <= at).map(([t, what]) => `${Math.round(t)} ${what}`);
					// the software rasteriser's work for this frame: the GPU thread's swap after it
					const buffers = swapBuffers.find((e) => e.ts >= swap.ts);
					console.log(`  frame at ${Math.round(at)} ms (SwapBuffers ${Math.round((buffers?.dur ?? 0) / 1000)} ms): ${changes.join('; ') || '(no page change logged)'}`);
					from = at;
				}
			}
		}
} finally {
	for (const server of servers) await server.close();
	await browser.close();
}
