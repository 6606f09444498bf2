// A score line pairs two sides named for their towns ("Stratford 35, Maud 14"): where one side is read as a
// place, the other is one too, though its name alone is a first name, an English word or a sentence's first
// word. A vote count (thousands written with a comma), a person's age after a comma, and a list of names with
// ages ("grandchildren Austin 12, Calvin 9 and Maud 4") or figures under a statistic's label ("Yards rushing:")
// are no score line. Texts written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a side of a score line', () => {
	it('is a place where the other side is one', () => {
		expect(where("Friday's scores. Wetumka 22, Calvin 18. Stratford 35, Maud 14. Sasakwa 41, Dustin 7.", 'Maud')).toBe('US 35,-97');
		expect(where('Girls basketball: Maud 48, Wetumka 40; Calvin 52, Stratford 45.', 'Maud')).toBe('US 35,-97');
	});

	it('is no place in a vote count, after an age, or in a list of names with ages', () => {
		expect(where('Unofficial results for mayor of Wetumka: Warren 1,204, Calvin 987.', 'Calvin')).toBe('unmapped');
		expect(where('Maud, 34, of Wetumka, was charged Tuesday.', 'Maud')).toBe('unmapped');
		expect(where('Survivors include grandchildren Austin 12, Calvin 9 and Maud 4.', 'Maud')).toBe('unmapped');
	});

	it('is no place under a statistic\'s label (players\' or bowlers\' figures)', () => {
		expect(where('Yards rushing: Marion 112, Warren 87.', 'Marion')).toBe('unmapped');
		expect(where('Bowling league high series: Dallas 680, Shelby 655.', 'Shelby')).toBe('unmapped');
	});
});
