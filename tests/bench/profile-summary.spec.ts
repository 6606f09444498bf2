// A CPU profile read by function: self and total shares, a recursive function counted once a sample,
// and one function's time broken down by what it called. Profiles made up for these tests.
import { describe, expect, it } from 'vitest';
import { frameName, functionShares, stageShares, type CpuProfile, type ProfileNode } from './profile-summary.ts';

const frame = (id: number, functionName: string, children: number[] = [], url = `file:///repo/src/lib/geoparse/${functionName}.ts`): ProfileNode => ({ id, callFrame: { functionName, url }, children });

// (root) → parse → judge → lookup; parse → lookup; (root) → judge → judge (recursion); (root) → (garbage collector)
const profile: CpuProfile = {
	nodes: [frame(1, '(root)', [2, 5, 7], ''), frame(2, 'parse', [3, 6]), frame(3, 'judge', [4]), frame(4, 'lookup'), frame(5, 'judge', [8]), frame(6, 'lookup'), frame(7, '(garbage collector)', [], ''), frame(8, 'judge')],
	// 10 samples: 3 in parse→judge→lookup, 2 in parse itself, 1 in parse→lookup, 2 in judge→judge, 2 collecting garbage
	samples: [4, 4, 4, 2, 2, 6, 8, 8, 7, 7]
};

const shareOf = (name: string, under?: string) => functionShares(profile, under).find((share) => share.name.startsWith(`${name} `) || share.name === name);

describe('functionShares', () => {
	it('gives each function the samples it ran in (self) and those with it anywhere on the stack (total)', () => {
		expect(shareOf('parse')).toMatchObject({ self: 0.2, total: 0.6 });
		expect(shareOf('lookup')).toMatchObject({ self: 0.4, total: 0.4 });
		expect(shareOf('(garbage collector)')).toMatchObject({ self: 0.2, total: 0.2 });
	});

	it('counts a function on the stack twice (recursion) once a sample, and sums its call sites', () => {
		// judge: 3 samples under parse, 2 in its recursion; self only in the recursion's inner frame
		expect(shareOf('judge')).toMatchObject({ self: 0.2, total: 0.5 });
	});

	it('leaves out the root frame, and lists the largest total first', () => {
		const names = functionShares(profile).map((share) => share.name);
		expect(names.some((name) => name.startsWith('(root)'))).toBe(false);
		expect(names[0]).toMatch(/^parse /);
	});

	it('under a function, counts only the frames it called, as shares of the whole profile', () => {
		const underParse = functionShares(profile, 'parse');
		expect(underParse.map((share) => share.name.split(' ')[0]).sort()).toEqual(['judge', 'lookup']);
		expect(shareOf('lookup', 'parse')).toMatchObject({ self: 0.4, total: 0.4 });
		expect(shareOf('judge', 'parse')).toMatchObject({ self: 0, total: 0.3 });
		// the recursion's inner judge is what the outer one called
		expect(shareOf('judge', 'judge')).toMatchObject({ self: 0.2, total: 0.2 });
	});
});

describe('frameName', () => {
	it('names the function and its file below src/lib, or the last two parts of another address', () => {
		expect(frameName({ functionName: 'read', url: 'file:///work/x/src/lib/geoparse/name-lookup.ts' })).toBe('read geoparse/name-lookup.ts');
		expect(frameName({ functionName: '', url: 'node:internal/modules/esm/hooks' })).toBe('(anonymous) esm/hooks');
		expect(frameName({ functionName: '(idle)', url: '' })).toBe('(idle)');
	});
});

describe('stageShares', () => {
	// (root) → parse → judge → lookup; parse → lookup; (root) → judge → judge; (root) → (garbage collector)
	it('gives each sample to the first function outside the orchestrators below them, or to the orchestrator running', () => {
		const stages = stageShares(profile, new Set(['geoparse/parse.ts']));
		const share = (name: string) => stages.find((stage) => stage.name.startsWith(name))?.share;
		// judge's 3 samples under parse are judge's (lookup inside it counts for judge); parse → lookup is lookup's
		expect(share('judge ')).toBe(0.3);
		expect(share('lookup ')).toBe(0.1);
		expect(share('(self) parse ')).toBe(0.2);
		// never inside the orchestrator: the running frame's, marked outside (judge's own recursion), or the collector's
		expect(share('(outside) judge ')).toBe(0.2);
		expect(share('(garbage collector)')).toBe(0.2);
		expect(stages.reduce((sum, stage) => sum + stage.share, 0)).toBeCloseTo(1);
	});
});
