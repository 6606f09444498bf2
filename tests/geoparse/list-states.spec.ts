// "Crews from Baker City, Enterprise and Athena": a town of a list that size alone put in another state
// while the list's other towns lie together in one state is the namesake of that state near them, once
// the whole list is read (the town after it is resolved only after it). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a list item that size alone put out of the state of the rest of the list', () => {
	it('is the namesake in that state near the list\'s towns', () => {
		expect(placeOf(gazetteer, 'Crews from Baker City, Enterprise and Athena fought the fire for a week.', 'Enterprise')).toBe('city US/OR');
	});

	it('but stays where no namesake of that state lies near them', () => {
		expect(placeOf(gazetteer, 'Crews from Baker City, Austin and Athena fought the fire for a week.', 'Austin')).toBe('city US/TX');
	});

	it('but stays where the rest of the list lies in that state by size and context alone, not on its own', () => {
		expect(placeOf(gazetteer, 'Shoppers came from Columbus, Dayton and Springfield to the outlet mall.', 'Columbus')).toBe('city US/OH');
		expect(placeOf(gazetteer, 'Buyers from Columbus, Springfield and Dayton came to the auction.', 'Columbus')).toBe('city US/OH');
	});

	it('and moves where another town of the list is the biggest of its namesakes in that state', () => {
		expect(placeOf(gazetteer, 'Runners from Columbus, Lancaster and Dayton finished the race.', 'Lancaster')).toBe('city US/OH');
	});
});
