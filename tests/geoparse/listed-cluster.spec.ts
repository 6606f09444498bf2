// "Marion, Herrin and Benton will share an ambulance": a list of a county's towns written bare, some of them also
// first names or words, with no preposition placing any. A first name's or a word's town lying within 50 km of the
// towns of two other items of the list (one kept as a small place on its own) is that town. Lists of people named
// like places keep no such cluster and stay unmapped. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a first name or a word listed bare among towns that lie together', () => {
	it('is the town among them', () => {
		expect(where('Williamson County. Marion, Herrin and Benton will share a new ambulance service.', 'Benton')).toBe('US 38,-89');
		expect(where('Williamson County. Marion, Herrin and Benton will share a new ambulance service.', 'Marion')).toBe('US 38,-89');
		expect(where('Trustees in Loyal, Greenwood and Granton approved the plan Tuesday.', 'Loyal')).toBe('US 45,-90');
		expect(where('Stuart, Jensen Beach and Palm City will get new sidewalks.', 'Stuart')).toBe('US 27,-80');
	});

	it('leaves lists of people named like places unmapped', () => {
		expect(where('He thanked Jordan, Chase and Austin for their help.', 'Chase')).toBe('unmapped');
		expect(where('Grant, Sherman and Lee led the armies of the war.', 'Lee')).toBe('unmapped');
		expect(where('Dinner guests included Florence, Eugene and Chester.', 'Chester')).toBe('unmapped');
		// (a well-known name among them is no small town kept on its own)
		expect(where('Washington, Jefferson, Madison and Monroe were the first Virginians to hold the presidency.', 'Monroe')).toBe('unmapped');
		expect(where('The portraits of Washington, Lincoln and Jefferson hang in the hall.', 'Jefferson')).toBe('unmapped');
		expect(where('Streets named Washington, Adams, Jefferson and Madison run east from the courthouse.', 'Jefferson')).toBe('unmapped');
	});
});
