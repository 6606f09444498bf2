// A word of a city's longer own name that the gazetteer also files as one of its names ("Paz" for La Paz, Baja
// California Sur) is the person where the text gives someone that surname and nothing but size chose the city:
// "Senator Rodrigo Paz … went narrowly to Paz". A name English uses for the city (Calcutta for Kolkata) and the
// city's own name stay. Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function placesNamed(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => t.placeName);
}

describe('a piece of a city\'s name that the text gives a person as a surname', () => {
	it('leaves "to Paz" off the map after Senator Rodrigo Paz', () => {
		expect(placesNamed('LA PAZ - Senator Rodrigo Paz won the run-off on Sunday. Tarija and Chuquisaca went narrowly to Paz.', 'Paz')).toEqual([]);
	});

	it('keeps the city by its own name beside the person', () => {
		expect(placesNamed('SUCRE - Senator Rodrigo Paz won the run-off on Sunday. He will fly to La Paz on Monday.', 'La Paz')).toEqual(['La Paz']);
	});

	it('keeps the short form of a city named in many languages beside a person of that surname', () => {
		expect(placesNamed('The comedian Johnny Vegas said he flew to Vegas for the awards.', 'Vegas')).toEqual(['Las Vegas']);
		expect(placesNamed('The singer Tony Orlando performed in Orlando on Friday.', 'Orlando')).toHaveLength(1);
	});

	it('keeps a name English uses for the city beside a person of that surname', () => {
		expect(placesNamed('The singer Anna Calcutta said she moved to Calcutta as a child.', 'Calcutta')).toEqual(['Kolkata']);
	});
});
