// "near Palma, in Mozambique's Cabo Delgado province": a comma, a preposition of place and a country in the possessive
// say where the name lies, as "Palma, Mozambique" does. Where that country holds none of the name's namesakes, the
// gazetteer lacks the place: it is left unmapped (with its later bare mentions), not put on a namesake abroad
// (qualified.ts possessiveCountryHoldsNone). Not where the possessive is a view ("in Russia's eyes"), an edge ("on
// Egypt's border") or land held by force ("in Russia's newly annexed territories"); a namesake in the country is
// still chosen, except for land held by force or claim, which lies beside the country: there the namesake beside it
// is meant ("Donetsk, in Russia's newly annexed territories" is Ukraine's, not Rostov oblast's; in-country.ts
// qualifyInCountry heldLand). Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readingsOf = (text: string, name: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith(`${name} →`));

describe("a name placed by ', in Country's …'", () => {
	it('is left unmapped where the country holds none of its namesakes, at its later mentions too', () => {
		const text = "Work will restart at the gas plant near Palma, in Mozambique's Cabo Delgado province. Troops hold the coast from Palma to Mocímboa da Praia.";
		expect(readingsOf(text, 'Palma')).toEqual([]);
		expect(readingsOf(text, 'Mocímboa da Praia')).toEqual(['Mocímboa da Praia → city MZ/01']);
	});

	it("is the namesake in the country where there is one", () => {
		expect(readingsOf("She flew from Palma, in Spain's Balearic Islands, to Lima.", 'Palma')).toEqual(['Palma → city ES/07']);
		expect(readingsOf("Refugees reached Adré, in Chad's Ouaddaï province, on foot.", 'Adré')).toEqual(['Adré → city TD/12']);
	});

	it("keeps the place where the possessive is the country's view, its edge or land it holds by force", () => {
		expect(readingsOf("Kyiv, in Russia's eyes, is a provincial city.", 'Kyiv')).toEqual(['Kyiv → city UA/12']);
		expect(readingsOf("Rafah, on Egypt's border, was shelled again.", 'Rafah')).toEqual(['Rafah → city PS/GZ']);
		expect(readingsOf("Shells hit Mariupol, in Russia's newly annexed territories, overnight.", 'Mariupol')).toEqual(['Mariupol → city UA/05']);
		expect(readingsOf("Jenin, in Israel's occupied West Bank, was raided.", 'Jenin')).toEqual(['Jenin → city PS/WE']);
	});

	it("is the namesake beside the country, not the one inside it, where the possessive is land the country holds", () => {
		// Donetsk of Rostov oblast lies inside Russia; the annexed land lies beside it
		expect(readingsOf("Donetsk, in Russia's newly annexed territories, was without power.", 'Donetsk')).toEqual(['Donetsk → city UA/05']);
		expect(readingsOf("Sukhumi, in Russia's occupied Abkhazia, was quiet.", 'Sukhumi')).toEqual(['Sukhumi → city GE/02']);
		// a possessive of the country's own land still picks the namesake inside it
		expect(readingsOf("Donetsk, in Russia's Rostov region, was without power.", 'Donetsk')).toEqual(['Donetsk → city RU/61']);
	});
});
