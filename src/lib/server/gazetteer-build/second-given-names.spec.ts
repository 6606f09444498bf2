// The second list of given names joins the lexicon only with names that name nobody but a person.
import { describe, expect, it } from 'vitest';
import { MIN_TOWN, secondGivenNames, type NamedPlace } from './second-given-names.ts';

const town = (country: string, population: number | null): NamedPlace => ({ kind: 'city', country, population });
const places: Record<string, NamedPlace[]> = {
	houston: [town('US', 2_304_580)],
	sigurd: [town('US', null)],
	milan: [town('IT', 1_371_498)],
	kaden: [town('DE', 655)],
	kenya: [{ kind: 'country', country: 'KE', population: 50_000_000 }],
	alba: [{ kind: 'region', country: 'RO', population: null }]
};
const placesNamed = (key: string) => places[key] ?? [];
const read = (names: string[], first: string[] = [], common: Record<string, number> = {}) => secondGivenNames(names, new Set(first), common, placesNamed);

describe('the second list of given names', () => {
	it('adds, in lower case and sorted, the names the first list lacks', () => {
		expect(read(['Tyree', 'Jaylen', 'Amari', 'Walter'], ['walter'])).toEqual(['amari', 'jaylen', 'tyree']);
	});

	it('leaves out a name that is an everyday word', () => {
		expect(read(['Autumn', 'Jace'], [], { autumn: 900 })).toEqual(['jace']);
	});

	it('leaves out a name of any US place, however small', () => {
		expect(read(['Houston', 'Sigurd', 'Tyree'])).toEqual(['tyree']);
	});

	it('leaves out a name of a division or a country anywhere', () => {
		expect(read(['Kenya', 'Alba', 'Amari'])).toEqual(['amari']);
	});

	it(`leaves out a name of a town of ${MIN_TOWN} people or more abroad, and keeps a smaller one's`, () => {
		expect(read(['Milan', 'Kaden'])).toEqual(['kaden']);
	});
});
