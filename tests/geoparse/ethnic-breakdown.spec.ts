// "64% Romanians, 26% Roma, 7% Hungarians", "Slovaks 80%, Roma 15%": a name alone as an item of a census's
// ethnic breakdown is a people named like a town, not the town (population-groups.ts); shares of places
// and a country's name in such a list stay places. So is a place's other-language name after "non-" or
// before a people's word ("non-Roma travellers", "the Roma minority"), all through the text; a town's own
// name stays ("Liverpool people"), and so does the other name as a club ("Roma defender"). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a name alone in an ethnic breakdown', () => {
	it('is a people, with the percentage before or after it', () => {
		expect(names('Sălcuța is a village in Dolj County, Romania. In 2002 its 1,800 inhabitants were 81% Romanians, 17% Roma and 2% others.')).not.toContain('Roma');
		expect(names('Ethnic composition of the village (2011): Slovaks 74%, Roma 22%, Czechs 4%.')).not.toContain('Roma');
	});

	it('stays a place where the percentages are shares of places, or the name is a country\'s', () => {
		expect(names('Of the port\'s shipments last year, 40% went to Rotterdam and 35% Antwerp.')).toContain('Antwerp');
		expect(names('By census nationality, residents were 60% Germans, 30% Poland-born and 10% Austria.')).toContain('Austria');
	});

	it('stays a place in a breakdown of towns, where no other item names a people', () => {
		const levy = names('On the fire levy, residents said yes in Kent 61% and Ravenna 55%, and no in Streetsboro 44%.');
		expect(levy).toEqual(expect.arrayContaining(['Kent', 'Ravenna', 'Streetsboro']));
		const growth = names('The latest census population estimates give growth over ten years of Spokane 9%, Yakima 6% and Kennewick 18%.');
		expect(growth).toEqual(expect.arrayContaining(['Spokane', 'Yakima', 'Kennewick']));
		const commute = names('Among the county\'s residents, 45% work in Tupelo, 20% Oxford and 15% Columbus.');
		expect(commute).toEqual(expect.arrayContaining(['Tupelo', 'Oxford', 'Columbus']));
	});

	it('stays a place straight after a locative word, even beside a people\'s name', () => {
		expect(names('Census figures for residents born abroad: Mexicans 12% statewide, but in Yakima 31% and in Pasco 38%.')).toContain('Yakima');
	});
});

describe('a place\'s other-language name after "non-" or before a people\'s word', () => {
	it('is a people all through the text, not the town', () => {
		const found = names('Border guards waved non-Roma travellers through at Prague airport. The Roma minority in the east says checks on Roma are routine, and Roma leave for Britain each year.');
		expect(found).not.toContain('Roma');
		expect(found).toEqual(expect.arrayContaining(['Prague', 'Britain']));
		expect(names('Roma gypsies were camped near Brno, officials in the Czech Republic said.')).not.toContain('Roma');
	});

	it('leaves a town\'s own name, and the other name as a club or a place', () => {
		expect(names('Liverpool people are proud of the city, and Liverpool minority groups run a festival in June.')).toContain('Liverpool');
		expect(names('Bolton have signed Roma defender Marco Bellini on loan, and the Roma side will miss him in Italy.')).toContain('Roma');
		expect(names('A visit to Roma and Naples this spring will take the pope across Italy.')).toContain('Roma');
	});
});
