// A state's own name against the towns named after it, and a state the text names by its abbreviation.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a state named bare', () => {
	it('is the state, not a town named after it that one namesake of another name lies near', () => {
		// California, Pennsylvania lies near Washington, Pennsylvania and West Virginia
		const text = 'The governor said thousands of people voted illegally in California. Officials in West Virginia and Washington disagreed.';
		expect(placeOf(gazetteer, text, 'California')).toBe('region US/CA');
	});

	it('still yields to a town that the text places near other names', () => {
		expect(placeOf(gazetteer, 'The parade went from Peoria through Washington to Morton and East Peoria.', 'Washington')).toBe('city US/IL');
	});
});

describe('a state the text names by its abbreviation', () => {
	it('is what its full name means later, not the capital of that name', () => {
		const text = 'SPOKANE, Wash. — The response team spends most of its time at home in Washington. Trips to Alaska, Hawaii and Guam are rarer.';
		expect(placeOf(gazetteer, text, 'Washington')).toBe('region US/WA');
	});

	it('is no abbreviation where a word cut short ends a longer name and its sentence ("Beira Alta.")', () => {
		const names = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);
		expect(names('Linhares da Beira is a village in the Guarda District of Portugal, in the historical province of Beira Alta. It stands at 820 m.')).not.toContain('Alta. CA');
		expect(names('EDMONTON, Alta. — The province cut taxes. She moved from Lethbridge Alta. to Red Deer, Alta. in 1990.').filter((n) => n.startsWith('Alta.'))).toEqual(['Alta. CA', 'Alta. CA', 'Alta. CA']);
		// (a town of the abbreviated state before it: the town and its state without the comma)
		expect(names('She was born in Macon Ga. She taught school in Dublin, Ga.')).toEqual(expect.arrayContaining(['Macon US', 'Ga. US']));
		expect(names('12 Elm St., Salem Ore.\nThe council meets in Salem.')).toContain('Ore. US');
		expect(names('The firm opened near Fort Myers Fla. The owners are from Ohio.')).toContain('Fla. US');
		// (any place of the state, a county too: wider than the test that makes the name before it a town)
		expect(names('He was raised in Orange County Calif. His father taught.')).toContain('Calif. US');
	});

	it('leaves the capital to a text that names no such state', () => {
		expect(placeOf(gazetteer, 'The team spends most of its time at home in Washington. Trips to Alaska, Hawaii and Guam are rarer.', 'Washington')).toBe('city US/DC');
	});
});

describe("a state's own office after its name", () => {
	it('makes the name the state, not the city the gazetteer gives the bare name', () => {
		expect(placeOf(gazetteer, 'Washington Gov. Jay Inslee signed the bill on Tuesday.', 'Washington')).toBe('region US/WA');
		expect(placeOf(gazetteer, 'Oklahoma Gov. Kevin Stitt vetoed the measure.', 'Oklahoma')).toBe('region US/OK');
		expect(placeOf(gazetteer, 'The New York Legislature passed the budget late.', 'New York')).toBe('region US/NY');
	});

	it('makes a country-named state the state ("the Georgia General Assembly")', () => {
		expect(placeOf(gazetteer, 'The Georgia General Assembly met on Monday.', 'Georgia')).toBe('region US/GA');
	});

	it('is not any word for lawmakers, which nations have too', () => {
		expect(placeOf(gazetteer, 'Georgia lawmakers passed the bill on Tuesday.', 'Georgia')).toBe('country GE/null');
	});
});
