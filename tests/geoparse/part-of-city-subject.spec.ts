// "X is a neighbourhood of Cairo, Egypt": an article about a part of a city the gazetteer lacks is placed by
// that city, as one about a village is by its district, so a neighbour's name read as a small namesake on
// another continent by name alone ("Garden City" as Welwyn Garden City, "Lapa" in another state) is left
// unmapped. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('an article about a part of a city', () => {
	it('leaves unmapped the far small namesakes of its neighbours', () => {
		const cairo = read('Bab al-Louq is a neighbourhood of Cairo, Egypt, east of the Nile. Its market was founded by British traders from London, and its tram ran south to Garden City.');
		expect(cairo.filter((t) => t.startsWith('Garden City'))).toEqual([]);
		// (a big city named from afar stays)
		expect(cairo).toContain('London → city GB/ENG');
		const rio = read('Cosme Velho is a neighbourhood in the South Zone of Rio de Janeiro, Brazil, below Corcovado. Its streets climb from Laranjeiras, and its tramway once ran to Lapa.');
		expect(rio.filter((t) => t.startsWith('Laranjeiras') || t.startsWith('Lapa'))).toEqual([]);
	});

	it('keeps the neighbours that lie in or beside the city', () => {
		const found = read('Bab al-Louq is a neighbourhood of Cairo, Egypt, east of the Nile. Its tram ran to Giza and to Helwan.');
		expect(found).toContain('Giza → city EG/08');
		expect(found.filter((t) => t.startsWith('Helwan'))).toHaveLength(1);
	});
});
