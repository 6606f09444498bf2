import { describe, expect, it } from 'vitest';
import { plainWritingCountries } from './plain-writing.ts';

/** `count` places of a country, `accented` of them with a name written with accents. */
const placesOf = (country: string | null, count: number, accented: number) => Array.from({ length: count }, (_, i) => ({ country, name: i < accented ? 'Tábor' : 'Tabor' }));

describe('the countries that write their names without accents', () => {
	it('are those with fewer than 1 in 100 of their places’ names accented', () => {
		expect(plainWritingCountries([...placesOf('US', 200, 1), ...placesOf('CZ', 200, 2), ...placesOf('FR', 200, 150)])).toEqual(['US']);
	});

	it('are read only for a country with a hundred places or more', () => {
		expect(plainWritingCountries([...placesOf('GB', 100, 0), ...placesOf('TV', 99, 0)])).toEqual(['GB']);
	});

	it('count no place without a country', () => {
		expect(plainWritingCountries(placesOf(null, 500, 0))).toEqual([]);
	});

	it('come in code order, whatever the places’ order (the build writes the same table each time)', () => {
		const places = [...placesOf('US', 100, 0), ...placesOf('AU', 100, 0), ...placesOf('GB', 100, 0)];
		expect(plainWritingCountries(places)).toEqual(['AU', 'GB', 'US']);
		expect(plainWritingCountries(places.reverse())).toEqual(['AU', 'GB', 'US']);
	});
});
