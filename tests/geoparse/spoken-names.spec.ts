// spoken-names.ts: a name after a verb of speaking or "speakers of", or joined to "-speaking", is a language
// and maps no place (the gazetteer's Cebuano, Philippines, and Sambhal, India); the places around it stay.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a language named like a town', () => {
	it('after a verb of speaking maps no place', () => {
		expect(names('The fishermen sell their catch in Ormoc, and the town speaks Cebuano with a strain of its own.')).toEqual(['Ormoc']);
	});

	it('after "speakers of", and listed after such a name, maps no place', () => {
		expect(names('The barangay lies near Iba; most of its people are speakers of Ilocano and Sambal.')).toEqual(['Iba']);
	});

	it('joined to "-speaking" maps no place', () => {
		expect(names('It is a Cebuano-speaking town 30 km from Ormoc.')).toEqual(['Ormoc']);
	});
});

describe('a place after a word of speaking stays', () => {
	it('after "spoken in" or where the speaking verb governs no name', () => {
		expect(names('Cebuano is spoken in Ormoc and across Leyte.')).toEqual(expect.arrayContaining(['Ormoc', 'Leyte']));
		expect(names('The mayor will speak Tuesday in Boston and Worcester.')).toEqual(['Boston', 'Worcester']);
	});

	it('after the singular "speaker of" (a chamber officer) or before a possessive', () => {
		expect(names("David Ralston, the speaker of Georgia's House of Representatives, died in Blue Ridge.")).toContain('Georgia');
		expect(names("The speaker of Nebraska's Legislature met the governor in Lincoln.")).toContain('Nebraska');
		expect(names("The senator speaks Georgia's language of hope, she said in Atlanta.")).toContain('Georgia');
	});
});
