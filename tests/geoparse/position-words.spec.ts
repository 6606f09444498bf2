// "Northeast Ohio", "Metro Atlanta", "Upstate New York": a word that places a region within a land,
// capitalised before its name. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text);

describe('a capitalised position word before a place name', () => {
	it('leaves the place literal: an intercardinal word opens no longer name ("Northeast Ohio", "Southeast Texas")', () => {
		expect(read('Storms hit Northeast Ohio on Monday, and she moved to Southeast Texas.')).toEqual(['Northeast Ohio → region US/OH', 'Southeast Texas → region US/TX']);
	});

	it('is no place of its own where a town or region bears the word ("Metro Atlanta", "Southwest Virginia")', () => {
		expect(read('Prices in Metro Atlanta rose, and farmers in Southwest Virginia were spared.')).toEqual(['Atlanta → city US/GA', 'Southwest Virginia → region US/VA']);
	});

	it('capitalised or not, makes the name the land whose quarter it is ("Upstate New York", "Eastern Washington")', () => {
		expect(read('Farmers in Upstate New York were spared, but Eastern Washington burned.')).toEqual(['New York → region US/NY', 'Eastern Washington → region US/WA']);
	});

	it('is no first name before a place, though people are called West or North ("West Texas" is no surname Texas)', () => {
		expect(read('Ranchers in West Texas and North Texas were spared.')).toEqual(['West Texas → region US/TX', 'North Texas → region US/TX']);
	});

	it('makes no name of its own with a place\'s name that is seen lower-case in subtitles ("South Texas": "texas" 143 times)', () => {
		expect(read('Ranchers in South Texas and Central Virginia were spared.')).toEqual(['South Texas → region US/TX', 'Central Virginia → region US/VA']);
	});

	it('alone, is a direction and no region ("across the Southwest" is not Cameroon\'s Southwest region)', () => {
		expect(read('Drought spread across the Southwest and the Northeast this summer.')).toEqual([]);
	});
});
