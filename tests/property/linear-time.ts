// A linear-time budget asserted as ratios measured in the same test, never as a wall-clock constant:
// a reader on an input `SCALE` times larger may take at most `SCALE × SLOWDOWN` times as long as on
// the smaller one, plus slack proportional to a plain scan of the larger input. Quadratic code takes
// SCALE² times as long and fails.
//
// Time is the CPU time this process spends, not the wall clock: on a machine with more runnable
// processes than cores, a run shorter than the scheduler's time slice often finishes unhindered while
// a longer one waits its turn over and over, so wall-clock ratios grow with the load (at load 17 on
// 2 cores, a 1 MB text read in 4 ms of CPU took 80 ms on the wall clock, its 100 KB tenth 0.3 ms both).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';

// A collection before each timed run, so that a pause for earlier garbage (the gazetteer's heap is
// large) does not land in the run being measured.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export const SCALE = 10;
/** generous (quadratic code is SCALE = 10 times over it): a loaded 2-core machine, GC, JIT warm-up */
const SLOWDOWN = 5;
/** a plain scan costs almost nothing; this many scans of the large input is the fixed slack */
const SCAN_SLACK = 1000;

/** CPU milliseconds of this process (every thread: the collector's helpers work for the run too) */
function cpuTime(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

function elapsed(run: () => void): number {
	collectGarbage();
	const start = cpuTime();
	run();
	return cpuTime() - start;
}

/** The fastest of `times` runs: noise only ever adds time. */
export function fastest(run: () => void, times: number): number {
	let best = Infinity;
	for (let i = 0; i < times; i++) best = Math.min(best, elapsed(run));
	return best;
}

/** A plain pass over every character: the cost any reader must pay at least. */
export function plainScan(text: string): number {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
	return sum;
}

export interface LinearCase {
	/** the input of (about) `size` characters */
	make: (size: number) => string;
	read: (input: string) => unknown;
}

export interface Timing {
	small: number;
	large: number;
	scan: number;
	budget: number;
}

export function measure({ make, read }: LinearCase, smallSize: number): Timing {
	const small = make(smallSize);
	const large = make(smallSize * SCALE);
	read(small); // warm-up: compile the code paths this input takes
	const scan = fastest(() => plainScan(large), 5);
	const smallTime = fastest(() => read(small), 3);
	const budget = SCALE * SLOWDOWN * smallTime + SCAN_SLACK * scan + 5;
	// The large input, the costly run, is timed again only while it is over the budget (noise only adds
	// time): a linear reader pays for one large run, not three, so a loaded machine runs the specs sooner.
	let largeTime = Infinity;
	for (let round = 0; round < 3 && largeTime >= budget; round++) largeTime = Math.min(largeTime, elapsed(() => read(large)));
	return { small: smallTime, large: largeTime, scan, budget };
}

/** fast-check options for timing properties: a failure is reported at once, not shrunk by re-timing. */
export const TIMED_RUNS = { numRuns: 3, endOnFailure: true };

export function expectLinear(name: string, testCase: LinearCase, smallSize: number): Timing {
	const timing = measure(testCase, smallSize);
	expect(timing.large, `${name}: ${JSON.stringify(timing)}`).toBeLessThan(timing.budget);
	return timing;
}
