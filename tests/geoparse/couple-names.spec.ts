// "Harold and Joan Meyer", "Cody and Brianna Hahn": deeds, wedding notices and obituaries name a couple by
// their two first names and the surname they share; the first first name is a person's, not the town of
// that name, even where a list of towns or "to" would read it as a place. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const mapped = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a first name joined by "and" to a first name and a surname', () => {
	it('is one of a couple, not a town', () => {
		const text = 'Land sales recorded this week: 80 acres near Greensburg, Harold and Joan Meyer to Kyle Foust, $400,000. A house in Westport, sold to Cody and Brianna Hahn by Ellen Pike.';
		expect(mapped(text).some((p) => p.startsWith('Cody'))).toBe(false);
	});

	it('but a list of towns stays towns where the second is a place\'s name of two words ("Grant Park")', () => {
		expect(mapped('The storm knocked down trees in Marion and Grant Park on Tuesday night.').some((p) => p.startsWith('Marion'))).toBe(true);
	});

	it('or where the words after the first name go on into a body\'s name ("Clayton Fire Rescue")', () => {
		expect(mapped('Crews from Milton and Clayton Fire Rescue answered the call near Pensacola.')).toContain('Milton → city US/FL');
	});

	it('or where a plural division word follows ("Marion and Warren Counties")', () => {
		expect(mapped('Flooding closed roads in Marion and Warren Counties on Monday.').some((p) => p.startsWith('Marion'))).toBe(true);
	});

	it('nor a residence after "of" that a list of survivors goes on from ("of Madison and David Hale of Memphis")', () => {
		const text = 'He is survived by two sons, Mark Hale of Madison and David Hale of Memphis, Tenn., and a sister in Decatur, Ala.';
		expect(mapped(text).some((p) => p.startsWith('Madison'))).toBe(true);
	});

	it('nor where a weekday or a month follows the two towns ("Madison and Jackson Friday")', () => {
		expect(mapped('Storms hit Madison and Jackson Friday, knocking out power to thousands.').some((p) => p.startsWith('Madison'))).toBe(true);
		expect(mapped('Early voting opened in Tyler and Austin Tuesday, the county clerk said.').some((p) => p.startsWith('Tyler'))).toBe(true);
	});

	it('nor after a placing preposition ("in Tyler and Austin Jones hired her")', () => {
		expect(mapped('She taught in Tyler and Austin Jones hired her after she moved.').some((p) => p.startsWith('Tyler'))).toBe(true);
	});
});
