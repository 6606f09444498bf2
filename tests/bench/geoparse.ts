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
const ALONE_WARM_UP_MS = 1000;

/**
 * Each side in a pinned process of its own, taken in turns (ours, the peer, ours, …): as a user runs
 * either, with no other library's garbage in the heap. In the shared turns above, compromise's garbage
 * makes V8 collect the whole heap, the gazetteer included, during our turns too.
 */
function measurePinnedAlone(): { ours: Totals; peer: Totals } | string {
	const probe = spawnSync('taskset', ['-c', '0', 'true']);
	if (probe.error || probe.status !== 0) return 'taskset not available: not measured';
	const ours = { docs: 0, ms: 0, cpuMs: 0 };
	const peer = { docs: 0, ms: 0, cpuMs: 0 };
	for (let round = 0; round < ALONE_ROUNDS; round++)
		for (const [side, total] of [['ours', ours], ['peer', peer]] as const) {
			const child = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', fileURLToPath(import.meta.url), ALONE_FLAG, side], { encoding: 'utf8', cwd: PACKAGE_ROOT });
			if (child.status !== 0) throw new Error(`pinned geoparse benchmark (${side} alone) failed: ${child.stderr}`);
			const turn = JSON.parse(child.stdout.trim().split('\n').pop()!) as Totals;
			total.docs += turn.docs;
			total.ms += turn.ms;
			total.cpuMs += turn.cpuMs;
		}
	return { ours, peer };
}

/** The child of measurePinnedAlone: one side, warmed up, for ALONE_MS. */
async function runAlone(side: string): Promise<Totals> {
	const texts = readTexts();
	const total = { docs: 0, ms: 0, cpuMs: 0 };
	if (side === 'ours') {
		const gazetteer = await loadGazetteer();
		// warm up for a while: the first passes also pay the collections of the gazetteer's load
		for (const started = performance.now(); performance.now() - started < ALONE_WARM_UP_MS; ) ourPass(texts, gazetteer);
		while (total.ms < ALONE_MS) timeTurn(total, () => ourPass(texts, gazetteer));
	} else {
		for (const started = performance.now(); performance.now() - started < ALONE_WARM_UP_MS; ) peerStep(texts, 0);
		for (let next = PEER_TEXTS_PER_TURN; total.ms < ALONE_MS; next += PEER_TEXTS_PER_TURN) timeTurn(total, () => peerStep(texts, next));
	}
	return total;
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
	const alone = pinnedFigures(measurePinnedAlone());
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
		'geoparse docs/s pinned, own process': alone[0],
		'compromise docs/s pinned, own process': alone[1],
		'ratio vs compromise, pinned, own processes': alone[2],
		'load average (1 min)': Number(loadavg()[0]!.toFixed(1))
	};

	// Time against length: the same texts joined into documents of 1 KB … 10 MB.
	const corpus = texts.join('\n\n');
	let previousPerMb = 0;
	for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
		let doc = corpus;
		while (doc.length < size) doc += '\n\n' + corpus;
		doc = doc.slice(0, size);
		const run = timeFor(size >= 1e6 ? 1 : 500, () => geoparse(doc, gazetteer));
		const msPerMb = run.ms / run.rounds / (size / 1e6);
		result[`ms per MB at ${size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`}`] = Math.round(msPerMb);
		previousPerMb = msPerMb;
	}
	void previousPerMb;
	result['peak RSS of the bench (MB)'] = Math.round(process.resourceUsage().maxRSS / 1024);
	return result;
}

// the pinned child: the turns alone, as one JSON line
if (process.argv.includes(ALONE_FLAG)) console.log(JSON.stringify(await runAlone(process.argv[process.argv.indexOf(ALONE_FLAG) + 1]!)));
else if (process.argv.includes(PINNED_FLAG)) {
	const { ours, peer } = takeTurns(readTexts(), await loadGazetteer());
	console.log(JSON.stringify({ ours, peer }));
}
