// An alternate name that spells a town's own name with a letter or two changed or doubled ("Kiryat Shmona" for
// GeoNames' Qiryat Shmona, "Metula" for Metulla) is the town as the news writes it, not one of the foreign or old
// names it is seldom called by: it needs no preposition or qualifier. A first name, and a name with letters added
// or dropped ("Haydn", Hayden), are not so read. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { spellsOwnName } from '../../src/lib/geoparse/alternate-spelling.ts';
import type { GazetteerPlace } from '../../src/lib/gazetteer/types.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}`);

describe('a town named by a spelling of its own name', () => {
	it('maps it without a preposition', () => {
		expect(read('ISRAEL — Sirens sounded over Kiryat Shmona and Metula on Sunday as rockets crossed the border.')).toEqual(['ISRAEL → IL', 'Kiryat Shmona → IL', 'Metula → IL']);
	});

	it('takes a letter changed or doubled for the name, but not in a short name, a first name, or letters added', () => {
		const town = (name: string): GazetteerPlace => ({ id: `t:${name}`, name, kind: 'city', featureCode: 'PPL', country: 'XX', admin1: null, lat: 0, lon: 0, population: 900, geonameId: null });
		expect(spellsOwnName('metula', town('Metulla'), gazetteer)).toBe(true);
		expect(spellsOwnName('kiryat shmona', town('Qiryat Shmona'), gazetteer)).toBe(true);
		expect(spellsOwnName('urgench', town('Urganch'), gazetteer)).toBe(true);
		expect(spellsOwnName('mirza', town('Mârza'), gazetteer)).toBe(false);
		expect(spellsOwnName('julia', town('Plovdiv'), gazetteer)).toBe(false);
		expect(spellsOwnName('haydn', town('Hayden'), gazetteer)).toBe(false);
		expect(spellsOwnName('xie yang', town('Xieyang'), gazetteer)).toBe(false);
		expect(spellsOwnName('marta', town('Marte'), gazetteer)).toBe(false);
	});
});
