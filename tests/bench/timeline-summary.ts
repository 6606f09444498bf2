// bench:scale's PostgreSQL part: the ingest workers' timelines (GAZETTE_TIMELINE=1, see
// src/lib/store/postgres/timeline.ts) summed per worker and phase, and laid out in time, so the
// critical path and each worker's idle time can be read next to the wall-clock ratio. Where the workers
// report their main thread's scheduling (Linux), each phase's wall splits into on a core, runnable
// waiting for a core (the machine's load, ours or others') and asleep (waiting for the database, a lock
// or a poll: idle time no load explains).
import { TIMELINE_PREFIX, type TimelinePhase } from '../../src/lib/store/postgres/timeline.ts';

export function timelineOf(stderr: string): TimelinePhase[] {
	return stderr
		.split('\n')
		.filter((line) => line.startsWith(TIMELINE_PREFIX))
		.map((line) => JSON.parse(line.slice(TIMELINE_PREFIX.length)) as TimelinePhase);
}

const s = (ms: number) => (ms / 1000).toFixed(1);

/** Phases that are one queue statement each: summed, left out of the phases' order. */
const QUEUE_LOOKS = new Set(['claim', 'count', 'chunk-claim']);

/** A phase's wall seconds its main thread spent neither on a core nor runnable (null without schedstat). */
export function asleep(p: TimelinePhase): number | null {
	if (p.ran === undefined || p.queued === undefined) return null;
	return Math.max(0, (p.end - p.start) / 1000 - p.ran - p.queued);
}

/** The main thread's wall split, from a worker's whole-process phase: on a core, waiting for one, asleep. */
export function mainThreadSplit(total: TimelinePhase | undefined): string {
	const sleeping = total && asleep(total);
	if (!total || sleeping === null || sleeping === undefined) return '';
	return `; main thread on a core ${total.ran!.toFixed(1)} s, runnable waiting for a core ${total.queued!.toFixed(1)} s, asleep ${sleeping.toFixed(1)} s`;
}

/** Per worker: each phase's count, wall and CPU seconds, then its phases in order (from the run's start). */
export function summariseTimelines(label: string, workers: TimelinePhase[][], runStart: number): string {
	const lines = [`timeline, ${label} (wall s / CPU s, main thread asleep; times from the run's start):`];
	for (const phases of workers) {
		const total = phases.find((p) => p.phase === 'total');
		const pid = phases[0]?.pid ?? 0;
		lines.push(`  worker ${pid}: ${total ? `${s(total.end - total.start)} s wall, ${total.cpu.toFixed(1)} s CPU, ended at ${s(total.end - runStart)}${mainThreadSplit(total)}` : 'no total'}`);
		const sums = new Map<string, { n: number; wall: number; cpu: number; asleep: number }>();
		for (const p of phases) {
			if (p.phase === 'total') continue;
			const name = p.phase === 'job' ? `job ${(p.detail ?? '').replace(/:k\d+$/, ':k*')}` : p.phase;
			const sum = sums.get(name) ?? { n: 0, wall: 0, cpu: 0, asleep: 0 };
			sum.n++;
			sum.wall += p.end - p.start;
			sum.cpu += p.cpu;
			sum.asleep += asleep(p) ?? 0;
			sums.set(name, sum);
		}
		// wall / CPU (all threads), and the main thread's sleep where it is a tenth of a second or more
		lines.push(`    ${[...sums].map(([name, v]) => `${name}${v.n > 1 ? `×${v.n}` : ''} ${s(v.wall)}/${v.cpu.toFixed(1)}${v.asleep >= 0.1 ? ` (asleep ${v.asleep.toFixed(1)})` : ''}`).join(', ')}`);
		// the order, merging runs of the same phase (claims, waits, chunks); the queue's claims and counts
		// (a statement each, between the other phases) are in the sums only
		const runs: { name: string; start: number; end: number; n: number }[] = [];
		for (const p of [...phases].filter((p) => p.phase !== 'total' && !QUEUE_LOOKS.has(p.phase)).sort((a, b) => a.start - b.start)) {
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

/**
 * Texts after which a worker's geoparser is taken as warm: a fresh process's first thousands of texts cost
 * several times what the warm code does (V8 compiling it; geoparse-warmup.ts), and every worker pays that once.
 */
export const WARM_AFTER_TEXTS = 3000;

export interface GeoparseCost {
	texts: number;
	/** CPU ms a text over the worker's claims after its first `WARM_AFTER_TEXTS` (NaN: it never got that far) */
	warmMsPerText: number;
	/** CPU s its first texts cost beyond that rate (the gazetteer's load, inside the first claim, left out) */
	warmUp: number;
}

/**
 * A worker's geoparse CPU split into the warm code's cost a text and the warm-up. Two workers spend more
 * geoparse CPU than one for two reasons a pair's total cannot tell apart: the second warm-up (the code's
 * and every worker's, the same each run) and a dearer text while both cores are busy (the machine's).
 */
export function geoparseCost(phases: TimelinePhase[], warmAfter = WARM_AFTER_TEXTS): GeoparseCost {
	let texts = 0;
	const cold = { texts: 0, cpu: 0 };
	const warm = { texts: 0, cpu: 0 };
	for (const p of phases.filter((p) => p.phase === 'geoparse').sort((a, b) => a.start - b.start)) {
		const claimed = Number(p.detail ?? 0);
		const part = texts < warmAfter ? cold : warm;
		part.texts += claimed;
		part.cpu += p.cpu;
		texts += claimed;
	}
	// the gazetteer is loaded at the first claim of texts, inside its geoparse phase
	const gazetteer = phases.filter((p) => p.phase === 'gazetteer').reduce((sum, p) => sum + p.cpu, 0);
	const rate = warm.texts > 0 ? warm.cpu / warm.texts : NaN;
	return { texts, warmMsPerText: rate * 1000, warmUp: cold.cpu - gazetteer - cold.texts * rate };
}
