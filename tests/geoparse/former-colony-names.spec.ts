// A history section names the colonies and historical states a place belonged to: "then part of German South West
// Africa", "under the Orange Free State", "in French West Africa". The gazetteer knows them (data/gazetteer/aliases.tsv
// gives a colony that became one country or province that country's or province's former name; features.tsv gives a
// federation of several its own point), so they are read whole, not as a demonym and a continent or as a US town
// and a province. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.country ?? '-'}`);

describe('former colonies and historical states in a history section', () => {
	it('reads a colony that became one country as that country', () => {
		expect(placesIn('The mission station was opened in 1891, when the district lay in German South West Africa.')).toEqual(['German South West Africa:NA']);
		expect(placesIn('Copper from the Belgian Congo crossed Nyasaland on its way to the coast.')).toEqual(['Belgian Congo:CD', 'Nyasaland:MW']);
		expect(placesIn('Rubber planters in the Dutch East Indies sold their crop in London.')).toEqual(['Dutch East Indies:ID', 'London:GB']);
	});

	it('reads a Boer republic as its province and a federation of colonies as one place', () => {
		expect(placesIn('The farm was in the Orange Free State until the war of 1899.')).toEqual(['Orange Free State:ZA']);
		expect(placesIn('Teachers trained in Dakar served across French West Africa.')).toEqual(['Dakar:SN', 'French West Africa:-']);
	});

	it("reads a people's state named by everyday words as the people's own country, not a colony at a far land of that name", () => {
		expect(placesIn('Ballyvourney is a village in County Cork, Ireland. In 1922 it became part of the Irish Free State.')).toContain('Irish Free State:IE');
		expect(placesIn('The Irish Free State government bought the estate in 1925.')).toEqual(['Irish Free State:IE']);
		// (a land of a proper name stays the colony; the words alone stay the far land)
		expect(placesIn('Bloemfontein is the capital of the Free State province of South Africa.')).toContain('Free State:ZA');
	});

	it('leaves the modern names and their namesakes as they were', () => {
		expect(placesIn('Farmers in the Free State and in Orange County, California, lost their crops.')).toEqual(['Free State:ZA', 'Orange County:US', 'California:US']);
		expect(placesIn('Flights from Santo Domingo to Punta Cana resumed on Monday.')).toEqual(['Santo Domingo:DO', 'Punta Cana:DO']);
	});
});
