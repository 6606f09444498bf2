// "Little Washington", "Little Havana": a place's name with "Little" before it, where the gazetteer has
// no place of the whole name. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('"Little" before a place name', () => {
	it('is the nickname of the town the text places under that name', () => {
		const text = 'Washington is a town in Rappahannock County, Virginia. Called "Little Washington" to tell it from the capital, it lies near Sperryville.';
		expect(read(text).filter((t) => t.includes('Washington'))).toEqual(['Washington → city US/VA', 'Little Washington → city US/VA']);
	});

	it('is no place of the bare name where the text has none (a neighbourhood of Miami is not the capital of Cuba)', () => {
		// (GeoNames cities1000 has Little Havana itself, a section of Miami: the whole name is that)
		expect(read('Exiles opened cafes in Little Havana, Miami.')).toEqual(['Little Havana → city US/FL', 'Miami → city US/FL']);
		expect(read('Exiles opened cafes in Little Kabul, Fremont.').filter((t) => t.startsWith('Kabul'))).toEqual([]);
	});

	it('leaves a name the gazetteer has whole alone', () => {
		expect(read('Little Rock is the capital of Arkansas.')).toContain('Little Rock → city US/AR');
	});
});
