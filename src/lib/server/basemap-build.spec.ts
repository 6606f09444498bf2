import { describe, expect, it } from 'vitest';
import { buildLakes, cityMinZoom, parseGeoNamesCities, selectCities, type City } from './basemap-build.ts';

/** A square lake `size` degrees wide with its south-west corner at lon, lat. */
const square = (lon: number, lat: number, size: number): number[][][] => [
	[
		[lon, lat],
		[lon + size, lat],
		[lon + size, lat + size],
		[lon, lat + size],
		[lon, lat]
	]
];

describe('basemap lakes', () => {
	it('keeps the lakes above the area threshold, biggest first, as simplified polygons', () => {
		// ~0.5° square at 40°N ≈ 2,360 km²; 0.1° ≈ 94 km²
		const input: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [square(10, 40, 0.1), square(20, 40, 0.5), square(30, 40, 1)] };
		const lakes = buildLakes(input, { minAreaKm2: 500, tolerance: 0.01, precision: 2 });
		expect(lakes.type).toBe('FeatureCollection');
		expect(lakes.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Polygon']);
		const [big, small] = lakes.features.map((f) => f.properties.area);
		expect(big).toBeGreaterThan(small!);
		expect(small).toBeGreaterThan(2000);
		expect(small).toBeLessThan(2800);
		for (const feature of lakes.features) {
			for (const [lon, lat] of (feature.geometry as GeoJSON.Polygon).coordinates[0]!) {
				expect(Math.round(lon! * 100) / 100).toBe(lon);
				expect(Math.round(lat! * 100) / 100).toBe(lat);
			}
		}
	});

	it('merges a lake the source cut in two along a straight line, and measures the whole', () => {
		// two 0.3° halves sharing the cut at lat 40.3 (vertices on the cut need not match): neither half
		// reaches 1,000 km², the lake does
		const south = [[[10, 40], [10.3, 40], [10.3, 40.3], [10.12, 40.3], [10, 40.3], [10, 40]]];
		const north = [[[10, 40.3], [10.17, 40.3], [10.3, 40.3], [10.3, 40.6], [10, 40.6], [10, 40.3]]];
		const lakes = buildLakes({ type: 'MultiPolygon', coordinates: [south, north] }, { minAreaKm2: 1000, tolerance: 0.001, precision: 3 });
		expect(lakes.features).toHaveLength(1);
		expect(lakes.features[0]!.properties.area).toBeGreaterThan(1400);
		expect(lakes.features[0]!.geometry.type).toBe('Polygon');
	});

	it('leaves out lakes the land layer already draws as sea', () => {
		const input: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: [square(50, 40, 1), square(30, 40, 1)] };
		const lakes = buildLakes(input, { minAreaKm2: 500, tolerance: 0.01, precision: 2 }, ([lon]) => lon > 45);
		expect(lakes.features).toHaveLength(1);
		expect((lakes.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]![0]).toBeLessThan(45);
	});
});

describe('basemap cities', () => {
	const row = (id: number, name: string, ascii: string, lat: number, lon: number, code: string, population: number) =>
		[id, name, ascii, '', lat, lon, 'P', code, 'XX', '', '', '', '', '', population, '', '', 'Etc/UTC', '2024-01-01'].join('\t');
	const text = [
		row(1, 'Megacity', 'Megacity', 10, 10, 'PPLA', 12_000_000),
		row(2, 'Capital', 'Capital', 20, 20, 'PPLC', 800_000),
		row(3, 'Borough', 'Borough', 10.1, 10.1, 'PPLX', 3_000_000),
		row(4, 'Suburb', 'Suburb', 10.2, 10.2, 'PPL', 2_500_000),
		row(5, 'Łódź', 'Lodz', 51.8, 19.5, 'PPLA', 670_000),
		row(6, 'Town', 'Town', 30, 30, 'PPL', 50_000),
		'not a row'
	].join('\n');

	it('parses GeoNames rows, skips city sections and names outside the font', () => {
		const cities = parseGeoNamesCities(text);
		expect(cities.map((c) => c.name)).toEqual(['Megacity', 'Capital', 'Suburb', 'Lodz', 'Town']);
		expect(cities[1]).toMatchObject({ id: 'gn:2', capital: true, population: 800_000, lat: 20, lon: 20 });
	});

	it('keeps every capital and the largest cities, spaced apart, with label zooms and ranks', () => {
		const fc = selectCities(parseGeoNamesCities(text), { largest: 2, spacingKm: 40 });
		expect(fc.features.map((f) => f.properties.name)).toEqual(['Megacity', 'Capital', 'Lodz']);
		expect(fc.features.map((f) => f.properties.z)).toEqual([2, 3, 5]);
		expect(fc.features.map((f) => f.properties.rank)).toEqual([0, 1, 2]);
		expect(fc.features[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [10, 10] }, properties: { id: 'gn:1', name: 'Megacity', capital: false, z: 2, rank: 0 } });
	});

	it('shows megacities and big capitals first, the smallest capitals last', () => {
		const city = (population: number, capital: boolean): City => ({ id: 'gn:0', name: 'x', lon: 0, lat: 0, population, capital });
		expect([city(11e6, false), city(3e6, true), city(600e3, true), city(6e6, false), city(200e3, true), city(3e6, false), city(40e3, true), city(1e6, false)].map(cityMinZoom)).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
	});
});

describe('basemap countries', () => {
	it('converts world-atlas to land, borders and label points, rounded to 0.01°', async () => {
		const { readFile } = await import('node:fs/promises');
		const { createRequire } = await import('node:module');
		const { countryLayers, unwrapRing } = await import('../map/basemap-geometry.ts');
		const topology = JSON.parse(await readFile(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'));
		const layers = countryLayers(topology);
		expect(layers.land.features).toHaveLength(1);
		expect(layers.borders.features[0]!.geometry.type).toBe('MultiLineString');
		const names = layers['country-labels'].features.map((f) => f.properties!.name as string);
		expect(names).toContain('Armenia');
		expect(names).not.toContain('Antarctica');
		const coordinates = JSON.stringify(layers.land.features[0]!.geometry).match(/-?\d+\.\d+/g)!;
		expect(coordinates.every((n) => n.split('.')[1]!.length <= 2)).toBe(true);
		expect(unwrapRing([[179, 0], [-179, 1], [-178, 2]])).toEqual([[179, 0], [181, 1], [182, 2]]);
	});
});
