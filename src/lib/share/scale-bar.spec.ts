import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar.ts';

describe('scale bar', () => {
	it('uses 512-pixel tiles', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
		expect(metresPerPixel(60, 1)).toBeCloseTo(78271.5 / 4, 0);
	});

	it('picks the longest round distance that fits', () => {
		const bar = scaleBar(40, 5, 120);
		expect(bar.width).toBeLessThanOrEqual(120);
		expect(bar.width).toBeGreaterThan(40);
		expect(bar.label).toMatch(/^(1|2|3|5)0{0,3} km$|^\d+ km$/);
		expect(scaleBar(40, 5, 120).label).toBe('200 km');
		expect(scaleBar(0, 18, 100).label).toMatch(/ m$/);
	});
});
