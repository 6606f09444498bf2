// US counties as places and as context: "Scott County, Indiana" is a county, and every US town
// knows its county.
import { beforeAll, describe, expect, it } from 'vitest';
import { divisionsOf, lookupEntries, placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { countyName } from '../../src/lib/server/gazetteer-build/counties.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('US counties', () => {
	it('are districts with the state and county codes their towns carry, and a point inside', () => {
		const scott = placeById(gazetteer, 'adm2:US-18143');
		expect(scott).toMatchObject({ name: 'Scott County', kind: 'district', featureCode: 'ADM2', country: 'US', admin1: 'IN', admin2: '143' });
		// Scottsburg, its seat, is at 38°41′N 85°46′W (Wikipedia); the county spans ~30 km
		expect(Math.abs(scott!.lat - 38.686)).toBeLessThan(0.2);
		expect(Math.abs(scott!.lon + 85.77)).toBeLessThan(0.25);
		expect(lookupEntries(gazetteer, 'Scott County', { country: 'US' }).length).toBeGreaterThanOrEqual(10);
	});

	it('give towns their county: Salem, Indiana lies in Washington County', () => {
		const salem = lookupEntries(gazetteer, 'Salem', { country: 'US' }).find((e) => e.admin1 === 'IN' && e.name === 'Salem')!;
		const { region, county } = divisionsOf(gazetteer, placeById(gazetteer, salem.id)!);
		expect(region?.id).toBe('adm1:US-IN');
		expect(county?.id).toBe('adm2:US-18175');
		expect(county?.name).toBe('Washington County');
	});

	it('are named as news names them', () => {
		expect(countyName('18143', 'Scott')).toBe('Scott County');
		expect(countyName('22001', 'Acadia')).toBe('Acadia Parish');
		expect(countyName('02050', 'Bethel')).toBe('Bethel Census Area');
		expect(countyName('02020', 'Anchorage')).toBe('Anchorage Borough');
		expect(countyName('24510', 'Baltimore')).toBe('City of Baltimore');
		expect(countyName('24005', 'Baltimore')).toBe('Baltimore County');
		expect(countyName('32510', 'Carson City')).toBe('Carson City');
	});
});
