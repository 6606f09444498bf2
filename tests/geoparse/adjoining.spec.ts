// A description that says a place adjoins its subject ("Dorset adjoins the town to the south-west"), or lists it
// after such a neighbour with only a bearing ("…, Sunderland to the north and Shaftsbury to the south"), puts it next
// to the subject: a reading an ocean away is a namesake of a neighbour (the town of that name nearby, else none); one
// in the subject's own country only gives way to a namesake nearby (adjoining municipalities may be big).
// Names outside such a clause keep their reading, and so does another mention placed by its own parent.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a place the description says adjoins its subject', () => {
	it('is the namesake next to it, not the English county ("Dorset adjoins the town to the south-west")', () => {
		const found = read('Danby is a town in Rutland County, Vermont, United States. Dorset adjoins the town to the south-west, Pawlet to the west and Mount Tabor to the east.');
		expect(found.filter((t) => t.startsWith('Dorset'))).toEqual(['Dorset → city US/VT']);
	});

	it('is no English county when listed after such a neighbour with a bearing ("…, Sandgate to the south and Dorset to the east")', () => {
		const found = read('Rupert is a town in Bennington County, Vermont, United States. Pawlet adjoins it to the north, Sandgate to the south and Dorset to the east.');
		expect(found.filter((t) => t.startsWith('Dorset'))).toEqual(['Dorset → city US/VT']);
	});
});

describe('a neighbour in the subject\'s own country', () => {
	it('keeps its reading farther off than 30 km ("Cloncurry borders it to the east" of Mount Isa; rolling review)', () => {
		const found = read('Mount Isa is a city in Queensland, Australia. Cloncurry borders it to the east.');
		expect(found.filter((t) => t.startsWith('Cloncurry'))).toHaveLength(1);
	});

	it('keeps its reading when listed after such a neighbour ("…, Gällivare to the south"; rolling review)', () => {
		const found = read('Kiruna is a town in Lapland, Sweden. Norway adjoins it to the west, Gällivare to the south.');
		expect(found.filter((t) => t.startsWith('Gällivare'))).toHaveLength(1);
	});
});

describe('a name outside an adjoining clause', () => {
	it('keeps its reading where the text names no neighbour ("shipped by sea to Sunderland and Dorset")', () => {
		const found = read('Arlington is a town in Bennington County, Vermont, United States. Its marble was shipped by sea to Sunderland and Dorset.');
		expect(found.filter((t) => t.startsWith('Sunderland → city GB'))).toHaveLength(1);
	});

	it('keeps its reading at another mention placed by its own parent ("to Sunderland, in England")', () => {
		const found = read('Arlington is a town in Bennington County, Vermont, United States. Sandgate adjoins it to the west, Sunderland to the north and Shaftsbury to the south. Its marble was shipped to Boston and to Sunderland, in England.');
		expect(found.filter((t) => t.startsWith('Sunderland → city GB'))).toHaveLength(1);
	});
});
