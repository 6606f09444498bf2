// A county that only its size or the text's country chose among its namesakes is the county of a town the
// text placed by its parents in another of them ("Paris … Henry County": Tennessee's, not Georgia's).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a county named with a town placed in one of its namesakes', () => {
	it('is that town’s county', () => {
		const greeting = 'Greetings from Paris! Our small town lies in the green hills of Henry County.';
		expect(placeOf(gazetteer, greeting, 'Paris')).toBe('city US/TN');
		expect(placeOf(gazetteer, greeting, 'Henry County')).toBe('district US/TN');
	});

	it('also where the text\'s country is all that chose the county (a US road: every Henry County is American)', () => {
		const visitors = 'Welcome to Paris! Our community lies in the rolling hills of Henry County, and visitors come on U.S. 79 from Clarksville.';
		expect(placeOf(gazetteer, visitors, 'Paris')).toBe('city US/TN');
		expect(placeOf(gazetteer, visitors, 'Henry County')).toBe('district US/TN');
	});

	it('keeps a reading its own words give it', () => {
		expect(placeOf(gazetteer, 'Henry County, Georgia, is growing fast; Paris, Tennessee, is not.', 'Henry County')).toBe('district US/GA');
	});
});
