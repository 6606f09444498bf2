// A streamed ingest bounds how far V8 lets each heap grow past what it keeps alive before a full
// collection (heap-growth.ts): the same garbage over the same live set peaks far lower while bounded,
// and V8's own growth is back once every run that bounded it is done. Each case runs in a process of
// its own, whose heap holds nothing else.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/lib/server/ingest/heap-growth.ts', import.meta.url));

/** The highest heap use while ~40 MB stay alive and objects that live a while (promoted) come and go. */
async function peakHeapMb(bound: 'none' | 'bounded' | 'released'): Promise<number> {
	const script = `
const { boundHeapGrowth } = await import(${JSON.stringify(MODULE)});
const mode = ${JSON.stringify(bound)};
if (mode !== 'none') {
	const first = boundHeapGrowth();
	const second = boundHeapGrowth();
	second();
	if (mode === 'released') { second(); first(); }
}
const live = [];
for (let i = 0; i < 6e5; i++) live.push({ a: i, b: 'x' + i });
let kept = [];
let peak = 0;
for (let round = 0; round < 150; round++) {
	for (let i = 0; i < 20000; i++) kept.push({ i, s: 'y' + i + round });
	if (kept.length > 200000) kept = [];
	peak = Math.max(peak, process.memoryUsage().heapUsed);
}
console.log(Math.round(peak / 1e6), live.length);
`;
	const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
	expect(stderr).toBe('');
	return Number(stdout.split(' ')[0]);
}

describe('boundHeapGrowth', () => {
	it('keeps the heap closer to its live size while a run holds it, and gives V8 its own growth back after', async () => {
		const [none, bounded, released] = await Promise.all([peakHeapMb('none'), peakHeapMb('bounded'), peakHeapMb('released')]);
		// unbounded, V8 let this heap reach 173-180 MB; bounded, 100 MB
		expect(bounded).toBeLessThan(none * 0.75);
		expect(released).toBeGreaterThan(bounded * 1.3);
	}, 180_000);
});
