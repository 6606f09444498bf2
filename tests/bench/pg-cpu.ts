// bench:scale's PostgreSQL part, CPU accounting: the database server's CPU seconds (every process of
// the cluster, exited or alive: backends, autovacuum, checkpointer) and the machine's, read from /proc,
// so a timed run reports what the workers, the server and everything else on the machine spent. On a
// shared machine the wall-clock ratio of 2 workers to 1 swings with the others' load; the CPU seconds
// say how much of that was ours, and bound the ratio the run could reach with the cores to itself.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';

/** utime, stime, cutime, cstime (fields 14-17 of proc(5)) of a process, in clock ticks. */
function ticksOf(pid: number): { own: number; children: number; parent: number } | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return { own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]), parent: Number(fields[1]) };
	} catch {
		return null; // gone meanwhile
	}
}

/** The postmaster's pid (the checkpointer's parent). */
export async function postmasterOf(url: string): Promise<number> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		const pid = (await client.query(`SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'`)).rows[0]?.pid as number | undefined;
		if (pid === undefined) throw new Error('no checkpointer: not a PostgreSQL server this bench can see');
		return ticksOf(pid)!.parent;
	} finally {
		await client.end();
	}
}

/**
 * The cluster's CPU seconds so far: the postmaster's own, its exited children's (reaped: backends,
 * autovacuum workers) and its live children's. A backend counted alive is counted reaped once it
 * exits, so the sum only grows.
 */
export function serverCpuSeconds(postmaster: number): number {
	const main = ticksOf(postmaster);
	if (!main) return NaN;
	let ticks = main.own + main.children;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const child = ticksOf(Number(name));
		if (child && child.parent === postmaster) ticks += child.own;
	}
	return ticks / 100;
}

/** The machine's busy CPU seconds so far, every core (/proc/stat: all but idle and iowait). */
export function machineCpuSeconds(): number {
	const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
	const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
	return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** The machine's idle CPU seconds so far, every core (/proc/stat: idle and iowait): cores nobody used. */
export function machineIdleSeconds(): number {
	const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
	return (Number(fields[3]) + Number(fields[4])) / 100;
}

/** Waits (up to `maxMs`) until the server spends under 2% of a core: a run's leftovers (autovacuum) are not the next run's. */
export async function settle(postmaster: number, maxMs = 15_000): Promise<void> {
	const end = Date.now() + maxMs;
	let last = serverCpuSeconds(postmaster);
	while (Date.now() < end) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const now = serverCpuSeconds(postmaster);
		if (now - last < 0.02) return;
		last = now;
	}
}

/**
 * The CPU seconds cpu-report.mjs printed at a worker's exit: all its threads', and its main thread's
 * (NaN where /proc does not show it). What is not the main thread's is V8's compiler and GC helpers
 * (and any worker threads): CPU one worker spends on a second core, which two workers on two cores
 * have no core for.
 */
export function reportedCpu(stderr: string): { total: number; mainThread: number } {
	const line = /gazette-cpu-seconds ([\d.]+)(?: main-thread ([\d.]+))?/.exec(stderr);
	return { total: Number(line?.[1] ?? NaN), mainThread: Number(line?.[2] ?? NaN) };
}

/** One timed run's seconds: wall, its workers' CPU, the server's, and what the rest of the machine spent meanwhile. */
export interface RunCpu {
	wall: number;
	workers: number[];
	/** each worker's main thread's share of `workers` */
	mainThreads: number[];
	server: number;
	others: number;
	/** CPU seconds no process used (a run that leaves cores idle on a busy machine waits for itself) */
	idle: number;
	/** each worker's main thread's seconds waiting runnable for a core, and asleep (GAZETTE_TIMELINE with schedstat; NaN without) */
	queued: number[];
	asleep: number[];
}

export const cores = cpus().length;

/** The CPU seconds a run of all `workers` and the server spent. */
export const spent = (run: RunCpu) => run.workers.reduce((a, b) => a + b, 0) + run.server;

/**
 * One pair's figures. `cpu`: the CPU seconds 2 workers and their server spend over what 1 and its
 * server spend (work the second worker adds: its start, what it reads that the first made, contention).
 * With the cores to themselves, 2 workers take at least their CPU seconds over the cores, so
 * `ceiling` = cores × (1 worker's wall) / (2 workers' CPU seconds) bounds the ratio; it means that
 * only when the rest of the machine was idle (`others`), as 1 worker's wall is longer on a busy one.
 * Equivalently ceiling = cores / oneCores / cpu, oneCores being what 1 worker and its server keep busy.
 */
export function pairFigures(one: RunCpu, two: RunCpu) {
	return {
		ratio: one.wall / two.wall,
		cpu: spent(two) / spent(one),
		ceiling: one.wall / (spent(two) / cores),
		oneCores: spent(one) / one.wall,
		twoCores: spent(two) / two.wall
	};
}

const f1 = (n: number) => n.toFixed(1);

export function describeRun(run: RunCpu): string {
	const besides = run.workers.map((cpu, i) => f1(cpu - run.mainThreads[i]!)).join(' + ');
	return `${f1(run.wall)} s wall, CPU ${run.workers.map(f1).join(' + ')} (off the main thread ${besides}) + server ${f1(run.server)} = ${f1(spent(run))} s (${(spent(run) / run.wall).toFixed(2)} cores), others ${f1(run.others)} s (${(run.others / run.wall).toFixed(2)} cores), idle ${(run.idle / run.wall).toFixed(2)} cores`;
}
