// "Quebec, Canada", "Oaxaca, Mexico": a name both a first-level region and its seat bear, where English calls
// the seat "<name> City" (the gazetteer has that name for it), is the region before its country's name; the
// city would have been called so. A seat no such name marks ("Sao Paulo, Brazil"), a country's capital
// ("Dublin, Ireland") and a city that is not the region's seat ("New York, United States") stay the cities;
// so does the pair as a dateline or before an apposition calling it a city, and a village described as in
// such a region is put at the region.
// Written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function kindOf(text: string, name: string): string | undefined {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.kind;
}

describe('a region whose seat English calls "<name> City", named before its country', () => {
	it('reads "Quebec, Canada" as the province', () => {
		expect(kindOf('The company will build its battery plant in Quebec, Canada, by 2028.', 'Quebec')).toBe('region');
	});
	it('reads "Oaxaca, Mexico" as the state', () => {
		expect(kindOf('Weavers from Oaxaca, Mexico, showed their rugs at the fair.', 'Oaxaca')).toBe('region');
	});
	it('leaves "Quebec City, Canada" the city', () => {
		expect(kindOf('The summit met in Quebec City, Canada, last June.', 'Quebec City')).toBe('city');
	});
});

describe('cities no "<name> City" marks as their region\'s seat stay cities before their country', () => {
	it('keeps "Sao Paulo, Brazil" the city', () => {
		expect(kindOf('She moved to Sao Paulo, Brazil, in 2010 to study law.', 'Sao Paulo')).toBe('city');
	});
	it('keeps "Dublin, Ireland" the capital', () => {
		expect(kindOf('He was born in Dublin, Ireland, and raised in Boston.', 'Dublin')).toBe('city');
	});
	it('keeps "New York, United States" the city', () => {
		expect(kindOf('The band played in New York, United States, before touring Japan.', 'New York')).toBe('city');
	});
});

describe('"<name>, Country" the text says is a city stays the city', () => {
	it('reads a dateline "OAXACA, Mexico (AP) —" as the city', () => {
		expect(kindOf('OAXACA, Mexico (AP) — Bakers in the old town sold out of bread by noon on Sunday.', 'OAXACA')).toBe('city');
	});
	it('reads a mixed-case dateline "Oaxaca, Mexico —" as the city', () => {
		expect(kindOf('Oaxaca, Mexico — Bakers in the old town sold out of bread by noon on Sunday.', 'Oaxaca')).toBe('city');
	});
	it('reads "Oaxaca, Mexico, a colonial city" as the city', () => {
		expect(kindOf('The festival takes place in Oaxaca, Mexico, a colonial city known for its mole.', 'Oaxaca')).toBe('city');
	});
	it('reads "Quebec, Canada, the provincial capital" as the city', () => {
		expect(kindOf('Delegates gathered in Quebec, Canada, the provincial capital, for the vote.', 'Quebec')).toBe('city');
	});
	it('still reads "Quebec, Canada, a province" as the province', () => {
		expect(kindOf('Hydro dams in Quebec, Canada, a province rich in rivers, sell power south.', 'Quebec')).toBe('region');
	});
});

describe('a village described as in such a region', () => {
	it('is put at the region it names, not left unmapped', () => {
		const found = geoparse('Lac-des-Huards-Nord is a municipality in Quebec, Canada.', gazetteer);
		const village = found.find((t) => t.name === 'Lac-des-Huards-Nord');
		const province = found.find((t) => t.name === 'Quebec');
		expect(province?.kind).toBe('region');
		expect(village?.reasons).toContain('within-parent');
		expect([village?.lat, village?.lon]).toEqual([province?.lat, province?.lon]);
	});
	it('but not after its division word, which never read as the seat ("the state of Oaxaca, Mexico")', () => {
		const found = geoparse('Tlacotepec Viejo is a village in the state of Oaxaca, Mexico, near the coast.', gazetteer);
		expect(found.find((t) => t.name === 'Tlacotepec Viejo')).toBeUndefined();
	});
});
