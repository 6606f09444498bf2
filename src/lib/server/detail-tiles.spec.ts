import { describe, expect, it } from 'vitest';
import { selectTowns, townMinZoom } from './detail-tiles.ts';

describe('detail basemap towns', () => {
	it('shows bigger towns from earlier zooms', () => {
		expect(townMinZoom(2e6)).toBe(4);
		expect(townMinZoom(200e3)).toBe(5);
		expect(townMinZoom(60e3)).toBe(6);
		expect(townMinZoom(20e3)).toBe(7);
	});
	it('keeps towns above the threshold, biggest first, less the cities the world-scale labels show', () => {
		const city = (id: string, population: number) => ({ id, name: id, lat: 40, lon: 49, population, capital: false });
		const towns = selectTowns([city('gn:1', 20e3), city('gn:2', 3e6), city('gn:3', 5e3), city('gn:4', 90e3)], new Set(['gn:2']));
		expect(towns.features.map((f) => f.properties!.id)).toEqual(['gn:4', 'gn:1']);
		expect(towns.features.map((f) => f.properties!.z)).toEqual([6, 7]);
	});
});
