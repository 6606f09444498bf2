// "the nearby towns of Wentworth and Chester": a plural noun of settlements and "of" before a list call each
// of its items a place of that kind, however common a first name or word it is. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a list after "the towns of"', () => {
	it('is a list of places', () => {
		const county = 'Madison is the seat of Lake County, South Dakota; the nearby towns of Wentworth and Chester are in the same county.';
		expect(placeOf(gazetteer, county, 'Chester')).toBe('city US/SD');
		const villages = 'Flooding cut off the villages of Ashby, Hope and Lee in Aroostook County, Maine.';
		expect(placeOf(gazetteer, villages, 'Lee')).toBe('city US/ME');
	});

	it('but not a group named after it ("the communities of …")', () => {
		expect(placeOf(gazetteer, 'Leaders of the communities of Chester spoke.', 'Chester')).toBe('(none)');
	});
});
