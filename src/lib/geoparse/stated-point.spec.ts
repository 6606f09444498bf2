// Linear time on a megabyte of near misses: tests/property/stated-point.spec.ts (a ratio, not a wall-clock limit).
import { describe, expect, it } from 'vitest';
import { statedPoint } from './stated-point.ts';

const near = (text: string) => {
	const point = statedPoint(text);
	return point && [Number(point.lat.toFixed(3)), Number(point.lon.toFixed(3))];
};

describe('the coordinates a text states', () => {
	it('reads degrees, minutes and seconds with primes or quotes, and the hemispheres', () => {
		expect(near('Coordinates: 40°22′34″N 82°23′50″W')).toEqual([40.376, -82.397]);
		expect(near(`It lies at 40° 1' 2" N, 83° 0' W.`)).toEqual([40.017, -83]);
		expect(near('Coordinates\t36°43′48″S 146°57′36″E')).toEqual([-36.73, 146.96]);
		expect(near('47°48′N 08°02′E')).toEqual([47.8, 8.033]);
	});

	it('reads "deg" for the degree sign and hemispheres in lower case, as plain-text copies write them', () => {
		expect(near("the mill stands at 41deg12'36''n 84deg30'18''w, beside the creek")).toEqual([41.21, -84.505]);
		expect(near('41.20917degn 84.50500degw / 41.20917; -84.505')).toEqual([41.209, -84.505]);
		expect(statedPoint('a 30deg angle; 2.5; 3.5 mm')).toBeNull();
	});

	it('reads a latitude and a longitude written out as words', () => {
		expect(near('the hamlet sits at a latitude of 44.2301 and a longitude of -93.1177 on the survey map')).toEqual([44.23, -93.118]);
		expect(near('Latitude: 40.03, Longitude: -83.0')).toEqual([40.03, -83]);
		// far apart, or a bare number, is no point
		expect(statedPoint('The latitude of 41.8 was measured at noon, the river and the boats and the longitude of -71.5 later.')).toBeNull();
		expect(statedPoint('a latitude of 41 and a longitude of -71')).toBeNull();
	});

	it('reads decimal degrees with hemispheres, and the signed pair extracts give beside them', () => {
		expect(near('Chandpur is located at 29.13°N 78.27°E.')).toEqual([29.13, 78.27]);
		expect(near('Coordinates: 40.03; -83.0')).toEqual([40.03, -83]);
		expect(near('41.996°N 92.577°W / 41.996; -92.577')).toEqual([41.996, -92.577]);
	});

	it('ignores forms out of range or half given', () => {
		expect(statedPoint('95°N 10°E')).toBeNull(); // no latitude beyond 90
		expect(statedPoint('40°N 190°E')).toBeNull();
		expect(statedPoint('40°61′N 10°E')).toBeNull(); // 61 minutes
		expect(statedPoint('40°10′75″N 10°E')).toBeNull();
		expect(statedPoint('10°E 40°N')).toBeNull(); // longitude first
		expect(statedPoint('The village lies at 45°N.')).toBeNull();
	});

	it('takes no statistics for a signed pair', () => {
		expect(statedPoint('The odds ratio was 1.52 (95% CI 1.21; 1.90).')).toBeNull();
		expect(statedPoint('It was 30 °C; 2.5; 3.5 mm of rain fell.')).toBeNull();
		expect(statedPoint('scores 1.5; 2.5')).toBeNull();
		// "deg" + "e" inside a word is no degree sign
		expect(statedPoint('a neurodegenerative disease was less likely (HR: 0.85; 0.72-0.99).')).toBeNull();
	});
});
