// nearby-unheld.ts: a town read where it is only because a namesake of another name of the text lies near it, while
// that other name was read elsewhere, is its biggest namesake, where a place the text resolved lies near that one.
// Texts written for these tests (none copied), against the real gazetteer; world-s55 leads ("Flights from Palma to
// Manchester and Bristol").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a town placed by a nearness no resolved place holds', () => {
	it('is the biggest namesake, near the places the text resolved', () => {
		expect(where('Flights from Palma to Manchester and Bristol were cancelled on Saturday.', 'Manchester')).toBe('GB 53,-2');
		expect(where('Rail services between Manchester and Bristol were suspended after the storm.', 'Manchester')).toBe('GB 53,-2');
	});

	it('stays where the text resolved other towns near it', () => {
		expect(where('Snow closed schools in Manchester and Nashua on Monday.', 'Manchester')).toBe('US 43,-71');
		expect(where('The band played Manchester and Bristol, Connecticut, last week.', 'Manchester')).toBe('US 42,-73');
	});
});
