// `gazette ingest --store postgres://…` runs its work in a child of the CLI started with a 64 MB young
// generation (src/cli/relaunch.ts): the child's output, exit status and stop signals pass through the
// CLI, a child outlives no killed CLI, and a young-generation size the user gave wins.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { until } from '../store/worker-processes.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');
const PROBE = new URL('../helpers/young-generation-probe.mjs', import.meta.url).href;
const root = mkdtempSync(join(tmpdir(), 'gazette-relaunch-'));
const corpus = join(root, 'corpus');

// a database server that accepts connections and never answers: an ingest waits on it until stopped
let silent: Server;
const held: Socket[] = [];
let silentUrl = '';
beforeAll(async () => {
	await testGazetteer();
	mkdirSync(corpus);
	writeFileSync(join(corpus, 'a.txt'), 'Volunteers from Tromsø and Bodø cleared the harbour.');
	silent = createServer((socket) => void held.push(socket));
	await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
	silentUrl = `postgres://u@127.0.0.1:${(silent.address() as { port: number }).port}/db`;
});
afterAll(() => {
	for (const socket of held) socket.destroy();
	silent.close();
	rmSync(root, { recursive: true, force: true });
});

interface Run {
	stderr: () => string;
	/** the pids the probe saw start, in order: the CLI's, then its child's if it started one */
	pids: () => number[];
	done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	kill: (signal: NodeJS.Signals) => void;
}

function gazette(args: string[], env: Record<string, string> = {}): Run {
	const child = spawn(process.execPath, ['--import', PROBE, BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', ...env } });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
	return {
		stderr: () => stderr,
		pids: () => [...stderr.matchAll(/probe started pid (\d+)/g)].map((m) => Number(m[1])),
		done,
		kill: (signal) => child.kill(signal)
	};
}

/** the heap size V8 allows each process (MB), by pid */
function heapLimits(stderr: string): Map<number, number> {
	return new Map([...stderr.matchAll(/probe started pid (\d+) ppid \d+ heap-limit-MB (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
}

/** The heap size V8 allows a plain Node process here (no flags), MB. */
const plainLimit = () => Number(spawnSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit / 2 ** 20'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).stdout.trim());

/** Whether a process has ended (gone, or a zombie no one has reaped yet). */
function ended(pid: number): boolean {
	try {
		return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
	} catch {
		return true;
	}
}

describe('a shared-store ingest started by the CLI', () => {
	it('runs in a child with 64 MB semi-spaces, and its error and exit status come through once', async () => {
		const run = gazette(['ingest', corpus, '--store', 'postgres://u@127.0.0.1:1/db']);
		const { code } = await run.done;
		expect(code).toBe(1);
		expect(run.stderr().match(/gazette: cannot use the database at postgres:\/\/u@127\.0\.0\.1:1\/db/g)).toHaveLength(1);
		const [cli, child] = run.pids();
		const limits = heapLimits(run.stderr());
		expect(limits.get(cli!)).toBe(plainLimit());
		// 3 semi-spaces of 64 MB against 3 of 16 (2 in V8 versions without a new large-object space: 96)
		expect(limits.get(child!)! - limits.get(cli!)!).toBeGreaterThanOrEqual(96);
	}, 60_000);

	it('runs in the CLI itself when the user set the young generation (NODE_OPTIONS wins)', async () => {
		const run = gazette(['ingest', corpus, '--store', 'postgres://u@127.0.0.1:1/db'], { NODE_OPTIONS: '--max-semi-space-size=8' });
		expect((await run.done).code).toBe(1);
		expect(run.pids()).toHaveLength(1);
		expect(heapLimits(run.stderr()).get(run.pids()[0]!)).toBeLessThan(plainLimit());
	}, 60_000);

	it('leaves the embedded store\'s ingest in the CLI process', async () => {
		const run = gazette(['ingest', corpus, '--out', join(root, 'out')]);
		expect((await run.done).code).toBe(0);
		expect(run.pids()).toHaveLength(1);
	}, 60_000);

	it('passes SIGTERM to the child and ends by it, as an ingest run in one process does', async () => {
		const run = gazette(['ingest', corpus, '--store', silentUrl]);
		await until(() => run.pids().length === 2, 'the child to start');
		const [, child] = run.pids();
		run.kill('SIGTERM');
		expect(await run.done).toEqual({ code: null, signal: 'SIGTERM' });
		await until(() => ended(child!), 'the child to end', 10_000);
	}, 60_000);

	it('ends the child when the CLI is killed (SIGKILL reaches no child): its claims cannot outlive the CLI', async () => {
		const run = gazette(['ingest', corpus, '--store', silentUrl]);
		await until(() => run.pids().length === 2, 'the child to start');
		const [, child] = run.pids();
		run.kill('SIGKILL');
		expect((await run.done).signal).toBe('SIGKILL');
		await until(() => ended(child!), 'the child to end', 10_000);
	}, 60_000);
});
