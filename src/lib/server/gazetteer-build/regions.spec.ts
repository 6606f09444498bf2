import { describe, expect, it } from 'vitest';
import { naturalEarthEnglishName } from './regions.ts';
import type { NaturalEarthRegion } from './region-points.ts';

// An invented country whose two sources number its provinces differently: Natural Earth's row under one ISO
// code is the province whose towns carry GeoNames code 01, and the package's province of that code is the one coded 35.
const northRow: NaturalEarthRegion = { lat: 37.5, lon: 45.0, admin1: '01', english: 'North Upland' };

describe('naturalEarthEnglishName', () => {
	it("gives the row's English name where the row carries the code the region's towns carry", () => {
		expect(naturalEarthEnglishName(northRow, '01')).toBe('North Upland');
	});

	it('gives none where the row carries another code than the towns of the region under its ISO code', () => {
		expect(naturalEarthEnglishName(northRow, '35')).toBeNull();
	});

	it("gives the name where the region's towns carry no code, or the row none, as nothing says they differ", () => {
		expect(naturalEarthEnglishName(northRow, null)).toBe('North Upland');
		expect(naturalEarthEnglishName({ ...northRow, admin1: null }, '35')).toBe('North Upland');
	});

	it('gives none where the row has no English name of its own', () => {
		expect(naturalEarthEnglishName({ ...northRow, english: null }, '01')).toBeNull();
		expect(naturalEarthEnglishName(undefined, '01')).toBeNull();
	});
});
