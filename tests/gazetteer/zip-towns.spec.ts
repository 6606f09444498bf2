// Small US towns from ZIP codes: each ZIP point checked against the Census centroid or its county, towns GeoNames
// already has left alone, and the new ones placed only by the text's own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupEntries, placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { readZipTowns, townName } from '../../src/lib/server/gazetteer-build/zip-towns.ts';
import { readZipCountyCheck, zipCountyCheck } from '../../src/lib/server/gazetteer-build/zip-counties.ts';
import type { DraftPlace } from '../../src/lib/server/gazetteer-build/draft.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function town(name: string, admin1: string, lat: number, lon: number): DraftPlace {
	return { id: `gn:${name}`, name, kind: 'city', featureCode: 'PPL', country: 'US', admin1, lat, lon, population: 1000, geonameId: null, names: new Set([name]) };
}

describe('ZIP towns in the build', () => {
	it('keep only ZIP points a second source confirms, and skip towns already known nearby', () => {
		const none = readZipTowns([], new Set(['KS', 'AR']));
		const { report } = none;
		expect(report.verified + report.inCounty + report.disagreeing + report.unverified).toBe(report.zips);
		expect(report.unverified).toBeGreaterThan(0);
		expect(none.towns.some((t) => t.name === 'Washington' && t.admin1 === 'KS')).toBe(true);
		// Washington, Kansas known from GeoNames (39.8166, -97.0509): no second entry for it
		const known = readZipTowns([town('Washington', 'KS', 39.8166, -97.0509)], new Set(['KS']));
		expect(known.towns.some((t) => t.name === 'Washington')).toBe(false);
		expect(known.report.known).toBeGreaterThan(0);
	});

	it('add Washington, Arkansas (about 100 people, not in cities500) within a few km of where it is', () => {
		const entry = lookupEntries(gazetteer, 'Washington', { country: 'US' }).find((e) => e.admin1 === 'AR');
		const place = placeById(gazetteer, entry!.id)!;
		// Washington, Arkansas: 33°46′N 93°41′W (Wikipedia; GNIS)
		expect(Math.abs(place.lat - 33.774)).toBeLessThan(0.15);
		expect(Math.abs(place.lon + 93.682)).toBeLessThan(0.15);
		expect(place.population).toBe(0);
	});
});

describe('ZIP points the Census centroids cannot confirm', () => {
	// a square county of about 22 km a side, around 40.5 N, 81.8 W
	const square = { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[-81.9, 40.4], [-81.65, 40.4], [-81.65, 40.6], [-81.9, 40.6], [-81.9, 40.4]]] } };
	const check = zipCountyCheck({ '44617': { fips: 39075 }, '99999': { fips: '01001' } }, new Map([['39075', square]]));

	it('are kept where the point lies in, or just outside, the county the USPS assigns the ZIP', () => {
		expect(check('44617', 40.5071, -81.7829)).toBe(true);
		expect(check('44617', 40.63, -81.78)).toBe(true);
		expect(check('44617', 41.2, -81.78)).toBe(false);
		expect(check('99999', 40.5, -81.8)).toBeUndefined();
		expect(check('12345', 40.5, -81.8)).toBeUndefined();
	});

	it('add post-office-box towns (Charm, Ohio) and rural post offices far from their area\'s middle (Long Pine, Nebraska)', () => {
		const without = readZipTowns([], new Set(['OH', 'NE']));
		expect(without.towns.some((t) => t.name === 'Charm' || t.name === 'Long Pine')).toBe(false);
		const { towns, report } = readZipTowns([], new Set(['OH', 'NE']), readZipCountyCheck());
		expect(towns.find((t) => t.name === 'Charm')).toMatchObject({ admin1: 'OH', id: 'zip:44617' });
		expect(towns.find((t) => t.name === 'Long Pine')).toMatchObject({ admin1: 'NE', id: 'zip:69217' });
		expect(report.inCounty).toBeGreaterThan(0);
		expect(report.verified + report.inCounty + report.disagreeing + report.unverified).toBe(report.zips);
	});

	it('win where the text names their county', () => {
		// Hima, Kentucky: post-office boxes only (ZIP 40951), so no Census centroid
		const [hima] = geoparse('Hima is an unincorporated community in Clay County, Kentucky.', gazetteer);
		expect(hima!.placeId).toBe('zip:40951');
	});
});

describe('post-office names as the towns spell them', () => {
	it('close up and capitalise the Postal Service\'s "Mc " and "Mc" prefixes', () => {
		expect(townName('Mc Henry')).toBe('McHenry');
		expect(townName('Mchenry')).toBe('McHenry');
		expect(townName('Mc Call Creek')).toBe('McCall Creek');
		expect(townName('Annandale On Hudson')).toBe('Annandale on Hudson');
		expect(townName('Mcadoo')).toBe('McAdoo');
		expect(townName('Emcee')).toBe('Emcee');
	});

	it('so McHenry, Kentucky is found by its name, and McComb, Ohio (GeoNames has it) is not added twice', () => {
		const { towns } = readZipTowns([town('McComb', 'OH', 41.1076, -83.7927)], new Set(['KY', 'OH']), readZipCountyCheck());
		expect(towns.find((t) => t.admin1 === 'KY' && t.id === 'zip:42354')?.name).toBe('McHenry');
		expect(towns.some((t) => t.admin1 === 'OH' && /^mc ?comb$/i.test(t.name))).toBe(false);
		const entry = lookupEntries(gazetteer, 'McHenry', { country: 'US' }).find((e) => e.admin1 === 'KY');
		expect(entry?.id).toBe('zip:42354');
	});
});

describe('ZIP towns in resolution', () => {
	it('win where the text names their parents', () => {
		const [washington] = geoparse('Washington is a town in Hempstead County, Arkansas, United States.', gazetteer);
		expect(washington!.placeId.startsWith('zip:')).toBe(true);
		expect(placeById(gazetteer, washington!.placeId)!.admin1).toBe('AR');
	});

	it('are not recognised in running text by a name only post offices bear, nor stand in for a known name', () => {
		expect(geoparse('Educators marched on the Capitol anyway.', gazetteer)).toEqual([]);
		// the team is named after the state (an embedded toponym), not the post office of that name
		expect(geoparse('Mississippi State won the game.', gazetteer).map((t) => `${t.name} ${t.placeId}`)).toEqual(['Mississippi State adm1:US-MS']);
		const [dc] = geoparse('In Washington, some of the diplomats left for Salisbury and London.', gazetteer);
		expect(dc!.placeId).toBe('gn:4140963');
	});
});

describe('gazette lookup on a ZIP town', () => {
	it('says where the entry comes from', () => {
		const entry = lookupEntries(gazetteer, 'Washington', { country: 'US' }).find((e) => e.id.startsWith('zip:'))!;
		expect(entry.source).toMatch(/^post-office name of ZIP \d{5} \(zipcodes\)/);
	});
});
