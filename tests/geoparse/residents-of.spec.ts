// "residents of X" names where they live whatever they did next, as "in X" does: the name after "residents of"
// (or "inhabitants", "villagers", "townspeople"), and each item of its list, is a place though it is a first name.
// A longer name after it (a tower, a street) stays that name's. Texts written for these tests, against the
// real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a name after "residents of"', () => {
	it('is the place they live in, and so is each item of its list', () => {
		expect(where('Residents of Lawrence and Eudora were told to boil water.', 'Lawrence')).toBe('US 39,-95');
		expect(where('Residents of Lawrence and Eudora were told to boil water.', 'Eudora')).toBe('US 39,-95');
		expect(where('Residents of Chelsea and Lynn were told to boil water.', 'Lynn')).toBe('US 42,-71');
	});

	it('is left to its own words where it is the first or only one, or the list is of buildings', () => {
		expect(where('Residents of Bethany, a care home in Leeds, were moved after the fire.', 'Bethany')).toBe('unmapped');
		expect(where('Residents of Marion, a sheltered housing block in Glasgow, complained about the lift.', 'Marion')).toBe('unmapped');
		expect(where('Residents of Kennedy, Jackson and Adams halls at the university were moved out for repairs.', 'Adams')).toBe('unmapped');
		expect(where('Inhabitants of Atlantis, according to Plato, sank beneath the waves.', 'Atlantis')).toBe('unmapped');
	});

	it('stays a word of a longer name: a tower, a street', () => {
		expect(where('Residents of Grenfell Tower had warned about fire safety for years.', 'Grenfell')).toBe('unmapped');
		expect(where('Residents of Coronation Street will see a wedding next week.', 'Coronation')).toBe('unmapped');
	});
});
