import { describe, expect, it } from 'vitest';
import { coveringLongitudes, frameForPlaces, framedPlaces, needsLocator, type FramePlace } from './frame.ts';

const place = (lon: number, lat: number, weight = 1, kind = 'city', bbox?: FramePlace['bbox']): FramePlace => ({ lon, lat, weight, kind, bbox });

describe('coveringLongitudes', () => {
	it('is the plain extent when the places are on one side of the antimeridian', () => {
		expect(coveringLongitudes([[10, 10], [40, 40], [25, 30]])).toEqual([10, 40]);
	});
	it('goes across the antimeridian when that is shorter (Fiji, Samoa, Tonga)', () => {
		const [west, east] = coveringLongitudes([[178, 178], [-172, -172], [-175, -175]]);
		expect(west).toBe(178);
		expect(east).toBe(188);
	});
	it('covers every interval, overlapping or not', () => {
		expect(coveringLongitudes([[0, 20], [10, 30], [100, 120]])).toEqual([0, 120]);
	});
});

describe('frameForPlaces', () => {
	it('is null without places', () => {
		expect(frameForPlaces([])).toBeNull();
	});

	it('frames the mining story: deposits, Karabakh and the corridor, not Russia, the EU or the US', () => {
		// The seed corpus's mining topic (weights are document counts).
		const places = [
			place(47.5, 40.5, 5, 'country'),
			place(49.892, 40.378, 4),
			place(45, 40.25, 4, 'country'),
			place(46.745, 39.827, 4, 'region', [46.3, 39.3, 47.2, 40.3]),
			place(100, 60, 3, 'country'),
			place(9.14, 48.69, 2, 'region'),
			place(-98.5, 39.76, 1, 'country'),
			place(50.5, 42, 1, 'water'),
			place(46.57, 40.06, 1, 'deposit'),
			place(46.61, 40.1, 1, 'deposit'),
			place(46.55, 39.6, 1, 'corridor', [46.4, 39.45, 46.85, 39.8]),
			place(46.75, 39.76, 1)
		];
		const frame = frameForPlaces(places)!;
		const [west, south, east, north] = frame.bounds;
		expect(frame.world).toBe(false);
		for (const [lon, lat] of [[46.57, 40.06], [46.61, 40.1], [46.3, 39.3], [47.2, 40.3], [46.4, 39.45], [49.892, 40.378]]) {
			expect(lon).toBeGreaterThanOrEqual(west);
			expect(lon).toBeLessThanOrEqual(east);
			expect(lat).toBeGreaterThanOrEqual(south);
			expect(lat).toBeLessThanOrEqual(north);
		}
		expect(east - west).toBeLessThan(6);
		expect(frame.outside).toBeGreaterThan(0);
		expect(needsLocator(frame)).toBe(true);
	});

	it('keeps far places that carry much of the story', () => {
		const places = [place(46, 40, 2), place(46.2, 40.1, 2), place(46.1, 40.2, 1), place(2.35, 48.85, 4)];
		const frame = frameForPlaces(places)!;
		expect(frame.bounds[0]).toBeCloseTo(2.35);
		expect(frame.outside).toBe(0);
	});

	it('uses the countries when the view has nothing finer', () => {
		const frame = frameForPlaces([place(47.5, 40.5, 1, 'country'), place(45, 40.25, 1, 'country')])!;
		expect(frame.bounds).toEqual([45, 40.25, 47.5, 40.5]);
	});

	it('includes the whole line or region, not only its label point', () => {
		const frame = frameForPlaces([place(44, 41.2, 1, 'corridor', [28, 38, 70, 45])])!;
		expect(frame.bounds).toEqual([28, 38, 70, 45]);
	});

	it('frames a Pacific story across the antimeridian', () => {
		const frame = frameForPlaces([place(178.44, -18.14), place(-171.76, -13.83), place(-175.2, -21.13)])!;
		expect(frame.world).toBe(false);
		expect(frame.bounds[0]).toBeCloseTo(178.44);
		expect(frame.bounds[2]).toBeCloseTo(188.24);
	});

	it('shows the world, without Antarctica, for places all round the globe', () => {
		const frame = frameForPlaces([place(-74, 40.7, 2), place(139.7, 35.7, 2), place(18.4, -33.9, 2), place(151.2, -33.9, 2), place(-46.6, -23.5, 2), place(77.2, 28.6, 2)])!;
		expect(frame.world).toBe(true);
		expect(frame.bounds[1]).toBeGreaterThanOrEqual(-58);
		expect(needsLocator(frame)).toBe(false);
	});
});

describe('framedPlaces', () => {
	it('keeps every place of a compact set', () => {
		const places = [place(46, 40), place(46.5, 40.2), place(47, 40.4)];
		expect(framedPlaces(places)).toHaveLength(3);
	});
});

describe('geometryBox', () => {
	it('is the extent of lines and polygons, null for points', async () => {
		const { geometryBox } = await import('./geometry-box.ts');
		expect(geometryBox({ type: 'Point', coordinates: [1, 2] })).toBeNull();
		expect(geometryBox({ type: 'LineString', coordinates: [[44, 41], [50, 40], [28, 41.5]] })).toEqual([28, 40, 50, 41.5]);
		expect(geometryBox({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, -2], [5, 5]]]] })).toEqual([0, -2, 6, 5]);
	});
});
