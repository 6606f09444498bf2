// A first-level division's name followed by a lower-case division word of the writer's choosing ("the Pool
// region" for the Pool Department, "the Centre region" for Burkina Faso's Centre) reads every first-level
// division of that name, and the context picks among them (src/lib/geoparse/written-division-word.ts).
// Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesOf = (text: string, name: string) =>
	readPlaces(gazetteer, text)
		.filter((line) => line.startsWith(`${name} →`))
		.map((line) => line.slice(name.length + 3).replace(/\/.*$/, ''));

describe('a first-level division named with a lower-case division word', () => {
	it('is the division whose own name carries another word ("the Pool region", the Pool Department)', () => {
		const text = 'BRAZZAVILLE - Former fighters in the Pool region handed in 300 rifles on Saturday, and the road south to Kinkala reopened.';
		expect(placesOf(text, 'Pool region')).toEqual(['region CG']);
	});

	it("is the division of the country the text names, not another country's division called so", () => {
		const text = 'OUAGADOUGOU - Burkina Faso counted 300 cases of meningitis this month, most of them in the Centre region around the capital.';
		expect(placesOf(text, 'Centre region')).toEqual(['region BF']);
		const other = 'YAOUNDE - Cameroon opened two cholera wards in the Centre region, where Mbalmayo has had 40 cases.';
		expect(placesOf(other, 'Centre region')).toEqual(['region CM']);
	});

	it('keeps the division the gazetteer lists under the whole where the text is about its country', () => {
		const text = 'LOMÉ - Togo said floods had closed schools in the Centre region, around Sokodé.';
		expect(placesOf(text, 'Centre region')).toEqual(['region TG']);
	});

	it('changes nothing where the name with its word already reads the division meant', () => {
		expect(placesOf('Lawmakers in Washington state passed the budget on Friday.', 'Washington state')).toEqual(['region US']);
		expect(placesOf('The Kurdistan region of Iraq held a vote in Erbil.', 'Kurdistan region')).toEqual(['region IQ']);
		expect(placesOf('Gunmen attacked a village in Plateau state, police in Jos said.', 'Plateau state')).toEqual(['region NG']);
		expect(placesOf('Aid reached the Tigray region of Ethiopia by road from Mekelle.', 'Tigray region')).toEqual(['region ET']);
		expect(placesOf('Floods hit the Northern region of Ghana around Tamale.', 'Northern region')).toEqual(['region GH']);
		expect(placesOf('Police in Sindh province arrested six men in Karachi.', 'Sindh')).toEqual(['region PK']);
	});

	it("adds no foreign division where the name alone reads one or a town in one, as a country's own regional name does", () => {
		const text = 'Growers in the Delta region of Arkansas and Mississippi planted cotton late after the spring rain. Cabins in the Lakes region of New Hampshire are full until Labor Day. The Midlands region of England lost more factory jobs than anywhere else.';
		const names = readPlaces(gazetteer, text).map((line) => line.replace(/ → .*/, ''));
		expect(names).not.toContain('Delta region');
		expect(names).not.toContain('Lakes region');
		expect(names).not.toContain('Midlands region');
		expect(placesOf(text, 'Arkansas')).toEqual(['region US']);
	});
});
