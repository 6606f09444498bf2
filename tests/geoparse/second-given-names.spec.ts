// Given names the first lexicon lacks (the second list, second-given-names.ts) make a person of the words after a
// town's possessive, so the town is read ("Swansboro's Jaylen Ward won"); a name of that list that names a
// place (Savannah, Camden) stays a place. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { isFirstName } from '../../src/lib/geoparse/word-facts.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('given names of the second list', () => {
	it('are first names: Jaylen, Tyree, Amari, Jace, Walter', () => {
		for (const name of ['jaylen', 'tyree', 'amari', 'jace', 'walter']) expect(isFirstName(name, gazetteer), name).toBe(true);
	});

	it('that name places are not: Savannah, Camden, Houston, Kaden (a German village)', () => {
		for (const name of ['savannah', 'camden', 'houston', 'kaden']) expect(isFirstName(name, gazetteer), name).toBe(false);
	});

	it("make a town's possessive before them the town", () => {
		const text = "Track. Coastal schools sent 14 athletes to the state meet. Swansboro's Jaylen Ward won the 100 meters, Havelock's Amari Jones took the long jump and Manteo's Tyree Basnight won the mile at the regional in Greenville.";
		expect(names(text)).toEqual(['Swansboro', 'Havelock', 'Manteo', 'Greenville']);
	});

	it("leave a town named like one of them a town: Savannah's player", () => {
		const text = "Signing day. Savannah's Tyree Cole signed with a school in Statesboro, and Brunswick's Jace Moody chose Valdosta.";
		expect(names(text)).toEqual(['Savannah', 'Statesboro', 'Brunswick', 'Valdosta']);
	});
});

// (more given names made more "Brandon and Kristin Olson" couples: name-cues.ts's couple reading now stops after a
// placing word, as judge-persons.ts's does)
describe('a town before "and", a given name and a surname', () => {
	it('after "of" and a person is where that person lives, not one of a couple', () => {
		const text = 'Trapshoot scores: Osakis 484, Brandon 472. In the junior division, Brent Lund of Brandon and Kristin Olson of Osakis each broke 49 of 50.';
		expect(names(text)).toEqual(['Osakis', 'Brandon', 'Brandon', 'Osakis']);
	});

	it('opening a clause is one of a couple', () => {
		expect(names('Anniversary. Brandon and Kristin Olson of Osakis will mark 25 years with an open house Saturday.')).toEqual(['Osakis']);
	});
});
