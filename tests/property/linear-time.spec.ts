// The linear-time budget counts a reader's own work: time the reader spends waiting for a core (other
// processes on a loaded machine) is not counted, so a busy CI machine cannot fail a linear reader.
import { describe, expect, it } from 'vitest';
import { measure } from './linear-time.ts';

/** Blocks the thread for `ms` without using the CPU, as a process does while others hold the cores. */
function waitWithoutWork(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('the linear-time measure', () => {
	it('does not count time spent waiting, only work', () => {
		// a linear reader that is kept waiting on the larger input only, as a run longer than a time slice is
		const read = (input: string) => {
			let sum = 0;
			for (let i = 0; i < input.length; i++) sum = (sum + input.charCodeAt(i)) | 0;
			if (input.length > 10_000) waitWithoutWork(200);
			return sum;
		};
		const timing = measure({ make: (size) => 'a'.repeat(size), read }, 2_000);
		expect(timing.large, JSON.stringify(timing)).toBeLessThan(timing.budget);
	});
});
