import fc from 'fast-check';
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { describe, expect, it } from 'vitest';
import { ScannedPoints } from './near.ts';

describe('ScannedPoints', () => {
	it('finds the points geokdbush finds, at any latitude and across the date line', () => {
		const coordinate = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89.9, max: 89.9, noNaN: true }));
		// points a few hundred metres to a few degrees from the query: many lie close to the radius
		const offset = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }));
		fc.assert(
			fc.property(coordinate, fc.array(offset, { minLength: 1, maxLength: 80 }), fc.constantFrom(1, 50, 120, 400), ([lon, lat], offsets, km) => {
				const points = offsets.map(([dx, dy]) => [((lon + dx + 540) % 360) - 180, Math.max(-90, Math.min(90, lat + dy))] as const);
				const index = new KDBush(points.length);
				for (const [x, y] of points) index.add(x, y);
				index.finish();
				const expected = around(index, lon, lat, Infinity, km).sort((a, b) => a - b);
				const found = new ScannedPoints(points.map((p) => p[0]), points.map((p) => p[1])).within(lon, lat, km);
				expect(found).toEqual(expected);
			}),
			{ numRuns: 500 }
		);
	});
	it('finds them in a set of several of the tree\'s leaves too (mention-context.ts scans up to 512 points)', () => {
		const coordinate = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89.9, max: 89.9, noNaN: true }));
		const offset = fc.tuple(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }));
		fc.assert(
			fc.property(coordinate, fc.array(offset, { minLength: 65, maxLength: 512 }), fc.constantFrom(50, 100, 400), ([lon, lat], offsets, km) => {
				const points = offsets.map(([dx, dy]) => [((lon + dx + 540) % 360) - 180, Math.max(-90, Math.min(90, lat + dy))] as const);
				const index = new KDBush(points.length);
				for (const [x, y] of points) index.add(x, y);
				index.finish();
				const expected = around(index, lon, lat, Infinity, km).sort((a, b) => a - b);
				expect(new ScannedPoints(points.map((p) => p[0]), points.map((p) => p[1])).within(lon, lat, km)).toEqual(expected);
			}),
			{ numRuns: 60 }
		);
	});
	it('keeps the point inside the radius and leaves the one outside', () => {
		// 1° of latitude is 111.2 km on geokdbush's sphere
		expect(new ScannedPoints([10, 10], [45, 46.1]).within(10, 45, 111)).toEqual([0]);
		expect(new ScannedPoints([10], [46]).within(10, 45, 112)).toEqual([0]);
	});
});
