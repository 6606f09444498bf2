import { describe, expect, it } from 'vitest';
import type { MentionReading, PlaceChoice } from '../../places/place-choice.ts';
import { boundsOf, correctionFrom, formatScore, parsePoint, placeDetails, whyLost, type CorrectionTarget, type Draft } from './draft.ts';

const target: CorrectionTarget = { name: 'Georgia', placeId: 'adm1:US-GA', placeName: 'Georgia', lat: 32.2, lon: -82.9, documentId: 'storm', start: 10, end: 17 };
const country: PlaceChoice = { id: 'cc:GE', name: 'Georgia', kind: 'country', country: 'GE', countryName: 'Georgia', admin1Name: null, admin2Name: null, population: 3_700_000, lat: 42, lon: 43.5, score: 0.05 };
const draft = (patch: Partial<Draft> = {}): Draft => ({ action: 'resolve', scope: 'corpus', whereNamed: '', note: '', choice: country, place: { name: 'New', kind: 'site', point: '', geojson: '' }, ...patch });

describe('the dialog’s correction', () => {
	it('resolves the name in the chosen scope, with where-named and note', () => {
		expect(correctionFrom(target, draft({ whereNamed: ' Atlanta ', note: 'the country' }))).toEqual({ correction: { action: 'resolve', name: 'Georgia', placeId: 'cc:GE', whereNamed: 'Atlanta', note: 'the country' } });
		expect(correctionFrom(target, draft({ scope: 'mention', whereNamed: 'Atlanta' }))).toEqual({ correction: { action: 'resolve', name: 'Georgia', placeId: 'cc:GE', mention: { document: 'storm', start: 10, end: 17 } } });
		expect(correctionFrom(target, draft({ scope: 'document' }))).toEqual({ correction: { action: 'resolve', name: 'Georgia', placeId: 'cc:GE', documents: ['storm'] } });
	});
	it('merges the current place into the chosen one; not-a-place needs no place', () => {
		expect(correctionFrom(target, draft({ action: 'merge' }))).toEqual({ correction: { action: 'merge', name: 'Georgia', placeId: 'cc:GE', fromPlaceId: 'adm1:US-GA' } });
		expect(correctionFrom(target, draft({ action: 'not-a-place', choice: null }))).toEqual({ correction: { action: 'not-a-place', name: 'Georgia' } });
	});
	it('adds a place at a typed point (latitude first) or from GeoJSON', () => {
		const point = correctionFrom(target, draft({ action: 'add-place', place: { name: 'Camp', kind: 'site', point: '41.7, 44.8', geojson: '' } }));
		expect(point).toEqual({ correction: { action: 'add-place', name: 'Georgia', place: { name: 'Camp', kind: 'site', geometry: { type: 'Point', coordinates: [44.8, 41.7] } } } });
		const line = { type: 'LineString', coordinates: [[44, 41], [45, 42]] };
		const feature = JSON.stringify({ type: 'Feature', properties: {}, geometry: line });
		expect(correctionFrom(target, draft({ action: 'add-place', place: { name: 'Road', kind: 'corridor', point: '', geojson: feature } }))).toMatchObject({ correction: { place: { geometry: line } } });
	});
	it.each([
		['no place chosen', draft({ choice: null }), 'Choose the place'],
		['the place it is at already', draft({ choice: { ...country, id: 'adm1:US-GA' } }), 'already'],
		['a mention scope without a mention', draft({ scope: 'mention' }), 'not opened at a mention', { documentId: null, start: null, end: null }],
		['a new place without a name', draft({ action: 'add-place', place: { name: ' ', kind: 'site', point: '1, 2', geojson: '' } }), 'name'],
		['coordinates out of range', draft({ action: 'add-place', place: { name: 'X', kind: 'site', point: '95, 10', geojson: '' } }), 'latitude −90…90'],
		['GeoJSON that is not JSON', draft({ action: 'add-place', place: { name: 'X', kind: 'site', point: '', geojson: '{"type":' } }), 'not valid JSON'],
		['malformed GeoJSON', draft({ action: 'add-place', place: { name: 'X', kind: 'site', point: '', geojson: '{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}' } }), 'not valid GeoJSON'],
		['a GeoJSON position out of range', draft({ action: 'add-place', place: { name: 'X', kind: 'site', point: '', geojson: '{"type":"LineString","coordinates":[[0,0],[200,1]]}' } }), 'out of range'],
		['a note too long', draft({ note: 'x'.repeat(2001) }), 'longer than 2000']
	] as [string, Draft, string, Partial<CorrectionTarget>?][])('refuses %s', (_what, d, message, patch = {}) => {
		const built = correctionFrom({ ...target, ...patch }, d);
		expect('error' in built && built.error).toContain(message);
	});
});

describe('words about places', () => {
	it('reads points as latitude, longitude', () => {
		expect(parsePoint('33.749, -84.388')).toEqual([-84.388, 33.749]);
		expect(parsePoint('33.749 -84.388')).toEqual([-84.388, 33.749]);
		expect(parsePoint('-91, 0')).toBeNull();
		expect(parsePoint('0, 181')).toBeNull();
		expect(parsePoint('Atlanta')).toBeNull();
	});
	it('says why an alternative lost, and leaves out "bigger" when it is the bigger one', () => {
		const reading: MentionReading = { chosen: { ...country, id: 'adm1:US-GA', name: 'Georgia (US)', kind: 'region', population: 10_000_000, score: null, reasons: ['country-context', 'population'] }, alternatives: [country] };
		expect(whyLost(reading, country)).toBe('Lost to Georgia (US) (region, Georgia) (5 % of the evidence): it lies in a country the document names; it is bigger or better known.');
		expect(whyLost(reading, { ...country, population: 20_000_000, score: 0.004 })).toBe('Lost to Georgia (US) (region, Georgia) (under 1 % of the evidence): it lies in a country the document names.');
		expect(whyLost({ chosen: null, alternatives: [] }, country)).toBe('The geoparser found no place here.');
	});
	it('shows a tiny score as under 0.01, not 0.00', () => {
		expect([formatScore(0.004), formatScore(0), formatScore(0.256)]).toEqual(['< 0.01', '0.00', '0.26']);
	});
	it('tells homonyms apart by kind, divisions and population', () => {
		expect(placeDetails({ ...country, id: 'gn:1', name: 'Athens', kind: 'city', country: 'US', countryName: 'United States', admin1Name: 'Georgia', admin2Name: 'Clarke County', population: 127_315 })).toBe('city · Clarke County, Georgia, United States · 127,315 people');
		expect(placeDetails(country)).toBe('country · 3,700,000 people');
	});
});

describe('the preview’s bounds', () => {
	it('box the positions, none for none', () => {
		expect(boundsOf([[-82.9, 32.2], [43.5, 42], [10, -5]])).toEqual([[-82.9, -5], [43.5, 42]]);
		expect(boundsOf([])).toBeNull();
	});
	it('take a pasted shape with more positions than a call takes arguments', () => {
		const ring = Array.from({ length: 300_000 }, (_, i) => [-180 + (i % 360), -60 + (i % 120)]);
		expect(boundsOf(ring)).toEqual([[-180, -60], [179, 59]]);
	});
});
