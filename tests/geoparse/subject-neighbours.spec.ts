// The places a stub about a small place names as its parts or its neighbours ("subdivided into 34
// barangays, among them …", "borders the following municipalities", "lies between X and Y") lie beside
// it: a namesake far away is left unmapped, one near the subject taken. Texts written for these tests
// (tests/geoparse/wiki-held-out-stubs-west.ts has more), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe("a stub's parts and neighbours", () => {
	it('are no namesakes hundreds of km from the subject (barangays of a Philippine municipality)', () => {
		const found = read('Pandan is a 4th class municipality in the province of Antique, Philippines. Pandan is politically subdivided into 34 barangays, among them Baybay, San Andres and Tingib.');
		expect(found.filter((t) => t.startsWith('Baybay') || t.startsWith('San Andres'))).toEqual([]);
		expect(found[0]).toBe('Pandan → city PH/06');
	});

	it('are no namesakes across the country from the division a township lies in', () => {
		const found = read('Washington Township is one of ten townships in Daviess County, Indiana, United States. The city of Washington lies within the township, and so does the small community of Glendale.');
		expect(found.filter((t) => t.startsWith('Glendale'))).toEqual([]);
		expect(found).toContain('Daviess County → district US/IN');
	});

	it('lie beside the municipality a subject the gazetteer lacks is part of ("a frazione of the comune of Norcia")', () => {
		const found = read('Agriano is a frazione of the comune of Norcia in the province of Perugia. The other frazioni of Norcia include Campi, Savelli and San Pellegrino.');
		expect(found.filter((t) => t.startsWith('Campi') || t.startsWith('Savelli'))).toEqual([]);
		// (the frazione itself is put within Norcia: within-parent.ts)
		expect(found.slice(0, 2)).toEqual(['Agriano → city IT/18 (within)', 'Norcia → city IT/18']);
	});

	it('keeps the neighbours that lie beside the subject', () => {
		const found = read('Eygalières is a commune in the Bouches-du-Rhône department in southern France. It lies next to Saint-Rémy-de-Provence and Orgon.');
		expect(found).toContain('Orgon → city FR/93');
		expect(found).toContain('Saint-Rémy-de-Provence → city FR/93');
	});
});

describe('a described place with an aside of its other names between commas', () => {
	it('is the subject its sentence describes ("Pandan, officially the Municipality of Pandan, is …")', () => {
		// the subject found, a small town abroad that only its size chose is no place of the text
		const found = read('Pandan, officially the Municipality of Pandan, is a 4th class municipality in the province of Antique, Philippines. Fishing boats from Guia land their catch at the market.');
		expect(found.filter((t) => t.startsWith('Guia'))).toEqual([]);
		expect(found[0]).toBe('Pandan → city PH/06');
	});
});
