// "schools in Troy" reads a word used mostly as a name ("troy" weight is rare) as the place after a locative
// preposition; so does a phrase saying a person lives there: "Ruth Derby of Troy", "Ann Hale, of Troy,", "a Troy
// man". A word of everyday English stays a word there ("John Smith of Liberty"), as does a title whose words look
// like a person's name ("Maria Full of Grace") or a longer name after "of" ("Jane Doe of Marshall University").
// Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('a word used mostly as a name, where a person lives', () => {
	it('after a first name, a surname and "of" is the place', () => {
		expect(names('The winning guesses came from Ruth Derby of Troy and Earl Spaulding of Coventry, near Newport.')).toContain('Troy');
	});

	it('after a comma and "of", or as a resident\'s adjective, is the place', () => {
		expect(names('Survivors include a daughter, Ann Hale, of Troy, and a son in Albany.')).toContain('Troy');
		expect(names('A 34-year-old Troy man was arrested in Albany on Tuesday.')).toContain('Troy');
	});

	it('stays a word where it is everyday English or the "surname" is a word of a title', () => {
		expect(names('Mary Jones of Hope spoke, and John Smith of Liberty sang, near Little Rock.')).toEqual(['Little Rock']);
		expect(names('Dr. Jane Doe of Marshall University said the flu season came early in West Virginia.')).not.toContain('Marshall');
		expect(names('Director Joshua Marston scoured the US and Colombia for a lead for Maria Full of Grace.')).not.toContain('Grace');
	});
});
