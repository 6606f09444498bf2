// US counties as places and as context: "Scott County, Indiana" is a county, and every US town
// knows its county.
import { beforeAll, describe, expect, it } from 'vitest';
import { divisionsOf, lookupEntries, placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { countyName, countyPopulationsFromZips, readCountyOutlines } from '../../src/lib/server/gazetteer-build/counties.ts';
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

	it('carry the population of their ZIP code areas, not only of the few towns GeoNames lists', () => {
		// York County, Virginia: 70,045 people in the 2020 census; GeoNames lists only Yorktown (195)
		const york = placeById(gazetteer, 'adm2:US-51199')!;
		expect(york.population).toBeGreaterThan(50_000);
		expect(york.population).toBeLessThan(120_000);
		// Los Angeles County: 10.0 million in 2020
		const losAngeles = placeById(gazetteer, 'adm2:US-06037')!.population;
		expect(losAngeles).toBeGreaterThan(9_000_000);
		expect(losAngeles).toBeLessThan(11_000_000);
	});

	it('share a ZIP area out among the counties it spans, by its weights', () => {
		const populations = countyPopulationsFromZips([
			{ population: 1000, county_weights: '{"51199": 75, "51700": 25}' },
			{ population: 200, county_weights: { '51199': 100 } },
			{ population: null, county_weights: '{"51199": 100}' },
			{ population: 400, county_weights: '{"1001": 100}' }
		]);
		expect(populations.get('51199')).toBe(950);
		expect(populations.get('51700')).toBe(250);
		// FIPS codes written as numbers lose their leading zero
		expect(populations.get('01001')).toBe(400);
	});

	it("read their outlines once per build, by FIPS, for the counties and the ZIP towns' county check alike", () => {
		const outlines = readCountyOutlines();
		expect(readCountyOutlines()).toBe(outlines);
		expect(outlines.get('39075')?.properties.name).toBe('Holmes');
		expect(outlines.size).toBeGreaterThan(3000);
	});
});
