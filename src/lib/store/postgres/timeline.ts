// A shared-store ingest worker's timeline, for finding what keeps workers waiting: with
// GAZETTE_TIMELINE=1 each phase (the process's start, the corpus read, the gazetteer, each claim,
// job, wait, chunk and the move-in) is one JSON line on stderr, with its wall span (epoch ms) and the
// CPU the process spent in it (every thread). `bench:scale` sums them per worker. Off, it costs nothing.

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
}

/** The stderr line's prefix (the bench picks these lines out of the worker's other output). */
export const TIMELINE_PREFIX = 'gazette-timeline ';

function emit(phase: string, start: number, cpuStart: number, detail?: string): void {
	const line: TimelinePhase = { pid: process.pid, phase, ...(detail ? { detail } : {}), start: Math.round(start), end: Math.round(now()), cpu: Math.round((cpuSeconds() - cpuStart) * 1000) / 1000 };
	process.stderr.write(`\n${TIMELINE_PREFIX}${JSON.stringify(line)}\n`);
}

/** Starts a phase; the function returned ends it (once). */
export function phase(name: string, detail?: string): () => void {
	if (!enabled) return () => {};
	const start = now();
	const cpu = cpuSeconds();
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		emit(name, start, cpu, detail);
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
	emit('start', performance.timeOrigin, 0);
	// the whole process, to its exit
	process.once('exit', () => emit('total', performance.timeOrigin, 0));
}
