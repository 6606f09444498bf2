// A first-level region whose GeoNames towns carry no code of it (Ghana's Savannah Region, split off in
// 2018; the Philippine provinces, a second level in GeoNames) weighs the people of the towns nearest its
// point, not the most a region can (1,000,000): a bare name with nothing around it is the better-known
// city, and the region still wins where the text names its country. Texts written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { lookupEntries } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const weightOf = (id: string) => gazetteer.places[gazetteer.byId.get(id)!]!.population;

describe('a region without a code of its own', () => {
	it('weighs the people of the towns nearest its point, below a US city of its name', () => {
		expect(weightOf('adm1:GH-SV')).toBeLessThan(weightOf('gn:4221552'));
		expect(weightOf('adm1:PH-AUR')).toBeLessThan(weightOf('gn:5412347'));
		expect(lookupEntries(gazetteer, 'Savannah')[0]!.id).toBe('gn:4221552');
	});

	it('gives way to the city where nothing else is named', () => {
		expect(placeOf(gazetteer, 'A man was arrested in Savannah on Tuesday after a chase.', 'Savannah')).toBe('city US/GA');
		expect(placeOf(gazetteer, 'Aurora police arrested a man Tuesday.', 'Aurora')).toBe('city US/CO');
	});

	it('is still the region where the text names its country', () => {
		expect(placeOf(gazetteer, 'Floods displaced 4,000 people in the Savannah Region of Ghana, officials in Damongo said.', 'Savannah Region')).toBe('region GH/null');
		expect(placeOf(gazetteer, 'A typhoon made landfall in Aurora, in the northern Philippines, on Sunday.', 'Aurora')).toBe('region PH/null');
	});

	it('outweighs a small town of its name in its own country (the nearest towns undercount a province)', () => {
		expect(weightOf('adm1:PH-AUR')).toBeGreaterThan(weightOf('gn:1689994'));
		expect(placeOf(gazetteer, 'Floods hit Aurora, Philippines.', 'Aurora')).toBe('region PH/null');
	});
});
