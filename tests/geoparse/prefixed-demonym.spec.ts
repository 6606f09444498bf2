// A nationality after a capitalised "Pan" or "Inter" inside a name that goes on is a word of that name
// (prefixed-demonym.ts): "the Pan American Health Organization" is not the United States.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}`);

describe('a demonym after a name prefix', () => {
	it('is part of the organisation\'s name, not a country or continent ("Pan American Health Organization", "Inter-American Development Bank", "Pan-African Parliament")', () => {
		expect(read('The Pan American Health Organization warned of measles in Brazil.')).toEqual(['Brazil → Brazil']);
		expect(read('The Inter-American Development Bank lent Peru money.')).toEqual(['Peru → Peru']);
		expect(read('The Pan-African Parliament met in Midrand.')[0]).not.toMatch(/^African/);
	});

	it('stays a demonym without the prefix, or where the name stops after it', () => {
		expect(read('The American Health Organization warned.')).toEqual(['American → United States']);
		expect(read('Pan-African leaders met in Addis Ababa.')).toEqual(['African → Africa', 'Addis Ababa → Addis Ababa']);
		expect(read('An American delegation met Panamanian officials.')[0]).toBe('American → United States');
	});
});
