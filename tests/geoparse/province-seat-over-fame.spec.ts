// A province's seat (GeoNames PPLA) in the country a story is about, with the story's towns around it, is what its
// name means there even against a city of the name that is named in many languages abroad, where nothing of the
// story lies in that city's country or near it. Written for these tests (none copied); no name is listed in the
// geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function countryOf(text: string, name: string): string {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.country ?? 'none';
}

describe('a province seat of the story\'s country against a city known abroad', () => {
	it('reads Concepción in a story from Asunción and Presidente Franco as the Paraguayan department\'s seat', () => {
		const text = 'ASUNCIÓN - The president opened a new bridge at Presidente Franco on Friday. Later in the day he flew to Concepción, in the north.';
		expect(countryOf(text, 'Concepción')).toBe('PY');
	});

	it('keeps the city known abroad where the story names its country', () => {
		const text = 'ASUNCIÓN - The president opened a new bridge at Presidente Franco on Friday. Later in the day he flew on to Chile, landing in Concepción in the evening.';
		expect(countryOf(text, 'Concepción')).toBe('CL');
	});

	it('keeps the city known abroad where the story names a place beside it', () => {
		const text = 'ASUNCIÓN - The president opened a new bridge at Presidente Franco on Friday. Later in the day he flew to Talcahuano and Concepción to meet port workers.';
		expect(countryOf(text, 'Concepción')).toBe('CL');
	});
});
