// The shared-store workers' timelines split each phase's wall time into the main thread's time on a
// core, runnable waiting for one, and asleep: a worker that sleeps waits for the database, a lock or a
// poll, which no load on the machine explains.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mainThreadSched, type TimelinePhase } from '../../src/lib/store/postgres/timeline.ts';
import { asleep, geoparseCost, summariseTimelines, timelineOf } from './timeline-summary.ts';

const TIMELINE = new URL('../../src/lib/store/postgres/timeline.ts', import.meta.url).href;

const phaseOf = (wall: number, extra: Partial<TimelinePhase> = {}): TimelinePhase => ({ pid: 1, phase: 'chunk-stage', start: 1000, end: 1000 + wall * 1000, cpu: 0.2, ...extra });

describe('asleep', () => {
	it('is the wall time neither on a core nor waiting for one', () => {
		expect(asleep(phaseOf(2, { ran: 0.5, queued: 0.3 }))).toBeCloseTo(1.2, 6);
		expect(asleep(phaseOf(1, { ran: 0.7, queued: 0.4 }))).toBe(0);
	});

	it('is unknown for a phase reported without the scheduler’s figures', () => {
		expect(asleep(phaseOf(2))).toBeNull();
	});

	it('is summed per phase in the summary, and left out under a tenth of a second', () => {
		const phases = [phaseOf(2, { ran: 0.5, queued: 0.3 }), phaseOf(1, { ran: 0.5, queued: 0.2 }), { ...phaseOf(1, { ran: 0.9, queued: 0.05 }), phase: 'chunk-work' }];
		const summary = summariseTimelines('test', [phases], 0);
		expect(summary).toContain('chunk-stage×2 3.0/0.4 (asleep 1.5)');
		expect(summary).toMatch(/chunk-work 1\.0\/0\.2(,|\n|$)/);
	});

	it('sums the queue’s claims and counts, and leaves them out of the phases’ order (one statement each, between the others)', () => {
		const at = (phase: string, start: number, end: number): TimelinePhase => ({ pid: 1, phase, start, end, cpu: 0 });
		const phases = [at('claim', 0, 10), at('geoparse', 10, 500), at('count', 500, 520), at('claim', 520, 530), at('geoparse', 530, 1000)];
		const summary = summariseTimelines('test', [phases], 0);
		expect(summary).toContain('claim×2 0.0/0.0, geoparse×2 1.0/0.0, count 0.0/0.0');
		expect(summary).toContain('0.0-1.0 geoparse×2');
	});
});

describe.skipIf(process.platform !== 'linux')('mainThreadSched', () => {
	it('reads the main thread’s time on a core, and null where there is no schedstat', () => {
		let x = 0;
		for (let i = 0; i < 2e7; i++) x += i;
		expect(x).toBeGreaterThan(0);
		expect(mainThreadSched()!.ran).toBeGreaterThan(0);
		expect(mainThreadSched('/proc/self/task/0/no-such-file')).toBeNull();
	});

	it('a worker’s phase spent in a timer is asleep, one spent computing is not', () => {
		const script = `
			const { phase, startPhase } = await import(${JSON.stringify(TIMELINE)});
			startPhase();
			const waiting = phase('wait-chunks');
			await new Promise((resolve) => setTimeout(resolve, 400));
			waiting();
			const working = phase('chunk-work');
			let x = 0;
			for (let i = 0; i < 3e8; i++) x += i;
			working();
		`;
		const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, GAZETTE_TIMELINE: '1' } });
		const phases = timelineOf(child.stderr);
		const waited = phases.find((p) => p.phase === 'wait-chunks')!;
		const worked = phases.find((p) => p.phase === 'chunk-work')!;
		expect(asleep(waited)).toBeGreaterThan(0.3);
		// a busy loop never sleeps: its wall is on a core or waiting for one (a loaded machine)
		expect(asleep(worked)!).toBeLessThan(0.05 + (worked.end - worked.start) / 1000 / 10);
		expect(worked.ran).toBeGreaterThan(0);
		expect(phases.find((p) => p.phase === 'total')!.ran).toBeGreaterThan(0);
	});
});

describe('geoparseCost', () => {
	const claim = (start: number, texts: number, cpu: number): TimelinePhase => ({ pid: 1, phase: 'geoparse', detail: String(texts), start, end: start + 1, cpu });

	it('takes the rate a text after the first texts, and what those cost beyond it less the gazetteer as the warm-up', () => {
		// 100 texts a claim: the first 300 at 5, 3 and 2 ms a text (the first claim also loads the gazetteer: 1.5 s), then 1 ms a text
		const phases = [claim(0, 100, 0.5 + 1.5), { pid: 1, phase: 'gazetteer', start: 0, end: 1, cpu: 1.5 }, claim(10, 100, 0.3), claim(20, 100, 0.2), claim(30, 100, 0.1), claim(40, 100, 0.1)];
		// given out of order: the claims are taken in time order
		const cost = geoparseCost([...phases].reverse(), 300);
		expect(cost.texts).toBe(500);
		expect(cost.warmMsPerText).toBeCloseTo(1, 9);
		expect(cost.warmUp).toBeCloseTo(0.5 + 0.3 + 0.2 - 0.3, 9);
	});

	it('has no warm rate for a worker that geoparsed no more than the warm-up', () => {
		const cost = geoparseCost([claim(0, 40, 0.4), claim(10, 40, 0.2)], 3000);
		expect(cost.texts).toBe(80);
		expect(cost.warmMsPerText).toBeNaN();
	});
});
