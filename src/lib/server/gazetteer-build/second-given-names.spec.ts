// The second list of given names joins the lexicon only with names that name nobody but a person.
import { describe, expect, it } from 'vitest';
import { secondGivenNames } from './second-given-names.ts';

// own names of places: a big US city, a US post office, a town abroad, a village abroad of 655, a country, a region
const placeNames = new Set(['houston', 'sigurd', 'milan', 'kaden', 'kenya', 'alba']);
const read = (names: string[], first: string[] = [], common: Record<string, number> = {}) => secondGivenNames(names, new Set(first), common, (key) => placeNames.has(key));

describe('the second list of given names', () => {
	it('adds, in lower case and sorted, the names the first list lacks', () => {
		expect(read(['Tyree', 'Jaylen', 'Amari', 'Walter'], ['walter'])).toEqual(['amari', 'jaylen', 'tyree']);
	});

	it('leaves out a name that is an everyday word', () => {
		expect(read(['Autumn', 'Jace'], [], { autumn: 900 })).toEqual(['jace']);
	});

	it("leaves out a name that is any place's own name, however small", () => {
		expect(read(['Houston', 'Sigurd', 'Milan', 'Kaden', 'Kenya', 'Alba', 'Tyree'])).toEqual(['tyree']);
	});
});
