// "500 BC", "AD 300", "US 1": an abbreviation next to a number is an era, a unit or a road. A country's
// abbreviation after a count or a year and before a lower-case word is the country, as it is without the number:
// "some 6,500 US stores", "the 2004 US election", "300 UK firms" were read as nothing. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.country ?? '-'}`);

describe('a country abbreviation after a number', () => {
	it('is the country before a lower-case word', () => {
		expect(placesIn('Some 6,500 US stores will open at midnight.')).toEqual(['US:US']);
		expect(placesIn('He lost the 2004 US election and about 300 UK firms backed his rival.')).toEqual(['US:US', 'UK:GB']);
		expect(placesIn('The rule applies to firms with more than 300 US shareholders.')).toEqual(['US:US']);
	});

	it('leaves eras, roads and names after a number as they were', () => {
		expect(placesIn('The temple dates from 300 BC when kings ruled the valley.')).toEqual([]);
		expect(placesIn('Drive north on US 1 to the coast.')).toEqual([]);
		expect(placesIn('She lost the 2003 US Open final.')).toEqual([]);
	});
});
