// A town before its state's word cut short with no comma between ("in Salem Ore. The mayor", "born in Quincy Ill.
// and") is the town of that state (abbreviation-candidates.ts townBeforeStateCutShort, qualified.ts), not a given
// name and a surname; a name no town of that state bears stays what it was. Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town before its state cut short without a comma', () => {
	it('is the town of that state where the stop ends the sentence', () => {
		expect(placeOf(gazetteer, 'The fair opened in Salem Ore. The mayor cut the ribbon.', 'Salem')).toBe('city US/OR');
	});

	it('is the town of that state inside the sentence, each by its own state', () => {
		const text = 'He was born in Quincy Ill. and moved to Lincoln Neb. in 1990.';
		expect(placeOf(gazetteer, text, 'Quincy')).toBe('city US/IL');
		expect(placeOf(gazetteer, text, 'Lincoln')).toBe('city US/NE');
	});

	it('leaves a person whose surname is no state cut short a person', () => {
		expect(readPlaces(gazetteer, 'Quincy Jones played in Portland on Friday.').map((line) => line.split(' → ')[0])).toEqual(['Portland']);
	});
});
