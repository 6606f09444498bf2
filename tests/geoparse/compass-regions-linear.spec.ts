// Whether only position names place the text in a region's country is asked of every position name the text reads
// as a region: it is answered once a text for each region, so a text that repeats "the North-West and South-West
// regions" n times asks it of each region once, not n times (16,000 repeats took 23.7 s before, 3.9 s after). So is
// whether an Upper or Lower name ("Upper East") has another place of the text in its country: the text's places by
// country are gathered once (16,000 repeats of "Voters in Upper East met in Lyon." took 7.0 s before, ~1.2 s for its
// like without the name).
// Written for these tests (none copied).
import { describe, expect, it, vi } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const calls = vi.hoisted(() => ({ asked: 0, gathered: 0 }));
vi.mock('../../src/lib/geoparse/compass-span.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/compass-span.ts')>();
	return {
		...actual,
		placedByCompassNamesAlone: (...args: Parameters<typeof actual.placedByCompassNamesAlone>) => (calls.asked++, actual.placedByCompassNamesAlone(...args))
	};
});
vi.mock('../../src/lib/geoparse/places-by-country.ts', async (original) => {
	const actual = await original<typeof import('../../src/lib/geoparse/places-by-country.ts')>();
	return { ...actual, placesOfEachCountry: (...args: Parameters<typeof actual.placesOfEachCountry>) => (calls.gathered++, actual.placesOfEachCountry(...args)) };
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

	it('have the text’s places by country gathered once for every Upper or Lower name', async () => {
		const gazetteer = await testGazetteer();
		const gathered = (n: number): number => {
			calls.gathered = 0;
			const toponyms = geoparse('Voters in Upper East met in Lyon. '.repeat(n), gazetteer);
			// (Upper East, the only place of Ghana in the text, stays Ghana's region: the test was asked)
			expect(toponyms.filter((t) => t.country === 'GH')).toHaveLength(n);
			return calls.gathered;
		};
		expect(gathered(20)).toBe(1);
		expect(gathered(200)).toBe(1);
	});
});
