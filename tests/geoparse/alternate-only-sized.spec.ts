// A name whose one sized bearer has it only as another (old, foreign) name, while towns known only from
// post offices bear it as their own ("Curryville": an old name of a Pennsylvania town, and post offices in
// Missouri and Pennsylvania), is weighed against the text like any ambiguous name instead of being taken
// for that sized town at once. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, placeNameOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name a sized town has only as another name, and post offices as their own', () => {
	it('is the post office\'s town the text\'s other names sit around', () => {
		const text = 'Hog buyers from Bowling Green and Curryville met at the sale barn in Vandalia on Friday.';
		expect(placeNameOf(gazetteer, text, 'Curryville')).toBe('Curryville');
		expect(placeOf(gazetteer, text, 'Curryville')).toBe('city US/MO');
	});

	it('while a city known abroad by its old name keeps it ("Bombay")', () => {
		expect(placeNameOf(gazetteer, 'She was born in Bombay and studied medicine in London before settling in Leeds.', 'Bombay')).toBe('Mumbai');
	});
});
