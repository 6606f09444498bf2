// A name, or a list of names, right before a plural word for the people who live in a town ("Selma residents",
// "Palmer and Wasilla residents", "Lubec taxpayers") names that town, however like a first name or an everyday
// word it reads at the start of a sentence (resident-adjective.ts townBeforeItsPeople); a building's residents
// ("Kennedy Hall residents") are not a town's. "voters" is no such word: a candidate's surname stands before it
// ("Warren voters backed the plan"). Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('a town before a plural word for its people', () => {
	it('is the town at a sentence start, alone or opening a list', () => {
		const text = 'Sheriff\'s log. Palmer and Wasilla residents reported a scam caller claiming to be from the power company.';
		expect(names(text)).toEqual(['Palmer', 'Wasilla']);
		expect(placeOf(gazetteer, text, 'Palmer')).toBe('city US/AK');
		expect(names('Selma residents will vote Tuesday on the school bond, the Dallas County clerk said.')).toContain('Selma');
	});

	it('is no town where the name goes on into a building\'s', () => {
		expect(names('Kennedy Hall residents were moved out, and Clinton Manor residents got flu shots.')).toEqual([]);
	});
});
