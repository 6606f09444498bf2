// "Bethlehem in Israel", "Jenin in Israel": where the country after "in" holds none of the name's towns, the
// namesake lying beside its towns (in a territory the country borders, occupies or disputes, coded for another
// country) is meant — not a bigger namesake an ocean away that bears the name in another language (Belém,
// Brazil, among whose other names GeoNames lists "Bethlehem"). A homonym inside the country still wins
// ("Liverpool in Canada"). Written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function countryOf(text: string, name: string): string | null | undefined {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.country;
}

describe('a town "in" a country that holds none of its namesakes', () => {
	it('is the namesake beside the country\'s towns: "Bethlehem in Israel"', () => {
		expect(countryOf('Thousands of pilgrims gathered in Bethlehem in Israel for the midnight mass.', 'Bethlehem')).toBe('PS');
	});
	it('is the namesake beside the country\'s towns: "Jenin in Israel"', () => {
		expect(countryOf('Soldiers raided Jenin in Israel on Tuesday, the army said.', 'Jenin')).toBe('PS');
	});
});

describe('a namesake inside the country still comes first', () => {
	it('reads "Liverpool in Canada" as the Nova Scotia town', () => {
		expect(countryOf('The ferry docked at Liverpool in Canada after a rough crossing.', 'Liverpool')).toBe('CA');
	});
});
