// A region's bare name that a big town also bears: the town takes it when it lies in the region or is
// a capital ("New York", "Washington", "Baku" keep "… State" for the region), the region keeps it when
// the town is a plain town elsewhere ("Mpumalanga" the province, not the KwaZulu-Natal township).
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupEntries, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { townTakesName } from '../../src/lib/server/gazetteer-build/regions.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const ids = (name: string) => lookupEntries(gazetteer, name).map((entry) => entry.id);

describe('a region named like a big town', () => {
	it('keeps its bare name when the town is a plain town in another region with fewer people', () => {
		expect(ids('Mpumalanga')).toContain('adm1:ZA-MP');
		expect(ids('Wyoming')).toContain('adm1:US-WY');
		expect(ids('Caldas')).toContain('adm1:CO-CAL');
	});

	it('gives it up to the town in the region itself or to a capital (the region is "… State")', () => {
		for (const [name, region] of [
			['New York', 'adm1:US-NY'],
			['Washington', 'adm1:US-WA'],
			['Baku', 'adm1:AZ-BA']
		] as const) {
			expect(ids(name)).not.toContain(region);
			expect(ids(`${name} State`)).toContain(region);
		}
	});
});

describe('townTakesName', () => {
	const region = { admin1: '07', people: 1_370_000 };
	it('weighs where the town lies, whether it is a capital and its people against the region', () => {
		expect(townTakesName({ population: 140_000, admin1: '02', featureCode: 'PPL' }, region)).toBe(false);
		expect(townTakesName({ population: 140_000, admin1: '07', featureCode: 'PPL' }, region)).toBe(true);
		expect(townTakesName({ population: 690_000, admin1: 'DC', featureCode: 'PPLC' }, region)).toBe(true);
		expect(townTakesName({ population: 2_000_000, admin1: '02', featureCode: 'PPL' }, region)).toBe(true);
		expect(townTakesName({ population: 40_000, admin1: '07', featureCode: 'PPLA' }, region)).toBe(false);
		expect(townTakesName({ population: 140_000, admin1: '02', featureCode: 'PPL' }, { admin1: null, people: 0 })).toBe(true);
	});
});
