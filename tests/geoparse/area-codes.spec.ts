// A phone number's area code says which US state a local text is about (src/lib/geoparse/area-codes.ts):
// its towns are weighed there as in a state the text names. Sentences written for these tests, against
// the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('an area code in the text', () => {
	it('places a town among namesakes of like size in the state its numbers ring in', () => {
		expect(placeOf(gazetteer, 'The Columbia animal shelter is open late on Thursdays. Call (573) 555-0142 to adopt.', 'Columbia')).toBe('city US/MO');
		expect(placeOf(gazetteer, 'The Ashland library is open late on Thursdays. Call (419) 281-4000 for hours.', 'Ashland')).toBe('city US/OH');
	});

	it('does so in lower-case text with given spans', () => {
		const text = 'the library in ashland is open late. call 419-281-4000.';
		const start = text.indexOf('ashland');
		expect(readPlaces(gazetteer, text, { geoparse: { spans: [{ start, end: start + 7 }] } })).toEqual(['ashland → city US/OH']);
	});

	it('says nothing through a toll-free number', () => {
		expect(placeOf(gazetteer, 'The Columbia animal shelter is open late on Thursdays. Call (800) 555-0142 to adopt.', 'Columbia')).toBe(placeOf(gazetteer, 'The Columbia animal shelter is open late on Thursdays.', 'Columbia'));
	});
});
