// "Survivors from New York, Chicago and Toronto": a list whose other items are all big cities names big cities, and an
// item that only the list's country pulled to a small namesake far from them (Toronto, Ohio) is a big city of its name:
// the one in the list's country if it has one, else the great city abroad that no namesake abroad rivals. A small town
// a short drive from another item, one the text qualifies or a list with a small town in it stays home. Sentences
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countryOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.country;

describe('an item of a list of big cities', () => {
	it('is the great city abroad, not a small namesake in the other cities’ country', () => {
		expect(countryOf('Survivors from New York, Chicago and Toronto returned to Auschwitz for the anniversary.', 'Toronto')).toBe('CA');
		expect(countryOf('Before dawn, families from Perth, Darwin, Hobart and Wellington gathered at the memorial.', 'Wellington')).toBe('NZ');
	});

	it('is the big city of the name in the other items’ country, where it has one', () => {
		expect(countryOf('Delegates came from Chicago, Denver and Birmingham.', 'Birmingham')).toBe('US');
		expect(countryOf('Buyers came from Atlanta, Houston and Alexandria.', 'Alexandria')).toBe('US');
	});

	it('stays the town where cities of the name abroad rival one another', () => {
		// (Victoria, Hong Kong; Victoria, British Columbia; Victoria, the Seychelles' capital)
		expect(countryOf('Fans came from Los Angeles, New York, Dallas and Victoria.', 'Victoria')).toBe('US');
	});

	it('stays the small town a short drive from another item', () => {
		expect(countryOf('Crews from Dallas, Houston and Paris helped after the storm.', 'Paris')).toBe('US');
		expect(countryOf('Buyers came from Atlanta, Birmingham and Rome to the auction.', 'Rome')).toBe('US');
	});

	it('stays the town the text qualifies', () => {
		expect(countryOf('Teams from Denver, Phoenix and Toronto, Ohio, joined the tournament.', 'Toronto')).toBe('US');
		expect(countryOf('Families from Sydney, Melbourne and Wellington, New South Wales, attended.', 'Wellington')).toBe('AU');
	});

	it('stays home where another item is a small town', () => {
		// (Toronto, Ohio, lies across the river from Steubenville)
		expect(countryOf('Survivors from New York, Steubenville and Toronto returned to Auschwitz.', 'Toronto')).toBe('US');
	});
});
