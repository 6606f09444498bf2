import { describe, expect, it } from 'vitest';
import { kilometres, liesWithin } from './qualifies.ts';

describe('liesWithin', () => {
	// two towns 0.9° of longitude apart at 60°N lie about 50 km apart, though 0.9° is 100 km at the equator
	const west = { lat: 60, lon: 10 };
	const east = { lat: 60, lon: 10.9 };

	it('measures the great circle, not degrees', () => {
		expect(kilometres(west, east)).toBeGreaterThan(49);
		expect(kilometres(west, east)).toBeLessThan(51);
		expect(liesWithin(west, east, 55)).toBe(true);
		expect(liesWithin(west, east, 45)).toBe(false);
	});

	it('keeps places due north within the distance (the latitude pre-test is no tighter than the distance)', () => {
		// 0.49° of latitude is about 54.5 km
		const north = { lat: 60.49, lon: 10 };
		expect(liesWithin(west, north, 55)).toBe(true);
		expect(liesWithin(west, north, 54)).toBe(false);
	});

	it('is symmetric', () => {
		expect(liesWithin(east, west, 55)).toBe(liesWithin(west, east, 55));
	});
});
