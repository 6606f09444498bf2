// bench:scale's CPU accounting reads what cpu-report.mjs prints at a worker's exit: all its threads'
// seconds and its main thread's, so a ratio run shows what one worker spends beside its main thread.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cores, machineIdleSeconds, reportedCpu } from './pg-cpu.ts';

describe('reportedCpu', () => {
	it('reads the total and the main thread’s seconds, and NaN for a main thread a report leaves out', () => {
		expect(reportedCpu('timeline…\ngazette-cpu-seconds 19.50 main-thread 15.70\n')).toMatchObject({ total: 19.5, mainThread: 15.7 });
		const without = reportedCpu('gazette-cpu-seconds 3.25\n');
		expect(without.total).toBe(3.25);
		expect(without.mainThread).toBeNaN();
	});

	it('reads the kernel’s seconds, the minor page faults and the GC pauses, and NaN for them from an older report', () => {
		expect(reportedCpu('gazette-cpu-seconds 19.50 main-thread 15.70 sys 1.25 faults 412345 gc-pauses 2.40 gcs 310 scavenges 301\n')).toEqual({ total: 19.5, mainThread: 15.7, sys: 1.25, faults: 412345, gcPauses: 2.4, scavenges: 301 });
		const older = reportedCpu('gazette-cpu-seconds 19.50 main-thread 15.70\n');
		expect(older.sys).toBeNaN();
		expect(older.faults).toBeNaN();
		expect(older.gcPauses).toBeNaN();
	});

	it('adds up the reports of a CLI and the child it ran its command in', () => {
		const both = 'gazette-cpu-seconds 80.00 main-thread 70.00 sys 2.00 faults 300000 gc-pauses 3.00 gcs 400 scavenges 380\ngazette-cpu-seconds 0.50 main-thread 0.40 sys 0.10 faults 20000 gc-pauses 0.01 gcs 2 scavenges 2\n';
		expect(reportedCpu(both)).toEqual({ total: 80.5, mainThread: 70.4, sys: 2.1, faults: 320000, gcPauses: 3.01, scavenges: 382 });
	});

	it.skipIf(process.platform !== 'linux')('reads a real report: the main thread’s seconds and the kernel’s, at most the total, and the page faults', () => {
		const child = spawnSync(process.execPath, ['--import', new URL('./cpu-report.mjs', import.meta.url).href, '-e', 'let x = 0; for (let i = 0; i < 3e7; i++) x += i;'], { encoding: 'utf8' });
		const { total, mainThread, sys, faults, gcPauses } = reportedCpu(child.stderr);
		expect(mainThread).toBeGreaterThan(0);
		expect(mainThread).toBeLessThanOrEqual(total + 0.01);
		expect(sys).toBeLessThanOrEqual(total);
		// a Node process faults in thousands of pages to start at all
		expect(faults).toBeGreaterThan(1000);
		expect(gcPauses).toBeGreaterThanOrEqual(0);
	});
});

describe.skipIf(process.platform !== 'linux')('machineIdleSeconds', () => {
	it('counts the cores nobody used: never down, at most every core over the time between two reads', async () => {
		const before = machineIdleSeconds();
		const start = performance.now();
		await new Promise((resolve) => setTimeout(resolve, 300));
		const idle = machineIdleSeconds() - before;
		expect(idle).toBeGreaterThanOrEqual(0);
		// /proc/stat counts in hundredths of a second
		expect(idle).toBeLessThanOrEqual((cores * (performance.now() - start)) / 1000 + 0.02 * cores);
	});
});
