// "of" after a singular noun says whose, not where: "in memory of Warren and Joyce Smith", "at the home of Tyler and
// Jean Moss" name a couple sharing a surname (context-words.ts placesBeforeCouple), while "of" after a person's name
// ("Mark Whitt of Madison and David Whitt") or after a plural ("the towns of Tyler and Austin") still places the
// names after it. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('a couple after a singular noun and "of"', () => {
	it('is no town: "in memory of Warren and Joyce Smith"', () => {
		expect(names('In memory of Warren and Joyce Smith, who farmed near Waco.')).toEqual(['Waco']);
	});

	it('is no town: "at the home of Tyler and Jean Moss", "the farm of Eugene and Carol Smith"', () => {
		expect(names('A party was held at the home of Tyler and Jean Moss in Waco.')).toEqual(['Waco']);
		expect(names('The farm of Eugene and Carol Smith near Salem, Ore., was sold.')).toEqual(['Salem', 'Ore.']);
	});

	it('leaves towns after a person\'s name or a plural and "of" towns', () => {
		expect(names('Survivors include sons Mark Whitt of Madison and David Whitt of Memphis.')).toEqual(['Madison', 'Memphis']);
		expect(names('Rain fell on the towns of Tyler and Austin on Monday.')).toEqual(['Tyler', 'Austin']);
		expect(names('The town of Warren and Joyce Smith lost her barn in the storm.')).toContain('Warren');
		expect(names('The mayor of Tyler and Jean Moss, the city manager, cut the ribbon.')).toContain('Tyler');
	});
});
