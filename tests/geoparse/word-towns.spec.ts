// An everyday English word a US town bears ("Grant", "Granite") is that town where the phrase sets it down as a place
// ("a brush fire at Grant", "Granite residents") and two other names of the text lead with places within 50 km of it:
// a county's towns read together. Without such neighbours, before a name going on ("at Grant Park") or a possessive
// ("at Grant's tomb"), the word stays a word (src/lib/geoparse/word-towns.ts). Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('an everyday word a US town bears, set down as a place among that town\'s neighbours', () => {
	it('is the town', () => {
		expect(where('Marshall County deputies answered a brush fire at Grant; crews from Guntersville, Arab and Boaz helped.', 'Grant')).toBe('US 35,-86');
		expect(where('Lake County commissioners in Leadville heard from Granite residents who want a bus to Buena Vista.', 'Granite')).toBe('US 39,-106');
	});

	it('stays a word without the neighbours, before a name going on, or before a possessive', () => {
		expect(where('The fire at Grant was small.', 'Grant')).toBe('unmapped');
		expect(where('Marshall County deputies met at Grant Park before driving to Guntersville, Arab and Boaz.', 'Grant')).toBe('unmapped');
		expect(where("The Marshall County band played at Grant's tomb; Guntersville, Arab and Boaz sent buses.", 'Grant')).toBe('unmapped');
	});

	it('stays a word in a headline, which capitalises every word (review s56)', () => {
		expect(where('Evanston, Skokie Families Vow to Bring Killer to Justice', 'Justice')).toBe('unmapped');
		expect(where('Evanston, Skokie Families Vow to Bring Killer to Justice\nResidents of Evanston and Skokie gathered Sunday in Chicago.', 'Justice')).toBe('unmapped');
	});
});
