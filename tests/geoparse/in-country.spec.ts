// "X in COUNTRY" right after the name places X in that country as "X, COUNTRY" does (in-country.ts),
// whatever country the text named before; a continent, a verb phrase in between, or a country's own
// name leave the reading to the context.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countryOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.country;

describe('a name followed by "in" and a country', () => {
	it('is that country\'s bearer of the name, also after a division word, against the country the text named before', () => {
		const india = 'Health workers in Kerala and Maharashtra reported new cases.';
		expect(countryOf(`${india} Polio cases rose in Punjab province in Pakistan, officials said.`, 'Punjab')).toBe('PK');
		expect(countryOf(`${india} Cases rose in Punjab in Pakistan.`, 'Punjab')).toBe('PK');
		expect(countryOf('Shops in Madrid and Seville closed on Monday. Heavy rain also fell on Córdoba in Argentina.', 'Córdoba')).toBe('AR');
		expect(countryOf('Schools in Ohio and Indiana closed early. Officials in Victoria in Canada said the ferry was late.', 'Victoria')).toBe('CA');
	});

	it('is no qualifier with words between, with a continent, or for a country', () => {
		expect(countryOf('Health workers in Kerala and Maharashtra reported new cases. Farmers from Punjab sold rice in Pakistan.', 'Punjab')).toBe('IN');
		expect(countryOf('Storms hit Atlanta and Savannah on Monday. Georgia in Europe sent condolences.', 'Georgia')).toBe('US');
		expect(countryOf('Spain beat Brazil in Qatar on Sunday.', 'Brazil')).toBe('BR');
	});
});

describe('a county followed by "in the U.S. state of" and a state', () => {
	// the point a name is placed at, to a tenth of a degree
	const pointOf = (text: string, name: string) => {
		const place = geoparse(text, gazetteer).find((t) => t.name === name);
		return place && `${place.lat.toFixed(1)} ${place.lon.toFixed(1)}`;
	};
	it('is the county of that name in that state, not the likelier namesake in another state', () => {
		// Huron County, Michigan (not Ohio's); Jackson County, Oregon (not Missouri's)
		expect(pointOf('Sebewaing is a village in Huron County in the U.S. state of Michigan, on the shore of the bay.', 'Huron County')).toBe('43.9 -83.1');
		expect(pointOf('Talent is a small city in Jackson County in the U.S. state of Oregon.', 'Jackson County')).toBe('42.6 -122.7');
	});
	it('places the town before the county in that state too', () => {
		expect(pointOf('Sebewaing is a village in Huron County in the U.S. state of Michigan, on the shore of the bay.', 'Sebewaing')).toBe('43.7 -83.5');
	});
});
describe('a name followed by a comma, a preposition of place and a country in the possessive', () => {
	it('is that country\'s bearer of the name (world-s42 A: "Miramar, on Panama\'s Caribbean coast")', () => {
		expect(countryOf('Migrants who gave up in Mexico take boats south from Miramar, on Panama\'s Caribbean coast.', 'Miramar')).toBe('PA');
		expect(countryOf('Schools in Ohio and Indiana closed early. Ferries to Victoria, on Seychelles\' main island, were cancelled.', 'Victoria')).toBe('SC');
	});
	it('is no qualifier for a country or without the possessive', () => {
		expect(countryOf('Georgia, in Russia\'s view, belongs to its sphere of influence.', 'Georgia')).toBe('GE');
		expect(countryOf('Storms hit Atlanta and Savannah on Monday. Flights from Miramar, in Panama and Colombia, were late.', 'Miramar')).toBe('US');
		// (rolling review, s42: a country's border is its edge, and the place often lies beyond it)
		expect(countryOf('Aid trucks waited at Rafah, on Egypt\'s border, for a third day.', 'Rafah')).toBe('PS');
		expect(countryOf('Israeli strikes hit Rafah, near Egypt\'s northern frontier, overnight.', 'Rafah')).toBe('PS');
	});
});
