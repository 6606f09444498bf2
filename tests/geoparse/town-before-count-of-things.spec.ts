// In a results line the name between a person's name and a count of things, each set off by commas ("Dennis Heeb,
// Wall, 94 blk strs 640# $3.21": a sale barn's consignor and his town), is where the person lives, however like a
// word it reads (judge-persons.ts townBeforeResult); an age or a player's position there is not. Sentences written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('a town between a person and a count of things', () => {
	it('is the town: a sale barn consignor\'s "Wall, 94 blk strs"', () => {
		const text = 'Market report. PHILIP — Representative sales: Rick Owanka, Midland, 112 blk strs 585# $3.42; Dennis Heeb, Wall, 94 blk strs 640# $3.21. Next sale is Tuesday for the Kadoka area.';
		expect(readPlaces(gazetteer, text)).toContain('Wall → city US/SD');
	});

	it('is no town where it is a player\'s position: "Mike Davis, Center, 12 points"', () => {
		expect(names('Scoring: Mike Davis, Center, 12 points; Joe Hill, Guard, 9 points.')).toEqual([]);
	});

	it('is no town where it is a class year: "Sam Ortiz, Junior, 3 awards"', () => {
		expect(names('Honors: Sam Ortiz, Junior, 3 awards; Amy Lee, Senior, 2 awards.')).toEqual([]);
	});
});
