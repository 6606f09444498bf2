// A CPU profile of the live explorer's main thread from navigation to its first view, summarised: per
// window of time, the functions with the most self time (with their callers' chain), for finding what a
// long task of the first view does. `node --import tsx tests/bench/first-view-profile.ts OUT [--window MS]`
import { writeFileSync } from 'node:fs';
import { BENCH_INIT, type Bench } from './explorer-timings.ts';
import { serve } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[]; parent?: number }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const args = process.argv.slice(2);
const windowAt = args.indexOf('--window');
const windowMs = windowAt >= 0 ? Number(args.splice(windowAt, 2)[1]) : 500;
const out = args[0];
if (!out) throw new Error('usage: first-view-profile.ts OUT [--window MS] [--save FILE]');
const browser = await launchBenchBrowser();
const server = await serve(out);
try {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript(BENCH_INIT);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await page.goto('about:blank');
	await cdp.send('Profiler.start');
	const t0 = Date.now();
	await page.goto(server.url);
	const shown = await page.evaluate(async () => {
		const bench = (window as unknown as { gazetteBench: Bench }).gazetteBench;
		while (!('map' in bench.shown && 'list' in bench.shown && 'counts' in bench.shown)) await bench.frames();
		return { ...bench.shown, origin: performance.timeOrigin };
	});
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	console.log('first view', JSON.stringify(shown), 'wall', Date.now() - t0);
	if (args[1] === '--save') writeFileSync(args[2]!, JSON.stringify(profile));
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
	const name = (n: Node) => `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
	// profile time is in µs of the monotonic clock; the page's performance.now() origin is timeOrigin
	const originUs = shown.origin * 1000;
	void originUs;
	let t = profile.startTime;
	const windows = new Map<number, Map<string, number>>();
	for (let i = 0; i < profile.samples.length; i++) {
		t += profile.timeDeltas[i]!;
		const node = byId.get(profile.samples[i]!)!;
		if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
		const slot = Math.floor((t - profile.startTime) / 1000 / windowMs);
		// self plus the first app-level caller chain (3 frames)
		const chain: string[] = [];
		for (let n: Node | undefined = node; n && chain.length < 4; n = n.parent ? byId.get(n.parent) : undefined) if (n.callFrame.functionName !== '(root)') chain.push(name(n));
		const key = chain.join(' < ');
		const row = windows.get(slot) ?? new Map<string, number>();
		row.set(key, (row.get(key) ?? 0) + profile.timeDeltas[i]! / 1000);
		windows.set(slot, row);
	}
	for (const [slot, row] of [...windows].sort((a, b) => a[0] - b[0])) {
		const total = [...row.values()].reduce((s, v) => s + v, 0);
		console.log(`\n-- ${slot * windowMs}–${(slot + 1) * windowMs} ms (from profile start): busy ${total.toFixed(0)} ms`);
		for (const [k, v] of [...row].sort((a, b) => b[1] - a[1]).slice(0, 12)) if (v >= 4) console.log(`  ${v.toFixed(0).padStart(5)}  ${k}`);
	}
	await context.close();
} finally {
	await server.close();
	await browser.close();
}
