import { describe, expect, it } from 'vitest';
import type { DraftPlace } from './draft.ts';
import { peopleNearestRegions } from './region-people.ts';

const place = (id: string, country: string, lat: number, lon: number, population = 0): DraftPlace => ({
	id,
	name: id,
	kind: id.startsWith('adm1') ? 'region' : 'city',
	featureCode: id.startsWith('adm1') ? 'ADM1' : 'PPL',
	country,
	admin1: null,
	lat,
	lon,
	population,
	geonameId: null,
	names: new Set([id])
});

describe('peopleNearestRegions', () => {
	it("sums the people of the country's towns nearer the region's point than any other region's", () => {
		const north = place('adm1:GH-NP', 'GH', 9.5, -0.9);
		const savannah = place('adm1:GH-SV', 'GH', 9.1, -1.8);
		const towns = [place('Tamale', 'GH', 9.4, -0.85, 360_000), place('Damongo', 'GH', 9.08, -1.82, 25_000), place('Bole', 'GH', 9.03, -2.48, 13_000)];
		// a town of another country beside the point is not the region's
		const abroad = place('Ouessa', 'BF', 11.0, -2.8, 900_000);
		expect(peopleNearestRegions([north, savannah], [...towns, abroad], [savannah]).get(savannah)).toBe(38_000);
	});

	it('finds no towns for a region whose country has no towns, and measures across the antimeridian', () => {
		const east = place('adm1:FJ-E', 'FJ', -17.5, 179.9);
		const west = place('adm1:FJ-W', 'FJ', -17.8, 177.4);
		const island = place('Lomaloma', 'FJ', -17.3, -178.99, 1_000);
		expect(peopleNearestRegions([east, west], [island], [east, west])).toEqual(new Map([[east, 1_000], [west, 0]]));
		expect(peopleNearestRegions([east], [], [east]).get(east)).toBe(0);
	});
});
