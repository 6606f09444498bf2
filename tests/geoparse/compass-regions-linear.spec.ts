// Whether only position names place the text in a region's country is asked of every position name the text reads
// as a region: it is answered once a text for each region, so a text that repeats "the North-West and South-West
// regions" n times asks it of each region once, not n times (16,000 repeats took 23.7 s before, 3.9 s after).
// Written for these tests (none copied).
import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const calls = vi.hoisted(() => ({ asked: 0 }));
vi.mock('../../src/lib/geoparse/compass-span.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/compass-span.ts')>();
	return { ...actual, placedByCompassNamesAlone: (...args: Parameters<typeof actual.placedByCompassNamesAlone>) => (calls.asked++, actual.placedByCompassNamesAlone(...args)) };
});

describe('compass regions placed by each other alone', () => {
	it('are weighed once a text for each region however often the text repeats them', async () => {
		const gazetteer = await testGazetteer();
		const asked = (n: number): number => {
			calls.asked = 0;
			geoparse('Voting was low in the North-West and South-West regions and calm in Douala. '.repeat(n), gazetteer);
			return calls.asked;
		};
		const once = asked(20);
		expect(once).toBeGreaterThan(0);
		expect(asked(200)).toBe(once);
	});
});
