// "1208 Main St., Hays to Victoria, $145,000": a list of property transfers names the seller after the address (a
// house number and a street, acres or a lot), "to", the buyer and the price, and towns' names there are the parties'
// surnames. A fare between towns or a road project names no address ("Fares: Hays to Victoria, $12", "U.S. 20,
// Corvallis to Newport, $12 million"). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('the seller and the buyer of a property transfer', () => {
	it('are no places, after a street address or "estate of"', () => {
		const text = 'Deeds recorded. Ellis County: 1208 Main St., Hays to Victoria, $145,000; 40 acres, heirs of R. Munjor to Walker Farms LLC, $210,000; 7 Elm Ave., estate of Ann Catharine to Ellis, $98,500.';
		expect(names(text)).toEqual(['Ellis County']);
	});

	it('leave the towns of a fare, a route or a road project', () => {
		expect(names('The bus runs from Vernal, Roosevelt to Duchesne, $12.')).toEqual(['Vernal', 'Roosevelt', 'Duchesne']);
		// (a route's number before the comma is no house's: review of session 41)
		expect(names('Work on U.S. 20, Corvallis to Newport, $12 million, starts in May.')).toEqual(['Corvallis', 'Newport']);
		expect(names('Interstate 5, Salem to Albany, $45 million: repaving through 2027.')).toEqual(['Salem', 'Albany']);
		expect(names('Route 9, Kingston to Saugerties, $3.2 million, new guardrails.')).toEqual(['Kingston', 'Saugerties']);
	});
});
