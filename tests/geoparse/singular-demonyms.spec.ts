// One of a people ("a Briton", "a Kurd", "a Turk") is that people's, as the plural is: demonyms.tsv lists the singular
// and the build derives the plural, so a singular left out of the file fell through to a town spelt like it.
// Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readings = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}`);

describe('a singular demonym', () => {
	it('is the people’s country or land, as its plural is', () => {
		expect(readings('The ferry docked late on Sunday. A Briton was arrested in Spain on Friday, police said.')).toContain('Briton → United Kingdom');
		expect(readings('The Briton, 34, finished third behind two Kenyans in the Madrid race.')).toContain('Briton → United Kingdom');
		expect(readings('A Kurd who fled Mosul in 2014 now runs a bakery in Hamburg.')).toContain('Kurd → Kurdistan');
		expect(readings('Many Britons spent the holiday in Spain this year.')).toContain('Britons → United Kingdom');
	});

	it('is the country for a people whose noun is not its adjective, not a town abroad of that other name', () => {
		expect(readings('The Turk who ran the corner bakery for forty years retired in May.')).toEqual(['Turk → Türkiye']);
		expect(readings('A Kiwi won the shearing contest, and a Spaniard came second.')).toEqual(['Kiwi → New Zealand', 'Spaniard → Spain']);
		expect(readings('The Serb beat the Croat in four sets on the centre court.')).toEqual(['Serb → Serbia', 'Croat → Croatia']);
	});

	it('is a surname after a given name, and a word of a longer name', () => {
		expect(readings('The fair was opened by Frank Turk, the mayor, on Saturday.')).toEqual([]);
		// (the vegetable: "Swede" is left out of the list, as Pole, Finn and Dane are)
		expect(readings('Swede and carrot mash was served with the roast.')).toEqual([]);
		expect(readings('Divers swam off the Turks and Caicos Islands all week.').map((r) => r.split(' → ')[0])).toEqual(['Turks and Caicos Islands']);
	});

	it('leaves a town spelt like it the town where the text writes the town', () => {
		expect(readings('Britton, South Dakota, held its fair in August, and farmers from Aberdeen came.')).toContain('Britton → Britton');
	});
});
