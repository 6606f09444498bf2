import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../../gazetteer/types.ts';
import { CURATED_GAZETTEER_FOLDER } from '../paths.ts';
import { readCountryShapes, type CountryShapes } from './country-shapes.ts';
import { checkPlacePoints } from './point-check.ts';

let shapes: CountryShapes;
beforeAll(async () => {
	shapes = await readCountryShapes(join(CURATED_GAZETTEER_FOLDER, 'country-shapes.tsv'));
});

function place(id: string, country: string, lat: number, lon: number): GazetteerPlace {
	return { id, name: id, kind: 'city', featureCode: 'PPL', country, admin1: null, lat, lon, population: 0, geonameId: null };
}

describe('the point check', () => {
	it('passes places inside their country, near its coast and on islands the outline leaves out', () => {
		const report = checkPlacePoints(
			[
				place('lyon', 'FR', 45.76, 4.84),
				place('yalta', 'UA', 44.5, 34.17), // Crimea: Natural Earth draws it in Russia
				place('laayoune', 'EH', 27.14, -13.19), // Western Sahara's west is drawn in Morocco
				place('ifalik', 'FM', 7.25, 144.45), // a Micronesian atoll, ~500 km from the outline, Micronesia nearest
				place('fort-de-france', 'MQ', 14.6, -61.07), // drawn inside France
				place('ocean', null as unknown as string, 0, -30) // seas and continents have no country
			],
			shapes,
			new Map()
		);
		expect(report.violations).toEqual([]);
		expect(report.checked).toBe(5);
	});

	it('reads outlines that close along the antimeridian (Russia, Fiji) as closed in the east', () => {
		// between 65° and 69° N Russia's ring runs along the antimeridian; read at -180 it would cross the map
		expect(shapes.contains('RU', 66.0, 100.0)).toBe(true);
		expect(shapes.contains('RU', 67.05, 64.21)).toBe(true);
		expect(shapes.contains('RU', 60.0, 100.0)).toBe(true);
		expect(shapes.contains('RU', 66.0, -100.0)).toBe(false);
	});

	it('fails a point on the wrong continent, or in a neighbouring country', () => {
		// country-state-city's Hunan sat in Oklahoma, Helmand in Baltimore
		const report = checkPlacePoints([place('hunan', 'CN', 36.73, -95.93), place('helmand', 'AF', 39.3, -76.62), place('kuwait', 'KW', 29.5, 45.75)], shapes, new Map());
		expect(report.violations.map((v) => v.id)).toEqual(['hunan', 'helmand', 'kuwait']);
		expect(report.violations[0]!.km).toBeGreaterThan(5000);
		expect(report.violations.every((v) => v.accepted === undefined)).toBe(true);
	});

	it('accepts allowlisted points with their reason and names entries that are no longer needed', () => {
		const report = checkPlacePoints(
			[place('akrotiri', 'GB', 34.6, 32.96), place('london', 'GB', 51.5, -0.12)],
			shapes,
			new Map([
				['akrotiri', 'a British base on Cyprus'],
				['london', 'not needed']
			])
		);
		expect(report.violations).toEqual([expect.objectContaining({ id: 'akrotiri', accepted: 'a British base on Cyprus' })]);
		expect(report.staleAllowances).toEqual(['london']);
	});
});
