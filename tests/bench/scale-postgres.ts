// bench:scale's shared-store part: one generated corpus ingested into a throwaway PostgreSQL/PostGIS
// cluster by 1 worker, then by 2 workers at once (the throughput ratio, same run, same machine), then
// by a worker killed mid-run and a second one: its answers must equal the one-worker database's.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import type { StoreQueries } from '../../src/lib/store/types.ts';
import { postgresMissing, startPostgis, type PostgisCluster } from '../helpers/postgres.ts';
import { describeRun, kernelShare, machineCpuSeconds, machineIdleSeconds, maintenanceOf, pairFigures, postmasterOf, reportedCpu, settle, serverUsage, type RunCpu } from './pg-cpu.ts';
import { clusterCounters, databaseOf, maintenanceBetween, tidyAfterRun, tidyCluster, warmMemory } from './pg-run-state.ts';
import { codeStamp, compareRuns, geoparserVersionsOf, type RunAnswers } from './pg-compare.ts';
import { asleep, geoparseCost, summariseTimelines, timelineOf, WARM_AFTER_TEXTS } from './timeline-summary.ts';
import type { TimelinePhase } from '../../src/lib/store/postgres/timeline.ts';

const GAZETTE = new URL('../../bin/gazette.js', import.meta.url).pathname;
const CPU_REPORT = new URL('./cpu-report.mjs', import.meta.url).href;

/** Node flags for the timed runs' workers (GAZETTE_PG_NODE_FLAGS, space-separated: e.g. a V8 heap setting to compare). Without
 * `--max-semi-space-size` the CLI runs the ingest in a child with 64 MB semi-spaces (src/cli/relaunch.ts); Node's default is
 * `--max-semi-space-size=16`. */
const WORKER_FLAGS = (process.env.GAZETTE_PG_NODE_FLAGS ?? '').split(' ').filter(Boolean);

function ingestWorker(corpus: string, url: string, env: Record<string, string> = {}, flags: string[] = []) {
	// each worker in a session of its own, as separate machines or services would be: Linux shares CPU
	// fairly between sessions (autogroups), so on a busy machine two workers of one session would
	// share one session's slice and could not be faster than one
	const child = spawn(process.execPath, [...flags, '--import', CPU_REPORT, GAZETTE, 'ingest', corpus, '--store', url], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
	let stderr = '';
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const done = new Promise<number | null>((resolve) => child.once('close', resolve)).then((code) => {
		if (code !== 0 && code !== 3 && !child.killed) throw new Error(`ingest worker failed (${code}): ${stderr.slice(-300)}`);
		// the CPU seconds cpu-report.mjs printed at exit (the machine is shared: CPU stretches less than wall time)
		return reportedCpu(stderr);
	});
	return { done, kill: () => child.kill('SIGKILL'), timeline: () => timelineOf(stderr) };
}

/**
 * One timed run of `workers` workers on a new database: wall and CPU seconds (workers, server, the rest
 * of the machine), the kernel's share and page faults, and the cluster's maintenance inside it; then,
 * untimed, its database vacuumed and the cluster checkpointed (pg-run-state.ts: not the next run's work);
 * before it, untimed, the memory it will need touched once (warmMemory).
 */
async function timed(corpus: string, url: string, workers: number, postmaster: number, clusterUrl: string): Promise<RunCpu> {
	await settle(postmaster);
	warmMemory();
	const countersBefore = await clusterCounters(clusterUrl);
	const serverBefore = serverUsage(postmaster);
	const machineBefore = machineCpuSeconds();
	const idleBefore = machineIdleSeconds();
	const benchBefore = process.cpuUsage();
	const start = performance.now();
	const runStart = Date.now();
	const started = Array.from({ length: workers }, () => ingestWorker(corpus, url, { GAZETTE_TIMELINE: '1' }, WORKER_FLAGS));
	const reports = await Promise.all(started.map((w) => w.done));
	const cpu = reports.map((r) => r.total);
	const wall = (performance.now() - start) / 1000;
	const serverAfter = serverUsage(postmaster);
	const server = serverAfter.cpu - serverBefore.cpu;
	const idle = machineIdleSeconds() - idleBefore;
	const bench = process.cpuUsage(benchBefore);
	const others = machineCpuSeconds() - machineBefore - server - cpu.reduce((a, b) => a + b, 0) - (bench.user + bench.system) / 1e6;
	const maintenance = maintenanceBetween(countersBefore, await clusterCounters(clusterUrl), databaseOf(url));
	const timelines: TimelinePhase[][] = started.map((w) => w.timeline());
	if (process.env.GAZETTE_PG_TIMELINES !== '0') console.log(summariseTimelines(`${workers} worker${workers > 1 ? 's' : ''}, ${wall.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}`, timelines, runStart));
	if (process.env.GAZETTE_TIMELINE_OUT) appendFileSync(process.env.GAZETTE_TIMELINE_OUT, timelines.flat().map((p) => JSON.stringify({ workers, ...p })).join('\n') + '\n');
	const totals = timelines.map((phases) => phases.find((p) => p.phase === 'total'));
	// what autovacuum would otherwise have done inside the next run
	const tidyStart = performance.now();
	const serverBeforeTidy = serverUsage(postmaster).cpu;
	await tidyAfterRun(clusterUrl, databaseOf(url));
	console.log(`${databaseOf(url)} vacuumed, analysed and checkpointed after its run (untimed): ${((performance.now() - tidyStart) / 1000).toFixed(1)} s, server CPU ${(serverUsage(postmaster).cpu - serverBeforeTidy).toFixed(1)} s`);
	return {
		wall,
		workers: cpu,
		mainThreads: reports.map((r) => r.mainThread),
		workersSys: reports.map((r) => r.sys),
		workersFaults: reports.map((r) => r.faults),
		gcPauses: reports.map((r) => r.gcPauses),
		scavenges: reports.map((r) => r.scavenges),
		server,
		serverSys: serverAfter.sys - serverBefore.sys,
		serverFaults: serverAfter.faults - serverBefore.faults,
		maintenance,
		others: Math.max(0, others),
		idle,
		queued: totals.map((t) => t?.queued ?? NaN),
		asleep: totals.map((t) => (t && asleep(t)) ?? NaN),
		geoparse: timelines.map((phases) => geoparseCost(phases))
	};
}

/**
 * Pairs of timed runs, 1 worker then 2 and 2 then 1 in turns (what runs first meets other load than
 * what runs second), each on a new database; prints each pair and returns the figures and the
 * databases of the first pair.
 */
async function timedPairs(corpus: string, cluster: PostgisCluster, pairs: number) {
	const postmaster = await postmasterOf(cluster.url);
	const results: { one: RunCpu; two: RunCpu; load: string }[] = [];
	let first: { one: string; two: string } | null = null;
	for (let i = 0; i < pairs; i++) {
		const loadBefore = loadavg()[0]!;
		const one = await cluster.database(`one_worker_${i}`);
		const two = await cluster.database(`two_workers_${i}`);
		first ??= { one, two };
		if (i === 0) await tidyCluster(cluster.url);
		const runs = i % 2 === 0 ? { one: await timed(corpus, one, 1, postmaster, cluster.url), two: await timed(corpus, two, 2, postmaster, cluster.url) } : { two: await timed(corpus, two, 2, postmaster, cluster.url), one: await timed(corpus, one, 1, postmaster, cluster.url) };
		const load = `${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
		results.push({ ...runs, load });
		const f = pairFigures(runs.one, runs.two);
		console.log(`pg pair ${i + 1} (${i % 2 === 0 ? '1 then 2' : '2 then 1'}), load ${load}: 2/1 = ${f.ratio.toFixed(2)}, CPU 2/1 = ${f.cpu.toFixed(2)}, ceiling if the machine were otherwise idle ${f.ceiling.toFixed(2)} | 1 worker ${describeRun(runs.one)} | 2 workers ${describeRun(runs.two)}`);
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
	const figures = results.map((r) => pairFigures(r.one, r.two));
	const ratios = figures.map((f) => f.ratio);
	const summary: Record<string, number | string> = {
		'pg 1 worker docs/s': 0,
		'pg 2 workers docs/s': 0,
		'pg 2 / 1 workers': Math.round(median(ratios) * 100) / 100,
		'pg 2 / 1 workers, each pair': ratios.map((r) => r.toFixed(2)).join(', '),
		// what 2 workers and their server spend over what 1 and its server spend: the ceiling on a machine
		// otherwise idle is cores / (cores 1 worker keeps busy there) / this
		'pg CPU s 2 / 1 workers (median)': Math.round(median(figures.map((f) => f.cpu)) * 100) / 100,
		'pg 1 worker cores used (median)': Math.round(median(figures.map((f) => f.oneCores)) * 100) / 100,
		'pg 1 worker CPU s (worker + server), each pair': results.map((r) => `${r.one.workers[0]!.toFixed(1)} + ${r.one.server.toFixed(1)}`).join('; '),
		// V8's compiler and GC threads: with 1 worker on a second core, with 2 on the cores the other worker needs
		'pg 1 worker CPU s off its main thread, each pair': results.map((r) => (r.one.workers[0]! - r.one.mainThreads[0]!).toFixed(1)).join('; '),
		'pg 2 workers CPU s (workers + server), each pair': results.map((r) => `${r.two.workers.map((c) => c.toFixed(1)).join(' + ')} + ${r.two.server.toFixed(1)}`).join('; '),
		'others CPU s during 1 / 2 workers, each pair': results.map((r) => `${r.one.others.toFixed(1)} / ${r.two.others.toFixed(1)}`).join('; '),
		// cores nobody used: with 2 workers on a busy machine, time they could have had
		// each worker's main thread: runnable waiting for a core (the machine's load) / asleep (the database, locks, the other worker)
		'pg main thread s waiting for a core / asleep, 1 worker | 2 workers, each pair': results
			.map((r) => [r.one, r.two].map((run) => run.queued.map((q, i) => `${q.toFixed(1)}/${run.asleep[i]!.toFixed(1)}`).join(' + ')).join(' | '))
			.join('; '),
		// the kernel's seconds and minor page faults (workers, server): a run that met memory the host no
		// longer backs spends more kernel time per fault (cpu-report.mjs)
		// two workers' extra geoparse CPU, split: the second warm-up (code) and a dearer warm text (both cores busy: the machine)
		[`pg geoparse CPU ms a text once warm (after ${WARM_AFTER_TEXTS.toLocaleString('en')} texts) [warm-up CPU s], 1 worker | 2 workers, each pair`]: results
			.map((r) => [r.one, r.two].map((run) => run.geoparse.map((g) => `${g.warmMsPerText.toFixed(2)} [${g.warmUp.toFixed(1)}]`).join(' + ')).join(' | '))
			.join('; '),
		'pg main threads’ GC pauses s (scavenges), 1 worker | 2 workers, each pair': results.map((r) => [r.one, r.two].map((run) => run.gcPauses.map((p, i) => `${p.toFixed(1)} (${run.scavenges[i]})`).join(' + ')).join(' | ')).join('; '),
		'pg kernel CPU s / page faults (millions), 1 worker | 2 workers, each pair': results.map((r) => [r.one, r.two].map(kernelShare).join(' | ')).join('; '),
		// checkpoints, WAL MB and autovacuum runs (its own database's / the others') inside each run
		'pg checkpoints, WAL MB, autovacuum runs own/other, 1 worker | 2 workers, each pair': results.map((r) => [r.one, r.two].map(maintenanceOf).join(' | ')).join('; '),
		'idle cores during 1 / 2 workers, each pair': results.map((r) => `${(r.one.idle / r.one.wall).toFixed(2)} / ${(r.two.idle / r.two.wall).toFixed(2)}`).join('; '),
		'load average (1 min) over each pair': results.map((r) => r.load).join('; ')
	};
	return { summary, walls: { one: median(results.map((r) => r.one.wall)), two: median(results.map((r) => r.two.wall)) }, first: first! };
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

async function answersOf(url: string): Promise<RunAnswers> {
	const store = await openPostgresStore(url, { readonly: true });
	try {
		return { answers: await answers(store), versions: await geoparserVersionsOf(url) };
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
	// the code the runs are meant to share: a checkout rebased or edited during the bench makes its comparisons void
	const codeAtStart = await codeStamp();
	try {
		// GAZETTE_PG_PAIRS pairs of timed runs (3 with GAZETTE_PG_RATIO_ONLY=1, else 1)
		const ratioOnly = process.env.GAZETTE_PG_RATIO_ONLY === '1';
		const pairs = Number(process.env.GAZETTE_PG_PAIRS ?? (ratioOnly ? 3 : 1));
		const timedRuns = await timedPairs(corpus, cluster, pairs);
		const { one, two } = timedRuns.first;
		const timedFigures = { ...timedRuns.summary, 'pg 1 worker docs/s': Math.round(documents / timedRuns.walls.one), 'pg 2 workers docs/s': Math.round(documents / timedRuns.walls.two) };

		// GAZETTE_PG_RATIO_ONLY=1: only the timed runs (while working on the ratio)
		if (ratioOnly) {
			const [expected, twoAnswers] = await Promise.all([answersOf(one), answersOf(two)]);
			return { ...timedFigures, 'pg 2 workers = 1 worker': compareRuns(expected, twoAnswers, (await codeStamp()) !== codeAtStart) };
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
		const codeChanged = (await codeStamp()) !== codeAtStart;
		const sizeOf = async (url: string, name: string) => {
			const c = new pg.Client(url);
			await c.connect();
			try {
				return Math.round(((await c.query(`SELECT pg_database_size('${name}')::float8 AS n`)).rows[0].n as number) / 1048576);
			} finally {
				await c.end();
			}
		};
		const sizes = `${await sizeOf(one, 'one_worker_0')} / ${await sizeOf(two, 'two_workers_0')}`;
		// one file changed, then nothing: the incremental run on the one-worker database (the second is Node's start and the file comparison)
		appendFileSync(join(corpus, 'batch-0000', 'doc-0.txt'), '\nA late addition from Nairobi.\n');
		const loadIncremental = loadavg()[0]!;
		let start = performance.now();
		const changedCpu = (await ingestWorker(corpus, one).done).total;
		const changedSeconds = (performance.now() - start) / 1000;
		start = performance.now();
		const unchangedCpu = (await ingestWorker(corpus, one).done).total;
		const unchangedSeconds = (performance.now() - start) / 1000;
		return {
			...timedFigures,
			'pg database MB, 1 / 2 workers': sizes,
			'pg one file changed s (CPU s)': `${changedSeconds.toFixed(1)} (${changedCpu.toFixed(1)})`,
			'pg nothing changed s (CPU s)': `${unchangedSeconds.toFixed(1)} (${unchangedCpu.toFixed(1)})`,
			'load average at the re-runs': loadIncremental.toFixed(1),
			'pg 2 workers = 1 worker': compareRuns(expected, twoAnswers, codeChanged),
			'pg killed worker, finished by another': compareRuns(expected, killedAnswers, codeChanged),
			'pg finish after kill s': Math.round(finishSeconds * 10) / 10
		};
	} finally {
		cluster.stop();
	}
}
