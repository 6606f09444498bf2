// bench:scale's PostgreSQL part: the ingest workers' timelines (GAZETTE_TIMELINE=1, see
// src/lib/store/postgres/timeline.ts) summed per worker and phase, and laid out in time, so the
// critical path and each worker's idle time can be read next to the wall-clock ratio.
import { TIMELINE_PREFIX, type TimelinePhase } from '../../src/lib/store/postgres/timeline.ts';

export function timelineOf(stderr: string): TimelinePhase[] {
	return stderr
		.split('\n')
		.filter((line) => line.startsWith(TIMELINE_PREFIX))
		.map((line) => JSON.parse(line.slice(TIMELINE_PREFIX.length)) as TimelinePhase);
}

const s = (ms: number) => (ms / 1000).toFixed(1);

/** Per worker: each phase's count, wall and CPU seconds, then its phases in order (from the run's start). */
export function summariseTimelines(label: string, workers: TimelinePhase[][], runStart: number): string {
	const lines = [`timeline, ${label} (wall s / CPU s; times from the run's start):`];
	for (const phases of workers) {
		const total = phases.find((p) => p.phase === 'total');
		const pid = phases[0]?.pid ?? 0;
		lines.push(`  worker ${pid}: ${total ? `${s(total.end - total.start)} s wall, ${total.cpu.toFixed(1)} s CPU, ended at ${s(total.end - runStart)}` : 'no total'}`);
		const sums = new Map<string, { n: number; wall: number; cpu: number }>();
		for (const p of phases) {
			if (p.phase === 'total') continue;
			const name = p.phase === 'job' ? `job ${(p.detail ?? '').replace(/:k\d+$/, ':k*')}` : p.phase;
			const sum = sums.get(name) ?? { n: 0, wall: 0, cpu: 0 };
			sum.n++;
			sum.wall += p.end - p.start;
			sum.cpu += p.cpu;
			sums.set(name, sum);
		}
		lines.push(`    ${[...sums].map(([name, v]) => `${name}${v.n > 1 ? `×${v.n}` : ''} ${s(v.wall)}/${v.cpu.toFixed(1)}`).join(', ')}`);
		// the order, merging runs of the same phase (claims, waits, chunks)
		const runs: { name: string; start: number; end: number; n: number }[] = [];
		for (const p of [...phases].filter((p) => p.phase !== 'total').sort((a, b) => a.start - b.start)) {
			const name = p.phase === 'job' ? (p.detail ?? 'job') : p.phase;
			const last = runs.at(-1);
			if (last && last.name === name) {
				last.end = p.end;
				last.n++;
			} else runs.push({ name, start: p.start, end: p.end, n: 1 });
		}
		lines.push(`    ${runs.map((r) => `${s(r.start - runStart)}-${s(r.end - runStart)} ${r.name}${r.n > 1 ? `×${r.n}` : ''}`).join(' | ')}`);
	}
	return lines.join('\n');
}
