// A first name or an everyday word that names a big city only as one of its other names (another language's, an
// old one) is read as a town of that name would be: a person or a word unless the sentence places it ("Pet" is
// no Perth, "Sam" no Damascus). A spelling of the city's own name ("Geneva" of Genève), a word of its own name
// ("Vegas"), and a name a place known by it bears as its own ("Victoria") stay. Texts written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}: ${t.placeName}`);

describe('a first name or an everyday word that is only a big city\'s other name', () => {
	it('is no place where nothing places it', () => {
		expect(places('Thanks for everything, Pet, she wrote in her farewell card to the old neighbour.')).toEqual([]);
		expect(places('Sam and Chrissie argued in the pub until closing time.')).toEqual([]);
		expect(places('Jada told reporters the album was finished and the tour would start soon.')).toEqual([]);
		expect(places('Lester scored twice as the home side won the derby.')).toEqual([]);
		expect(places('The band played Soul and Funk all night at the festival.')).toEqual([]);
	});

	it('stays the city where the name is a spelling or a word of its own, or a place known by it bears it', () => {
		expect(places('Talks resumed in Geneva on Monday.')).toEqual(['Geneva: Genève']);
		expect(places('He flew to Vegas for the weekend and lost his savings.')).toEqual(['Vegas: Las Vegas']);
		expect(places('Victoria thanked the fans after the concert in British Columbia.')[0]).toBe('Victoria: Victoria');
		expect(places('Thousands marched through Bombay on Sunday.')).toEqual(['Bombay: Mumbai']);
		expect(places('The treaty was signed in Peking in 1860.')).toEqual(['Peking: Beijing']);
		expect(places('The ferry reached Kiev before dawn.')).toEqual(['Kiev: Kyiv']);
	});
});
