// bench:scale's PostgreSQL part, CPU accounting: the database server's CPU seconds (every process of
// the cluster, exited or alive: backends, autovacuum, checkpointer) and the machine's, read from /proc,
// so a timed run reports what the workers, the server and everything else on the machine spent. On a
// shared machine the wall-clock ratio of 2 workers to 1 swings with the others' load; the CPU seconds
// say how much of that was ours, and bound the ratio the run could reach with the cores to itself.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import type { RunMaintenance } from './pg-run-state.ts';
import type { GeoparseCost } from './timeline-summary.ts';

/**
 * A process's clock ticks (utime + stime, its reaped children's cutime + cstime; fields 14-17 of
 * proc(5)), the kernel's share of each (stime, cstime) and its minor page faults (minflt, cminflt).
 */
function ticksOf(pid: number): { own: number; children: number; ownSys: number; childrenSys: number; faults: number; childrenFaults: number; parent: number } | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').map(Number);
		// fields[0] is proc(5)'s field 3 (state)
		const field = (n: number) => fields[n - 3]!;
		return { own: field(14) + field(15), children: field(16) + field(17), ownSys: field(15), childrenSys: field(17), faults: field(10), childrenFaults: field(11), parent: field(4) };
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

/** What the cluster's processes spent so far: CPU seconds, the kernel's share of them, minor page faults. */
export interface ServerUsage {
	cpu: number;
	sys: number;
	faults: number;
}

/**
 * The cluster's usage so far: the postmaster's own, its exited children's (reaped: backends,
 * autovacuum workers) and its live children's. A backend counted alive is counted reaped once it
 * exits, so the sums only grow.
 */
export function serverUsage(postmaster: number): ServerUsage {
	const main = ticksOf(postmaster);
	if (!main) return { cpu: NaN, sys: NaN, faults: NaN };
	let ticks = main.own + main.children;
	let sys = main.ownSys + main.childrenSys;
	let faults = main.faults + main.childrenFaults;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const child = ticksOf(Number(name));
		if (child && child.parent === postmaster) {
			ticks += child.own;
			sys += child.ownSys;
			faults += child.faults;
		}
	}
	return { cpu: ticks / 100, sys: sys / 100, faults };
}

/** The cluster's CPU seconds so far (serverUsage's). */
export const serverCpuSeconds = (postmaster: number): number => serverUsage(postmaster).cpu;

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
 * have no core for. Then the kernel's share of the total and the minor page faults, and the main
 * thread's garbage-collection pauses (wall seconds) and scavenges (NaN where a report leaves them out).
 * A shared-store ingest runs in a child the CLI starts (src/cli/relaunch.ts), which prints its own
 * report first: a worker's figures are the sum of every report in its output.
 */
export function reportedCpu(stderr: string): { total: number; mainThread: number; sys: number; faults: number; gcPauses: number; scavenges: number } {
	const lines = [...stderr.matchAll(/gazette-cpu-seconds ([\d.]+)(?: main-thread ([\d.]+))?(?: sys ([\d.]+) faults (\d+))?(?: gc-pauses ([\d.]+) gcs \d+ scavenges (\d+))?/g)];
	const at = (i: number) => (lines.length === 0 ? NaN : lines.reduce((sum, line) => sum + Number(line[i] ?? NaN), 0));
	return { total: at(1), mainThread: at(2), sys: at(3), faults: at(4), gcPauses: at(5), scavenges: at(6) };
}

/** One timed run's seconds: wall, its workers' CPU, the server's, and what the rest of the machine spent meanwhile. */
export interface RunCpu {
	wall: number;
	workers: number[];
	/** each worker's main thread's share of `workers` */
	mainThreads: number[];
	/** each worker's kernel seconds (of `workers`) and minor page faults */
	workersSys: number[];
	workersFaults: number[];
	/** each worker's main thread's garbage-collection pauses (wall seconds) and young-generation scavenges */
	gcPauses: number[];
	scavenges: number[];
	server: number;
	serverSys: number;
	serverFaults: number;
	/** the cluster's checkpoints, WAL and autovacuum runs inside the run (pg-run-state.ts) */
	maintenance: RunMaintenance;
	others: number;
	/** CPU seconds no process used (a run that leaves cores idle on a busy machine waits for itself) */
	idle: number;
	/** each worker's main thread's seconds waiting runnable for a core, and asleep (GAZETTE_TIMELINE with schedstat; NaN without) */
	queued: number[];
	asleep: number[];
	/** each worker's geoparse CPU: a text once warm, and its warm-up (timeline-summary.ts; from GAZETTE_TIMELINE) */
	geoparse: GeoparseCost[];
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
	return `${f1(run.wall)} s wall, CPU ${run.workers.map(f1).join(' + ')} (off the main thread ${besides}) + server ${f1(run.server)} = ${f1(spent(run))} s (${(spent(run) / run.wall).toFixed(2)} cores), others ${f1(run.others)} s (${(run.others / run.wall).toFixed(2)} cores), idle ${(run.idle / run.wall).toFixed(2)} cores; GC pauses ${run.gcPauses.map(f1).join(' + ')} s (${run.scavenges.join(' + ')} scavenges); kernel ${kernelShare(run)}; checkpoints, WAL, autovacuum runs own/other ${maintenanceOf(run)}`;
}

/** A run's kernel seconds and minor page faults: workers' + server's, and the microseconds of kernel time per fault. */
export function kernelShare(run: RunCpu): string {
	const sys = [...run.workersSys, run.serverSys];
	const faults = [...run.workersFaults, run.serverFaults];
	const perFault = (sys.reduce((a, b) => a + b, 0) * 1e6) / faults.reduce((a, b) => a + b, 0);
	return `${sys.map(f1).join(' + ')} s / ${faults.map((n) => (n / 1e6).toFixed(2)).join(' + ')} M (${perFault.toFixed(1)} µs a fault)`;
}

/** A run's checkpoints, WAL MB and autovacuum runs in its own database / the others'. */
export function maintenanceOf(run: RunCpu): string {
	const m = run.maintenance;
	return `${m.checkpoints}, ${Math.round(m.walMB)} MB, ${m.autovacuumsOwn}/${m.autovacuumsOther}`;
}
