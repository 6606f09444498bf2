// `node --import tsx tests/bench/pg-waits.ts [--documents 10000] [--workers 1,2] [--corpus DIR] [CHECKOUT]`:
// where the shared store's server spends a run, and whether its workers wait for each other there. Runs
// 1, then 2 (`--workers`) ingest workers of CHECKOUT (this one by default) on bench:scale's corpus
// (written in DIR if missing and kept, else in a temporary folder), each run into a new database of a
// throwaway cluster, and samples pg_stat_activity every 20 ms: each statement's seconds active, split
// by what it waited for (CPU: nothing; Lock:…, LWLock:…: another backend; IO:…). Prints per run the
// wall, each worker's and the server's CPU seconds, the workers' timelines (GAZETTE_TIMELINE) and the
// statements. Sampled wall time, stretched by a busy machine: compare the runs' shares, not seconds.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startPostgis } from '../helpers/postgres.ts';
import { postmasterOf, reportedCpu, serverCpuSeconds, settle } from './pg-cpu.ts';
import { writeScaleCorpus } from './scale-corpus.ts';
import { summariseTimelines, timelineOf } from './timeline-summary.ts';

const argv = process.argv.slice(2);
const valueOf = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const DOCUMENTS = Number(valueOf('--documents') ?? 10_000);
const RUNS = (valueOf('--workers') ?? '1,2').split(',').map(Number);
const checkout = resolve(argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')) ?? new URL('../..', import.meta.url).pathname);
const keptCorpus = valueOf('--corpus');
const temp = keptCorpus ? null : mkdtempSync(join(tmpdir(), 'gazette-pg-waits-'));
const corpus = keptCorpus ? resolve(keptCorpus) : join(temp!, 'corpus');
if (!existsSync(corpus)) await writeScaleCorpus(corpus, DOCUMENTS);
const SAMPLE_MS = 20;

function worker(url: string) {
	const child = spawn(process.execPath, ['--import', join(checkout, 'tests/bench/cpu-report.mjs'), join(checkout, 'bin/gazette.js'), 'ingest', corpus, '--store', url], {
		// a session of its own, as scale-postgres.ts starts them
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, GAZETTE_TIMELINE: '1' }
	});
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return new Promise<string>((done, fail) => child.once('close', (code) => (code === 0 ? done(stderr) : fail(new Error(`ingest worker failed (${code}): ${stderr.slice(-300)}`)))));
}

const cluster = await startPostgis();
try {
	const postmaster = await postmasterOf(cluster.url);
	for (const [run, workers] of RUNS.entries()) {
		const url = await cluster.database(`waits_${run}`);
		await settle(postmaster);
		const serverBefore = serverCpuSeconds(postmaster);
		const monitor = new pg.Client(cluster.url);
		await monitor.connect();
		const active = new Map<string, number>();
		let sampling = true;
		const sampler = (async () => {
			while (sampling) {
				const rows = (
					await monitor.query<{ wait: string; statement: string }>(
						`SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 60) AS statement
						 FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`
					)
				).rows;
				for (const { wait, statement } of rows) active.set(`${wait.padEnd(24)} ${statement}`, (active.get(`${wait.padEnd(24)} ${statement}`) ?? 0) + 1);
				await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
			}
		})();
		const runStart = Date.now();
		const started = performance.now();
		const stderrs = await Promise.all(Array.from({ length: workers }, () => worker(url)));
		const wall = (performance.now() - started) / 1000;
		sampling = false;
		await sampler;
		await monitor.end();
		const server = serverCpuSeconds(postmaster) - serverBefore;
		const cpu = stderrs.map((e) => reportedCpu(e).total.toFixed(1)).join(' + ');
		console.log(`\n${workers} worker${workers > 1 ? 's' : ''}: ${wall.toFixed(1)} s wall, CPU ${cpu} + server ${server.toFixed(1)} s`);
		// each worker's phases summed (the phases' order left out: one line per chunk)
		const timelines = summariseTimelines(`${workers}`, stderrs.map(timelineOf), runStart).split('\n');
		console.log(timelines.filter((line) => !line.startsWith('    0.') && !/^ {4}\d+\.\d-/.test(line)).join('\n'));
		const total = [...active.values()].reduce((a, b) => a + b, 0);
		console.log(`statements active (s sampled, share; wait, statement):`);
		for (const [key, n] of [...active].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${((n * SAMPLE_MS) / 1000).toFixed(1).padStart(7)} ${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}`);
	}
} finally {
	cluster.stop();
	if (temp) rmSync(temp, { recursive: true, force: true });
}
