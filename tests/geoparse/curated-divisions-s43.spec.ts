// Divisions, waters and historical states the open data lacks (data/gazetteer/features.tsv, session 43): Norway's
// counties of 2020, Northern Ireland's counties, sea loughs and bays, island municipalities, colonies named with
// their people's adjective. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a division, water or colony the open data lacks', () => {
	it('is read as itself, not as a namesake or the country of its name', () => {
		const ardal = 'Årdalstangen is the centre of Årdal, a municipality in Vestland county, Norway.';
		expect(placeNameOf(gazetteer, ardal, 'Vestland')).toBe('Vestland');
		expect(placeNameOf(gazetteer, ardal, 'Årdal')).toBe('Årdal');
		expect(placeNameOf(gazetteer, 'Vinstra is a village in Nord-Fron in Innlandet county, Norway.', 'Innlandet')).toBe('Innlandet');
		expect(placeNameOf(gazetteer, 'Kopervik is the administrative centre of Karmøy, south of Haugesund.', 'Karmøy')).toBe('Karmøy');
		const down = 'Killyleagh is a village in County Down, Northern Ireland, on the shore of Strangford Lough.';
		expect(placeNameOf(gazetteer, down, 'County Down')).toBe('County Down');
		expect(placeNameOf(gazetteer, down, 'Strangford Lough')).toBe('Strangford Lough');
		expect(placeNameOf(gazetteer, 'Aberaeron is a harbour town on Cardigan Bay.', 'Cardigan Bay')).toBe('Cardigan Bay');
		expect(placeNameOf(gazetteer, 'Old Goa was the capital of Portuguese India until 1843.', 'Portuguese India')).toBe('Portuguese India');
		expect(placeNameOf(gazetteer, 'Recife was the seat of Dutch Brazil from 1630.', 'Dutch Brazil')).toBe('Dutch Brazil');
	});

	it('leaves the country itself to its own name', () => {
		expect(placeNameOf(gazetteer, 'Goa joined India in 1961.', 'India')).toBe('India');
		expect(placeNameOf(gazetteer, 'The Dutch traded sugar from Brazil.', 'Brazil')).toBe('Brazil');
	});
});
