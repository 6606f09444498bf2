// A description that says how far a place it names lies from its subject ("Andes is 6 miles to the
// north-west", "Friesland is 5 km east of the village") puts that place there: a reading far beyond the
// stated distance (a mountain range, a province abroad) gives way to a namesake within it, or to none.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a place the description puts a stated short distance from its subject', () => {
	it('is the namesake within that distance, not a province abroad ("Friesland is 5 km east of the village")', () => {
		const found = read('Cambria is a village in Columbia County, Wisconsin, United States, with a feed mill and two churches.\n\nGeography\nFriesland is 5 km east of the village, across the marsh.');
		expect(found.filter((t) => t.startsWith('Friesland'))).toEqual(['Friesland → city US/WI']);
	});

	it('is the town within that distance, not the mountain range ("Andes is 6 miles to the north-west")', () => {
		const found = read('Margaretville is a village in Delaware County, New York, United States. The creamery closed in 1961.\n\nGeography\nAndes is 6 miles to the north-west, over the ridge.');
		expect(found.filter((t) => t.startsWith('Andes'))).toEqual(['Andes → city US/NY']);
	});

	it('keeps a city that lies about as far as stated ("about 60 miles to the north")', () => {
		const found = read('Colfax is a city in Whitman County, Washington, United States. The grain elevators stand beside the river.\n\nGeography\nSpokane is about 60 miles to the north, and Pullman 15 miles to the south-east.');
		expect(found).toContain('Spokane → city US/WA');
		expect(found).toContain('Pullman → city US/WA');
	});

	it('leaves alone a distance from something else ("30 miles away from the farm")', () => {
		const found = read('Linden is a town in Perry County, Tennessee. The singer recorded her second album in London, 30 miles away from the farm where she was raised.');
		expect(found).toContain('London → city GB/ENG');
	});

});
