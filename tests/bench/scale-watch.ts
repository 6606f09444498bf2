// The watching ingest at scale: `gazette ingest CORPUS --out OUT --watch` in its own process, then a
// changed, an added and a removed file (and again), each timed from the file's write to the committed
// row a reader of the store sees (polled every 5 ms from this process). The corpus is put back after.
// `node --import tsx tests/bench/scale-watch.ts CORPUS OUT [rounds]`; bench:scale runs it with `--watch`.
import { spawn } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const BIN = new URL('../../bin/gazette.js', import.meta.url).pathname;
const TIMEOUT_MS = 600_000;

export interface WatchFigures {
	/** from the process's start to "watching" (Node, the gazetteer, the store's per-file records, the folders' watches) */
	readySeconds: number;
	/** write → committed row, each change in turn */
	changeMs: number[];
	/** the watching process's CPU for each change (all threads) */
	changeCpuMs: number[];
	/** the watching process's resident memory once ready, and its peak over the run */
	readyRssMB: number;
	peakRssMB: number;
	load: [number, number];
}

/** utime + stime of a process in ms, and its current and peak RSS in MB (Linux /proc). */
function processFigures(pid: number): { cpuMs: number; rssMB: number; peakMB: number } {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	const ticks = Number(fields[11]) + Number(fields[12]);
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { cpuMs: ticks * 10, rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
}

async function until(check: () => boolean, what: string): Promise<void> {
	const deadline = Date.now() + TIMEOUT_MS;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

export async function benchWatch(corpus: string, out: string, rounds = 2): Promise<WatchFigures> {
	const load0 = loadavg()[0]!;
	const started = performance.now();
	const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--out', out, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let exited = false;
	child.on('exit', () => (exited = true));
	const db = new Database(join(out, 'gazette.sqlite'), { readonly: true, fileMustExist: true });
	const changed = join(corpus, 'batch-0000', 'doc-1.txt');
	const original = readFileSync(changed, 'utf8');
	const removed = join(corpus, 'batch-0000', 'doc-2.txt');
	const removedText = readFileSync(removed, 'utf8');
	const added = join(corpus, 'batch-0000', 'doc-live.txt');
	try {
		await until(() => output.includes('watching') || exited, 'the watch to be ready');
		if (exited) throw new Error(`the watch exited: ${output.slice(-500)}`);
		const readySeconds = (performance.now() - started) / 1000;
		const readyRssMB = processFigures(child.pid!).rssMB;
		const title = db.prepare<[string], { title: string }>('SELECT title FROM documents WHERE id = ?');
		const changeMs: number[] = [];
		const changeCpuMs: number[] = [];
		const timed = async (change: () => void, seen: () => boolean, what: string) => {
			const cpu = processFigures(child.pid!).cpuMs;
			const t0 = performance.now();
			change();
			await until(seen, what);
			changeMs.push(Math.round(performance.now() - t0));
			changeCpuMs.push(processFigures(child.pid!).cpuMs - cpu);
			// the next change waits for the watch's line about this one (its debounce and write are over)
			await new Promise((resolve) => setTimeout(resolve, 300));
		};
		for (let round = 0; round < rounds; round++) {
			const mark = `Live edit ${round} ${Date.now()}`;
			await timed(() => writeFileSync(changed, original.replace(/\n\n[^\n]*\n/, `\n\n${mark}\n`)), () => title.get('batch-0000/doc-1')?.title === mark, 'the changed file');
			await timed(() => writeFileSync(added, `date 2024-06-01\n\n${mark} added\n\nTalks in Nairobi and Mombasa.\n`), () => title.get('batch-0000/doc-live')?.title === `${mark} added`, 'the added file');
			await timed(() => unlinkSync(removed), () => title.get('batch-0000/doc-2') === undefined, 'the removed file');
			// put back (also watched, not timed)
			writeFileSync(changed, original);
			unlinkSync(added);
			writeFileSync(removed, removedText);
			await until(() => title.get('batch-0000/doc-2') !== undefined && title.get('batch-0000/doc-live') === undefined, 'the corpus put back');
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
		const { peakMB } = processFigures(child.pid!);
		return { readySeconds, changeMs, changeCpuMs, readyRssMB: Math.round(readyRssMB), peakRssMB: Math.round(peakMB), load: [Math.round(load0 * 10) / 10, Math.round(loadavg()[0]! * 10) / 10] };
	} finally {
		db.close();
		child.kill('SIGINT');
		await until(() => exited, 'the watch to stop').catch(() => child.kill('SIGKILL'));
		// the corpus as it was, whatever happened
		writeFileSync(changed, original);
		writeFileSync(removed, removedText);
		try {
			unlinkSync(added);
		} catch {
			// not there
		}
		if (!output.includes('stopped watching')) process.stderr.write(`scale-watch: the watch's output ends: ${output.slice(-800)}\n`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [corpus, out, rounds] = process.argv.slice(2);
	if (!corpus || !out) {
		console.error('usage: scale-watch.ts CORPUS OUT [rounds]');
		process.exit(2);
	}
	console.log(await benchWatch(corpus, out, rounds ? Number(rounds) : 2));
}
