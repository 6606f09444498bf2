// Geoparser speed: docs/s and MB/s on the GeoWebNews texts beside compromise's .places() on the same
// texts in the same process, gazetteer load time and RSS (in a fresh process), and time against length.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { forgetRememberedNames } from '../../src/lib/geoparse/name-lookup.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/types.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { EVAL_FILE } from '../helpers/gazetteer.ts';

function timeFor(minimumMs: number, run: () => void): { rounds: number; ms: number } {
	let rounds = 0;
	const started = performance.now();
	do {
		run();
		rounds++;
	} while (performance.now() - started < minimumMs);
	return { rounds, ms: performance.now() - started };
}

const TURNS_MS = 6000;
const PEER_TEXTS_PER_TURN = 10;

/** Adds one turn's documents, wall time and CPU time (this process's: other processes stretch it less). */
function timeTurn(total: Totals, run: () => number): void {
	const started = performance.now();
	const cpuAtStart = process.cpuUsage();
	total.docs += run();
	const cpu = process.cpuUsage(cpuAtStart);
	total.ms += performance.now() - started;
	total.cpuMs += (cpu.user + cpu.system) / 1000;
}

/** Loads the gazetteer in a fresh Node process: what a CLI user waits for, and the memory it takes. */
function measureLoad(): { loadMs: number; rssMb: number } {
	const script = `
		const { loadGazetteer } = await import(${JSON.stringify(join(PACKAGE_ROOT, 'src/lib/server/gazetteer.ts'))});
		const started = performance.now();
		await loadGazetteer();
		const loadMs = performance.now() - started;
		console.log(JSON.stringify({ loadMs, rssMb: process.resourceUsage().maxRSS / 1024 }));`;
	const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: PACKAGE_ROOT });
	if (child.status !== 0) throw new Error(`load benchmark failed: ${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

/** The texts of GeoWebNews. */
function readTexts(): string[] {
	return readFileSync(EVAL_FILE, 'utf8')
		.trim()
		.split('\n')
		.map((line) => (JSON.parse(line) as { text: string }).text);
}

type Totals = { docs: number; ms: number; cpuMs: number };

/**
 * Turns: a pass of ours over every text, then the peer on the next few texts, until the peer has
 * read each text once and TURNS_MS have gone by. A change in the machine's load (other agents' jobs)
 * falls on both, so the ratio holds on a busy machine where the absolute figures do not.
 */
function takeTurns(texts: string[], gazetteer: Gazetteer): { ours: Totals; peer: Totals } {
	for (const text of texts) geoparse(text, gazetteer); // warm up
	const ours = { docs: 0, ms: 0, cpuMs: 0 };
	const peer = { docs: 0, ms: 0, cpuMs: 0 };
	const started = performance.now();
	for (let next = 0; peer.docs < texts.length || performance.now() - started < TURNS_MS; next += PEER_TEXTS_PER_TURN) {
		timeTurn(ours, () => ourPass(texts, gazetteer));
		timeTurn(peer, () => peerStep(texts, next));
	}
	return { ours, peer };
}

/** One pass of ours over every text. */
function ourPass(texts: string[], gazetteer: Gazetteer): number {
	// name lookups are remembered across texts: each pass starts without them, as a new corpus would,
	// so the figure is not a cache replaying the same 200 texts
	forgetRememberedNames(gazetteer);
	texts.forEach((text) => geoparse(text, gazetteer));
	return texts.length;
}

/** The peer on the next few texts from `next`. */
function peerStep(texts: string[], next: number): number {
	for (let k = 0; k < PEER_TEXTS_PER_TURN; k++) nlp(texts[(next + k) % texts.length]!).places().out('array');
	return PEER_TEXTS_PER_TURN;
}

const PINNED_FLAG = '--pinned-turns';

/**
 * The same turns in a child process that `taskset -c 0` keeps on one core: V8's collector and compiler
 * threads then take their time from the geoparser's core instead of the machine's other one, which
 * the in-process figure gets for free. A note instead where taskset is missing.
 */
function measurePinned(): { ours: Totals; peer: Totals } | string {
	const probe = spawnSync('taskset', ['-c', '0', 'true']);
	if (probe.error || probe.status !== 0) return 'taskset not available: not measured';
	const child = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), PINNED_FLAG], { encoding: 'utf8', cwd: PACKAGE_ROOT });
	if (child.status !== 0) throw new Error(`pinned geoparse benchmark failed: ${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

const ALONE_FLAG = '--pinned-alone';
const ALONE_ROUNDS = 3;
const ALONE_MS = 2000;
// passes are timed from here on: with --trace-gc the first 6 passes after a 1 s warm-up ran at
// 1,100-1,800 docs/s and the rest at 3,400-4,500 with no full collection among them (quiet machine):
// V8 was still compiling, and a run whose window held more of them read half the others
const ALONE_WARM_UP_MS = 3000;
// ... and at least this many passes: V8 kept compiling (and re-compiling after deoptimisations) for 20-25
// passes of GeoWebNews, and a 3 s warm-up on a shared machine ended after 9-12 of them, so the median pass
// read the JIT half-way (session 28: ~1,700 docs/s where the passes after the 25th read ~2,000). A
// long-running ingest geoparses thousands of texts: its speed is that of the warmed code.
const ALONE_WARM_UP_PASSES = 25;
// The warm-up's first passes are also timed, as the speed of a cold process on its first this-many
// documents (an ingest of a few thousand texts runs mostly in them): the median pass above is the
// warmed code's best case, this is what a short run gets
const COLD_DOCS = 2000;

/** One side's passes in its own pinned processes: docs and the wall and CPU milliseconds of each pass. */
type Passes = { docs: number[]; ms: number[]; cpuMs: number[]; warmUpMs: number; coldDocs: number; coldMs: number };

/**
 * Each side in a pinned process of its own, taken in turns (ours, the peer, ours, …): as a user runs
 * either, with no other library's garbage in the heap. In the shared turns above, compromise's garbage
 * makes V8 collect the whole heap, the gazetteer included, during our turns too. Each process goes to
 * the core the machine left idlest just before it starts. Every pass is kept, so
 * the figure can be the median pass: on a shared machine a pass another process preempted (taskset
 * pins us to a core, not the others off it) is an outlier, not the geoparser's speed.
 */
function measurePinnedAlone(): { ours: Passes; peer: Passes } | string {
	const probe = spawnSync('taskset', ['-c', '0', 'true']);
	if (probe.error || probe.status !== 0) return 'taskset not available: not measured';
	const ours: Passes = { docs: [], ms: [], cpuMs: [], warmUpMs: 0, coldDocs: 0, coldMs: 0 };
	const peer: Passes = { docs: [], ms: [], cpuMs: [], warmUpMs: 0, coldDocs: 0, coldMs: 0 };
	for (let round = 0; round < ALONE_ROUNDS; round++) {
		// the peer warms up for as long as ours did in this round
		let oursWarmUpMs = 0;
		for (const [side, total] of [['ours', ours], ['peer', peer]] as const) {
			const child = spawnSync('taskset', ['-c', idlestCore(), process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), ALONE_FLAG, side, String(oursWarmUpMs)], { encoding: 'utf8', cwd: PACKAGE_ROOT });
			if (child.status !== 0) throw new Error(`pinned geoparse benchmark (${side} alone) failed: ${child.stderr}`);
			const passes = JSON.parse(child.stdout.trim().split('\n').pop()!) as Passes;
			total.docs.push(...passes.docs);
			total.ms.push(...passes.ms);
			total.cpuMs.push(...passes.cpuMs);
			total.warmUpMs += passes.warmUpMs;
			total.coldDocs += passes.coldDocs;
			total.coldMs += passes.coldMs;
			if (side === 'ours') oursWarmUpMs = passes.warmUpMs;
		}
	}
	return { ours, peer };
}

/** Adds one pass to `passes`, timed by the wall clock and by this process's CPU time. */
function timePass(passes: Passes, run: () => number): number {
	const started = performance.now();
	const cpuAtStart = process.cpuUsage();
	const docs = run();
	const cpu = process.cpuUsage(cpuAtStart);
	const ms = performance.now() - started;
	passes.docs.push(docs);
	passes.ms.push(ms);
	passes.cpuMs.push((cpu.user + cpu.system) / 1000);
	return ms;
}

/**
 * The child of measurePinnedAlone: one side, warmed up, for ALONE_MS, pass by pass. Ours warms up for
 * ALONE_WARM_UP_PASSES passes and at least ALONE_WARM_UP_MS; the peer for as long as ours took in the
 * same round (`warmUpMs`), so that both have had the same time to compile.
 */
async function runAlone(side: string, warmUpMs: number): Promise<Passes> {
	const texts = readTexts();
	const passes: Passes = { docs: [], ms: [], cpuMs: [], warmUpMs: 0, coldDocs: 0, coldMs: 0 };
	let elapsed = 0;
	const started = performance.now();
	if (side === 'ours') {
		const gazetteer = await loadGazetteer();
		const loaded = performance.now();
		// warm up: the first passes also pay the collections of the gazetteer's load
		let warmUpDocs = 0;
		for (let pass = 0; pass < ALONE_WARM_UP_PASSES || performance.now() - loaded < ALONE_WARM_UP_MS; pass++) {
			warmUpDocs += ourPass(texts, gazetteer);
			if (passes.coldDocs === 0 && warmUpDocs >= COLD_DOCS) [passes.coldDocs, passes.coldMs] = [warmUpDocs, performance.now() - loaded];
		}
		passes.warmUpMs = performance.now() - loaded;
		while (elapsed < ALONE_MS) elapsed += timePass(passes, () => ourPass(texts, gazetteer));
	} else {
		while (performance.now() - started < Math.max(warmUpMs, ALONE_WARM_UP_MS)) peerStep(texts, 0);
		passes.warmUpMs = performance.now() - started;
		for (let next = PEER_TEXTS_PER_TURN; elapsed < ALONE_MS; next += PEER_TEXTS_PER_TURN) elapsed += timePass(passes, () => peerStep(texts, next));
	}
	return passes;
}

const CORE_SAMPLE_MS = 300;

/**
 * The core the other processes used least over the last CORE_SAMPLE_MS: with one other busy process on
 * the machine (another agent's test), pinning to a fixed core halved the figure whenever it ran there.
 */
function idlestCore(): string {
	const idleOf = () =>
		readFileSync('/proc/stat', 'utf8')
			.split('\n')
			.filter((line) => /^cpu\d+ /.test(line))
			.map((line) => Number(line.trim().split(/\s+/)[4]));
	try {
		const before = idleOf();
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, CORE_SAMPLE_MS);
		const after = idleOf();
		let best = 0;
		for (let core = 1; core < after.length; core++) if (after[core]! - before[core]! > after[best]! - before[best]!) best = core;
		return String(best);
	} catch {
		return '0';
	}
}

/** The machine's CPU counters (/proc/stat, jiffies): busy, idle and stolen by the hypervisor for other guests. */
function cpuCounters(): { busy: number; idle: number; steal: number } | null {
	try {
		const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
		const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
		return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
	} catch {
		return null;
	}
}

/** What the rest of the machine did while we measured: other processes' share of the CPUs, the host's steal. */
function machineShare(before: ReturnType<typeof cpuCounters>, after: ReturnType<typeof cpuCounters>): string {
	if (!before || !after) return 'no /proc/stat: not measured';
	const busy = after.busy - before.busy;
	const idle = after.idle - before.idle;
	const steal = after.steal - before.steal;
	const total = busy + idle + steal || 1;
	return `busy ${Math.round((100 * busy) / total)} %, idle ${Math.round((100 * idle) / total)} %, stolen by the host ${Math.round((100 * steal) / total)} % (both cores; the bench itself keeps one busy)`;
}

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (sorted.length - 1) * q;
	const low = Math.floor(at);
	return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

/** docs/s of each pass, by the wall clock or by CPU time. */
function passRates(passes: Passes, by: 'ms' | 'cpuMs'): number[] {
	return passes.docs.map((docs, i) => docs / (passes[by][i]! / 1000));
}

/** Median pass docs/s of ours and the peer, their ratio, the spread of ours, and the whole run's mean. */
function aloneFigures(alone: { ours: Passes; peer: Passes } | string): Record<string, number | string> {
	const names = [`geoparse docs/s pinned, own process (median pass after ${ALONE_WARM_UP_PASSES} warm-up passes)`, 'geoparse docs/s pinned, own process (quartiles of passes)', 'geoparse docs/s pinned, own process (all passes: docs / time)', 'geoparse docs per CPU second pinned, own process (median pass)', 'compromise docs/s pinned, own process (median pass)', 'ratio vs compromise, pinned, own processes (median passes)', `geoparse docs/s pinned, own process, cold: its first ${COLD_DOCS.toLocaleString('en')} documents after the gazetteer's load`];
	if (typeof alone === 'string') return Object.fromEntries(names.map((name) => [name, alone]));
	const ours = passRates(alone.ours, 'ms');
	const peer = quantile(passRates(alone.peer, 'ms'), 0.5);
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	const median = quantile(ours, 0.5);
	return Object.fromEntries(
		[
			Math.round(median),
			`${Math.round(quantile(ours, 0.25))}–${Math.round(quantile(ours, 0.75))} (${ours.length} passes of ${alone.ours.docs[0]} docs in ${ALONE_ROUNDS} processes, each after ${ALONE_WARM_UP_PASSES} warm-up passes or more, ${(alone.ours.warmUpMs / ALONE_ROUNDS / 1000).toFixed(1)} s on average; the peer warmed up as long)`,
			Math.round(sum(alone.ours.docs) / (sum(alone.ours.ms) / 1000)),
			Math.round(quantile(passRates(alone.ours, 'cpuMs'), 0.5)),
			Math.round(peer),
			Number((median / peer).toFixed(1)),
			Math.round(alone.ours.coldDocs / (alone.ours.coldMs / 1000))
		].map((value, i) => [names[i]!, value])
	);
}

/** docs/s of ours, of the peer, and their ratio, or the note why they were not measured. */
function pinnedFigures(pinned: { ours: Totals; peer: Totals } | string): [number | string, number | string, number | string] {
	if (typeof pinned === 'string') return [pinned, pinned, pinned];
	const ours = pinned.ours.docs / (pinned.ours.ms / 1000);
	const peer = pinned.peer.docs / (pinned.peer.ms / 1000);
	return [Math.round(ours), Math.round(peer), Number((ours / peer).toFixed(1))];
}

export async function benchGeoparse(): Promise<Record<string, number | string>> {
	const texts = readTexts();
	const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
	const load = measureLoad();
	const pinned = pinnedFigures(measurePinned());
	const countersBefore = cpuCounters();
	const alone = aloneFigures(measurePinnedAlone());
	const machine = machineShare(countersBefore, cpuCounters());
	const gazetteer = await loadGazetteer();
	const { ours, peer } = takeTurns(texts, gazetteer);
	const oursDocs = ours.docs / (ours.ms / 1000);
	const peerDocs = peer.docs / (peer.ms / 1000);
	const oursCpuDocs = ours.docs / (ours.cpuMs / 1000);
	const peerCpuDocs = peer.docs / (peer.cpuMs / 1000);

	const result: Record<string, number | string> = {
		'gazetteer load (fresh process, ms)': Math.round(load.loadMs),
		'gazetteer load peak RSS (MB)': Math.round(load.rssMb),
		'geoparse docs/s (GeoWebNews, 1 core)': Math.round(oursDocs),
		'geoparse MB/s': Number((((ours.docs / texts.length) * megabytes) / (ours.ms / 1000)).toFixed(2)),
		'compromise .places() docs/s': Math.round(peerDocs),
		'ratio vs compromise': Number((oursDocs / peerDocs).toFixed(1)),
		'geoparse docs per CPU second': Math.round(oursCpuDocs),
		'compromise docs per CPU second': Math.round(peerCpuDocs),
		'ratio vs compromise, CPU time': Number((oursCpuDocs / peerCpuDocs).toFixed(1)),
		'geoparse docs/s pinned to one core (taskset -c 0)': pinned[0],
		'compromise docs/s pinned to one core': pinned[1],
		'ratio vs compromise, pinned': pinned[2],
		...alone,
		'machine during the own-process runs': machine,
		'load average (1 min)': Number(loadavg()[0]!.toFixed(1))
	};

	// Time against length: the same texts joined into documents of 1 KB … 10 MB.
	const corpus = texts.join('\n\n');
	for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
		let doc = corpus;
		while (doc.length < size) doc += '\n\n' + corpus;
		doc = doc.slice(0, size);
		const run = timeFor(size >= 1e6 ? 1 : 500, () => geoparse(doc, gazetteer));
		const msPerMb = run.ms / run.rounds / (size / 1e6);
		result[`ms per MB at ${size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`}`] = Math.round(msPerMb);
	}
	// a quadratic path shows as growth: linear time keeps ms per MB flat from 1 to 10 MB
	const growth = Number(result['ms per MB at 10 MB']) / Number(result['ms per MB at 1 MB']);
	result['ms per MB, 10 MB ÷ 1 MB (linear ≈ 1)'] = growth < 2 ? Number(growth.toFixed(2)) : `${growth.toFixed(2)} — NOT LINEAR`;
	result['peak RSS of the bench (MB)'] = Math.round(process.resourceUsage().maxRSS / 1024);
	return result;
}

// the pinned child: the turns alone, as one JSON line
if (process.argv.includes(ALONE_FLAG)) {
	const at = process.argv.indexOf(ALONE_FLAG);
	console.log(JSON.stringify(await runAlone(process.argv[at + 1]!, Number(process.argv[at + 2] ?? 0))));
}
else if (process.argv.includes(PINNED_FLAG)) {
	const { ours, peer } = takeTurns(readTexts(), await loadGazetteer());
	console.log(JSON.stringify({ ours, peer }));
}
