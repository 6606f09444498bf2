// Compass-named regions ("North-West", "South-West") read in a land that only each other place the text in, while the
// text's other places all lie in another country, are no regions of that land: they are parts of the land the text is
// about. Where another place of the text lies in the region's country, or the text names no other place, they stand.
// Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeAndCountryOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('compass-named regions placed by each other alone', () => {
	it('leaves Cameroon’s North-West unmapped, not North West England, 5,400 km off', () => {
		const text = "YAOUNDÉ - Turnout was low in the English-speaking North-West and South-West regions, where separatists ordered a boycott. Voting was calm in Douala, Garoua and Bafoussam.";
		expect(placeAndCountryOf(gazetteer, text, 'North-West')).toBe('none');
		expect(placeAndCountryOf(gazetteer, text, 'Douala')).toBe('Douala, CM');
	});

	it('keeps England’s North-West where another place of the text lies in England', () => {
		const text = 'MANCHESTER - Heavy rain is forecast for the North-West and South-West on Friday, with flooding possible in Carlisle and Exeter.';
		expect(placeAndCountryOf(gazetteer, text, 'North-West')).toBe('North West England, GB');
	});

	it('keeps a compass region in the country of the text’s other places', () => {
		const text = 'PRETORIA - Voters in the North West and the Eastern Cape queued for hours, while turnout in Durban and Soweto was low.';
		expect(placeAndCountryOf(gazetteer, text, 'North West')).toBe('North West, ZA');
	});

	it('keeps it where the text names no other place', () => {
		expect(placeAndCountryOf(gazetteer, 'Heavy rain is forecast for the North-West and South-West on Friday.', 'North-West')).toBe('North West England, GB');
	});
});
