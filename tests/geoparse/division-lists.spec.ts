// "the provinces of A, B and C", "the health districts of A, B and C", "the counties of A and B": a division's
// plural before "of" calls each item of its list a division of that kind, as "A, B and C provinces" does. It weighs
// the homonyms (the province, the county of the name before the town), and an item that is only a first name
// ("Nola") is a name there, kept where the rest of the text supports it; it keeps no name on its own (a city's
// quarter the gazetteer lacks is no district of that name abroad), a church's parishes or a city's boroughs
// are no divisions, and a country stays a country ("the former Soviet states of Georgia, Armenia and …"). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const place = (text: string, name: string) => placeOf(gazetteer, text, name);

describe('a list after a division plural and "of"', () => {
	it('reads its items as divisions of that kind where the gazetteer has them', () => {
		expect(place('Gunmen attacked villages in the states of Kaduna and Katsina, police said.', 'Kaduna')).toBe('region NG/23');
		expect(place('Troops moved into the regions of Kidal and Gao in northern Mali.', 'Gao')).toBe('region ML/09');
		expect(place('The provinces of Chiriquí and Veraguas in Panama declared an alert.', 'Chiriquí')).toBe('region PA/02');
		expect(place('Storms damaged crops in the counties of Marion, Lucas and Warren in Iowa.', 'Lucas')).toBe('district US/IA');
		expect(place('The counties of Orange and Lake in Florida opened shelters.', 'Orange')).toBe('district US/FL');
	});

	it('keeps an item that is only a first name where the text supports it', () => {
		expect(place('Measles spread through the health districts of Berbérati, Carnot and Nola, the ministry in Bangui said.', 'Nola')).toBe('city CF/16');
	});

	it('keeps no name the gazetteer has only abroad, and reads no parishes or boroughs so', () => {
		expect(place('Clinics opened in the districts of Mirpur and Gulshan in Dhaka after the floods.', 'Mirpur')).toBe('(none)');
		expect(place('The vicar serves the parishes of St Mary and Holy Trinity in the village.', 'Trinity')).toBe('(none)');
		expect(place('Nola Pender, a nurse, worked in the districts of the capital for years.', 'Nola')).toBe('(none)');
	});

	it('leaves a country a country: "states" and "regions" of a list of countries are sovereign or the country\'s', () => {
		expect(place('Leaders of the former Soviet states of Georgia, Armenia and Azerbaijan met in Brussels on Thursday.', 'Georgia')).toBe('country GE/null');
		expect(place('The new states of Georgia, Ukraine and Moldova sought closer ties with the EU after 1991.', 'Georgia')).toBe('country GE/null');
		expect(place('The regions of Georgia and the North Caucasus were hit by an earthquake.', 'Georgia')).toBe('country GE/null');
	});
});
