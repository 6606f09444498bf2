// Small US towns from ZIP codes: each ZIP point checked against the Census centroid, towns GeoNames
// already has left alone, and the new ones placed only by the text's own words.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupEntries, placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { readZipTowns } from '../../src/lib/server/gazetteer-build/zip-towns.ts';
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
	it('keep only ZIP points the Census centroids confirm, and skip towns already known nearby', () => {
		const none = readZipTowns([], new Set(['KS', 'AR']));
		const { report } = none;
		expect(report.verified + report.disagreeing + report.unverified).toBe(report.zips);
		expect(report.disagreeing).toBeGreaterThan(0);
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
