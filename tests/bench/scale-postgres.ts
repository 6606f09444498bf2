// bench:scale's shared-store part: one generated corpus ingested into a throwaway PostgreSQL/PostGIS
// cluster by 1 worker, then by 2 workers at once (the throughput ratio, same run, same machine), then
// by a worker killed mid-run and a second one: its answers must equal the one-worker database's.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import type { StoreQueries } from '../../src/lib/store/types.ts';
import { postgresMissing, startPostgis } from '../helpers/postgres.ts';
import { summariseTimelines, timelineOf } from './timeline-summary.ts';
import type { TimelinePhase } from '../../src/lib/store/postgres/timeline.ts';

const GAZETTE = new URL('../../bin/gazette.js', import.meta.url).pathname;
const CPU_REPORT = new URL('./cpu-report.mjs', import.meta.url).href;

function ingestWorker(corpus: string, url: string, env: Record<string, string> = {}) {
	// each worker in a session of its own, as separate machines or services would be: Linux shares CPU
	// fairly between sessions (autogroups), so on a busy machine two workers of one session would
	// share one session's slice and could not be faster than one
	const child = spawn(process.execPath, ['--import', CPU_REPORT, GAZETTE, 'ingest', corpus, '--store', url], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const done = new Promise<number | null>((resolve) => child.once('close', resolve)).then((code) => {
		if (code !== 0 && code !== 3 && !child.killed) throw new Error(`ingest worker failed (${code}): ${stderr.slice(-300)}`);
		// the CPU seconds cpu-report.mjs printed at exit (the machine is shared: CPU stretches less than wall time)
		return Number(/gazette-cpu-seconds ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
	});
	return { done, kill: () => child.kill('SIGKILL'), timeline: () => timelineOf(stderr) };
}

/** The CPU seconds of the database server's processes so far (the postmaster's own and its exited backends'). */
async function serverCpuSeconds(url: string): Promise<number> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		const pid = (await client.query(`SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'`)).rows[0]?.pid as number | undefined;
		if (pid === undefined) return NaN;
		const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
		const fields = readFileSync(`/proc/${parent}/stat`, 'utf8').split(') ')[1]!.split(' ');
		// utime, stime, cutime, cstime (fields 14-17 of proc(5)), in clock ticks
		return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
	} finally {
		await client.end();
	}
}

async function timed(corpus: string, url: string, workers: number): Promise<{ seconds: number; cpu: string }> {
	const serverBefore = await serverCpuSeconds(url);
	const start = performance.now();
	const runStart = Date.now();
	const started = Array.from({ length: workers }, () => ingestWorker(corpus, url, { GAZETTE_TIMELINE: '1' }));
	const cpu = await Promise.all(started.map((w) => w.done));
	const seconds = (performance.now() - start) / 1000;
	const server = (await serverCpuSeconds(url)) - serverBefore;
	const timelines: TimelinePhase[][] = started.map((w) => w.timeline());
	console.log(summariseTimelines(`${workers} worker${workers > 1 ? 's' : ''}, ${seconds.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}`, timelines, runStart));
	if (process.env.GAZETTE_TIMELINE_OUT) appendFileSync(process.env.GAZETTE_TIMELINE_OUT, timelines.flat().map((p) => JSON.stringify({ workers, ...p })).join('\n') + '\n');
	return { seconds, cpu: `${cpu.map((c) => c.toFixed(1)).join(' + ')} + server ${server.toFixed(1)}` };
}

/** What the explorer shows: counts, the place list, the first excerpts, under no filter and each topic. */
async function answers(store: StoreQueries) {
	const info = await store.info();
	const filters = [EMPTY_FILTERS, ...(info?.topics ?? []).slice(0, 4).map((t) => ({ ...EMPTY_FILTERS, topics: [t.id] }))];
	const out: unknown[] = [info && { ...info, manifest: { ...info.manifest, generatedAt: '' } }];
	for (const f of filters) {
		const places = await store.places(f, 'documents', 0, 100_000);
		out.push(await store.summary(f), places);
		for (const place of places.places.slice(0, 20)) out.push(await store.excerpts(place.id, f, 0, 20));
	}
	return out.map((part) => JSON.stringify(part));
}

/** 'identical', or where the first difference is (which answer, and the text around it). */
function compare(expected: string[], actual: string[]): string {
	const at = expected.findIndex((part, i) => part !== actual[i]);
	if (at === -1 && expected.length === actual.length) return 'identical';
	const a = expected[at] ?? '';
	const b = actual[at] ?? '';
	let c = 0;
	while (a[c] === b[c]) c++;
	return `DIFFERENT at answer ${at}: …${a.slice(Math.max(0, c - 80), c + 80)}… vs …${b.slice(Math.max(0, c - 80), c + 80)}…`;
}

async function answersOf(url: string): Promise<string[]> {
	const store = await openPostgresStore(url, { readonly: true });
	try {
		return await answers(store);
	} finally {
		await store.close();
	}
}

export async function benchPostgres(corpus: string, documents: number): Promise<Record<string, number | string>> {
	const missing = postgresMissing();
	if (missing) {
		console.warn(`bench:scale: postgres part skipped: ${missing}`);
		return {};
	}
	const cluster = await startPostgis();
	try {
		const one = await cluster.database('one_worker');
		const loadBefore = loadavg()[0]!;
		const { seconds: oneSeconds, cpu: oneCpu } = await timed(corpus, one, 1);
		const two = await cluster.database('two_workers');
		const { seconds: twoSeconds, cpu: twoCpu } = await timed(corpus, two, 2);
		// the machine is shared: the ratio means little when others kept its cores busy meanwhile
		const loadAfter = loadavg()[0]!;

		// GAZETTE_PG_RATIO_ONLY=1: only the two timed runs (while working on the ratio)
		if (process.env.GAZETTE_PG_RATIO_ONLY === '1') {
			const [expected, twoAnswers] = await Promise.all([answersOf(one), answersOf(two)]);
			return { 'pg 1 worker docs/s': Math.round(documents / oneSeconds), 'pg 2 workers docs/s': Math.round(documents / twoSeconds), 'pg 2 / 1 workers': Math.round((oneSeconds / twoSeconds) * 100) / 100, 'pg 1 worker CPU s (worker + server)': oneCpu, 'pg 2 workers CPU s (workers + server)': twoCpu, 'load average before, after (1 min)': `${loadBefore.toFixed(1)}, ${loadAfter.toFixed(1)}`, 'pg 2 workers = 1 worker': compare(expected, twoAnswers) };
		}
		// kill the first worker once some results are in (its claims are then held), then finish with another
		const killed = await cluster.database('killed_worker');
		const doomed = ingestWorker(corpus, killed, { GAZETTE_LEASE_SECONDS: '5' });
		const watch = new pg.Client(killed);
		await watch.connect();
		for (;;) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			const row = (await watch.query(`SELECT (SELECT count(*) FROM geoparsed)::int AS done, (SELECT count(*) FROM work WHERE claimed_by IS NOT NULL)::int AS held`).catch(() => ({ rows: [{ done: 0, held: 0 }] }))).rows[0];
			if (row.done > documents / 10 && row.held > 0) break;
		}
		await watch.end();
		doomed.kill();
		await doomed.done;
		const finishStart = performance.now();
		await ingestWorker(corpus, killed).done;
		const finishSeconds = (performance.now() - finishStart) / 1000;
		const [expected, twoAnswers, killedAnswers] = await Promise.all([answersOf(one), answersOf(two), answersOf(killed)]);
		const sizeOf = async (url: string, name: string) => {
			const c = new pg.Client(url);
			await c.connect();
			try {
				return Math.round(((await c.query(`SELECT pg_database_size('${name}')::float8 AS n`)).rows[0].n as number) / 1048576);
			} finally {
				await c.end();
			}
		};
		const sizes = `${await sizeOf(one, 'one_worker')} / ${await sizeOf(two, 'two_workers')}`;
		// one file changed, then nothing: the incremental run on the one-worker database (the second is Node's start and the file comparison)
		appendFileSync(join(corpus, 'batch-0000', 'doc-0.txt'), '\nA late addition from Nairobi.\n');
		const loadIncremental = loadavg()[0]!;
		let start = performance.now();
		const changedCpu = await ingestWorker(corpus, one).done;
		const changedSeconds = (performance.now() - start) / 1000;
		start = performance.now();
		const unchangedCpu = await ingestWorker(corpus, one).done;
		const unchangedSeconds = (performance.now() - start) / 1000;
		return {
			'pg 1 worker docs/s': Math.round(documents / oneSeconds),
			'pg 2 workers docs/s': Math.round(documents / twoSeconds),
			'pg 2 / 1 workers': Math.round((oneSeconds / twoSeconds) * 100) / 100,
			'pg 1 worker CPU s (worker + server)': oneCpu,
			'pg 2 workers CPU s (workers + server)': twoCpu,
			'load average before, after (1 min)': `${loadBefore.toFixed(1)}, ${loadAfter.toFixed(1)}`,
			'pg database MB, 1 / 2 workers': sizes,
			'pg one file changed s (CPU s)': `${changedSeconds.toFixed(1)} (${changedCpu.toFixed(1)})`,
			'pg nothing changed s (CPU s)': `${unchangedSeconds.toFixed(1)} (${unchangedCpu.toFixed(1)})`,
			'load average at the re-runs': loadIncremental.toFixed(1),
			'pg 2 workers = 1 worker': compare(expected, twoAnswers),
			'pg killed worker, finished by another': compare(expected, killedAnswers),
			'pg finish after kill s': Math.round(finishSeconds * 10) / 10
		};
	} finally {
		cluster.stop();
	}
}
