// CPU profiles (every thread: the page's main thread and the map's worker) of one topic toggle on the
// live explorer, from Chromium's trace (its v8 sampler), summarised per thread by self time with each
// function's caller chain. For finding where a toggle's time goes in the map's worker as well as the page.
// `node --import tsx tests/bench/toggle-profile.ts OUT [--top N]`
import { instrumentedPage, toggleTopic, type Bench } from './explorer-timings.ts';
import { serve } from '../e2e/harness.ts';
import { launchBenchBrowser } from './bench-browser.ts';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; pid: number; tid: number; id?: string; args?: { name?: string; data?: Record<string, unknown> } }
interface CpuNode { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 18;
const out = args[0];
if (!out) throw new Error('usage: toggle-profile.ts OUT [--top N]');

const browser = await launchBenchBrowser();
const server = await serve(out);
try {
	const { context, page } = await instrumentedPage(browser);
	await page.goto(server.url);
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 120_000 });
	await page.evaluate(() => (window as unknown as { gazetteBench: Bench }).gazetteBench.settled());
	await page.waitForTimeout(500);
	for (const label of ['toggle-on', 'toggle-off', 'toggle-on again', 'toggle-off again']) {
		await browser.startTracing(page, { categories: ['disabled-by-default-v8.cpu_profiler', 'devtools.timeline', 'v8'] });
		const timed = await toggleTopic(page);
		const took = { counts: Math.round(timed.counts), places: Math.round(timed.places), map: Math.round(timed.map) };
		const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
		console.log(`\n== ${label}`, JSON.stringify(took));
		const threads = new Map<string, string>();
		for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
		// one profile per thread: nodes and samples arrive in chunks
		const profiles = new Map<string, { thread: string; nodes: Map<number, CpuNode>; samples: number[]; deltas: number[] }>();
		for (const e of events) {
			if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
			const key = `${e.pid}:${e.id}`;
			const profile = profiles.get(key) ?? { thread: threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`, nodes: new Map<number, CpuNode>(), samples: [] as number[], deltas: [] as number[] };
			profiles.set(key, profile);
			const data = (e.args?.data ?? {}) as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
			for (const n of data.cpuProfile?.nodes ?? []) profile.nodes.set(n.id, n);
			profile.samples.push(...(data.cpuProfile?.samples ?? []));
			profile.deltas.push(...(data.timeDeltas ?? []));
		}
		const name = (n: CpuNode) => `${n.callFrame.functionName || '(anon)'}@${(n.callFrame.url ?? "").split('/').pop()}:${n.callFrame.lineNumber}`;
		for (const profile of profiles.values()) {
			const self = new Map<string, number>();
			let busy = 0;
			for (let i = 0; i < profile.samples.length; i++) {
				const node = profile.nodes.get(profile.samples[i]!);
				const ms = (profile.deltas[i + 1] ?? profile.deltas[i] ?? 0) / 1000;
				if (!node || ['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
				busy += ms;
				const chain: string[] = [];
				for (let n: CpuNode | undefined = node; n && chain.length < 4; n = n.parent !== undefined ? profile.nodes.get(n.parent) : undefined) if (n.callFrame.functionName !== '(root)') chain.push(name(n));
				const key = chain.join(' < ');
				self.set(key, (self.get(key) ?? 0) + ms);
			}
			if (busy < 5) continue;
			console.log(`-- ${profile.thread}: busy ${busy.toFixed(0)} ms`);
			for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) if (v >= 1) console.log(`  ${v.toFixed(1).padStart(6)}  ${k.slice(0, 260)}`);
		}
		await page.waitForTimeout(400);
	}
	await context.close();
} finally {
	await server.close();
	await browser.close();
}
