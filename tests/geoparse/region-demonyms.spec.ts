// The people of a first-level region or a big city named by a demonym derived from its name ("Iowans",
// "a Nebraskan farmer", "Londoners") are associative toponyms at that place, as "Mexicans" is at Mexico
// (src/lib/server/gazetteer-build/region-demonyms.ts). Derived words that are English words or come from
// a given name ("Hamburger", "Victorian") are no demonyms.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName} (${t.usage})`);

describe('demonyms of regions and big cities', () => {
	it("reads a US state's people, plural and singular, as the state", () => {
		expect(read('Many Iowans drove to the fair, and a Nebraskan farmer sold his corn there.')).toEqual(['Iowans → Iowa (associative)', 'Nebraskan → Nebraska (associative)']);
	});

	it("reads a Canadian province's people and a two-word state's people", () => {
		expect(read('Manitobans will pay more for fuel, the minister told New Yorkers on Monday.')).toEqual(['Manitobans → Manitoba (associative)', 'New Yorkers → New York (associative)']);
	});

	it("reads a big city's people as the city", () => {
		expect(read('Londoners queued for the buses while Chicagoans stayed at home.')).toEqual(['Londoners → London (associative)', 'Chicagoans → Chicago (associative)']);
	});

	it('reads no people in a derived word that is an English word or comes from a given name', () => {
		expect(read('The Hamburger stall beside a Victorian terrace sold Easter eggs to a Westerner.')).toEqual([]);
	});
});

describe('demonyms of regions and big cities as surnames', () => {
	it('reads one right after a given name as the person, not the people', () => {
		expect(read('The gramophone of Emile Berliner was shown beside a lamp that Carol Ohioan restored.')).toEqual([]);
	});

	it('still reads the people after a given name opening the sentence, and after ordinary words', () => {
		expect(read('Will Texans vote? Rural Iowans and many Londoners already did.')).toEqual(['Texans → Texas (associative)', 'Iowans → Iowa (associative)', 'Londoners → London (associative)']);
	});
});
