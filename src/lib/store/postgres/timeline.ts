// A shared-store ingest worker's timeline, for finding what keeps workers waiting: with
// GAZETTE_TIMELINE=1 each phase (the process's start, the corpus read, the gazetteer, each claim and
// count of the queue, each geoparse, job, wait, chunk and the move-in) is one JSON line on stderr, with
// its wall span (epoch ms) and the CPU the process spent in it (every thread), and where Linux shows it
// (/proc schedstat) what its main thread did meanwhile: ran on a core, waited runnable for one (a busy
// machine), or slept (waited for the database, a lock, a timer: time no load on the machine explains).
// `bench:scale` sums them per worker. Off, it costs nothing.
import { readFileSync } from 'node:fs';

const enabled = process.env.GAZETTE_TIMELINE === '1';
const now = () => performance.timeOrigin + performance.now();
const cpuSeconds = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1e6;
};

export interface TimelinePhase {
	pid: number;
	phase: string;
	detail?: string;
	start: number;
	end: number;
	cpu: number;
	/** the main thread's seconds on a core, and runnable waiting for one (absent without schedstat) */
	ran?: number;
	queued?: number;
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** The main thread's seconds on a core and waiting in a run queue so far (proc(5) schedstat), or null. */
export function mainThreadSched(path = SCHEDSTAT): { ran: number; queued: number } | null {
	try {
		const [ran, queued] = readFileSync(path, 'utf8').trim().split(/\s+/).map(Number);
		return Number.isFinite(ran) && Number.isFinite(queued) ? { ran: ran! / 1e9, queued: queued! / 1e9 } : null;
	} catch {
		return null;
	}
}

const noSched = { ran: 0, queued: 0 };
const ms3 = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** The stderr line's prefix (the bench picks these lines out of the worker's other output). */
export const TIMELINE_PREFIX = 'gazette-timeline ';

function emit(phase: string, start: number, cpuStart: number, schedStart: { ran: number; queued: number } | null, detail?: string): void {
	const sched = schedStart && mainThreadSched();
	const line: TimelinePhase = {
		pid: process.pid,
		phase,
		...(detail ? { detail } : {}),
		start: Math.round(start),
		end: Math.round(now()),
		cpu: ms3(cpuSeconds() - cpuStart),
		...(sched && schedStart ? { ran: ms3(sched.ran - schedStart.ran), queued: ms3(sched.queued - schedStart.queued) } : {})
	};
	process.stderr.write(`\n${TIMELINE_PREFIX}${JSON.stringify(line)}\n`);
}

/** Starts a phase; the function returned ends it (once). */
export function phase(name: string, detail?: string): () => void {
	if (!enabled) return () => {};
	const start = now();
	const cpu = cpuSeconds();
	const sched = mainThreadSched();
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		emit(name, start, cpu, sched, detail);
	};
}

/** Runs `work` as a phase. */
export async function timed<T>(name: string, work: () => Promise<T> | T, detail?: string): Promise<T> {
	const end = phase(name, detail);
	try {
		return await work();
	} finally {
		end();
	}
}

/** The process's start up to now (Node's start and loading the code) as the phase `start`. */
export function startPhase(): void {
	if (!enabled) return;
	// the thread's counts start with it (at the process's start)
	const fromStart = mainThreadSched() && noSched;
	emit('start', performance.timeOrigin, 0, fromStart);
	// the whole process, to its exit
	process.once('exit', () => emit('total', performance.timeOrigin, 0, fromStart));
}
