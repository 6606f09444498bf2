import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../contracts.ts';
import { validatePlaces } from './validate-places.ts';

function feature(id: string, geometry: PlaceFeature['geometry'], lat = 40, lon = 47): PlaceFeature {
	return {
		type: 'Feature',
		id,
		geometry,
		properties: { id, name: id, kind: 'city', country: 'AZ', countryName: 'Azerbaijan', lat, lon, documentCount: 1, mentionCount: 1, topics: [], firstDate: null, lastDate: null, documents: ['d'], excerptsFile: id, geonameId: null }
	};
}

describe('validatePlaces', () => {
	it('keeps valid points, lines and polygons', () => {
		const ok = [
			feature('point', { type: 'Point', coordinates: [47, 40] }),
			feature('line', { type: 'LineString', coordinates: [[46.5, 39.5], [46.7, 39.7]] }),
			feature('poly', { type: 'Polygon', coordinates: [[[46, 39], [47, 39], [47, 40], [46, 39]]] })
		];
		expect(validatePlaces({ type: 'FeatureCollection', features: ok })).toEqual({ places: { type: 'FeatureCollection', features: ok }, problems: [] });
	});
	it('drops broken structure and out-of-range coordinates with a reason', () => {
		const { places, problems } = validatePlaces({
			type: 'FeatureCollection',
			features: [
				feature('swapped', { type: 'Point', coordinates: [40, 147] }),
				feature('one-point-line', { type: 'LineString', coordinates: [[46.5, 39.5]] }),
				feature('open-ring', { type: 'Polygon', coordinates: [[[46, 39], [47, 39], [47, 40], [46, 40]]] }),
				feature('bad-centre', { type: 'Point', coordinates: [47, 40] }, 95, 47),
				feature('nan', { type: 'Point', coordinates: [Number.NaN, 40] }),
				feature('fine', { type: 'Point', coordinates: [47, 40] })
			]
		});
		expect(places.features.map((f) => f.id)).toEqual(['fine']);
		expect(problems).toHaveLength(5);
		expect(problems[0]).toMatch(/^place swapped \(swapped\): coordinate 40,147 is out of range$/);
	});
});
