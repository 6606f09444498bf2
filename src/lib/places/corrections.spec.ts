import { describe, expect, it } from 'vitest';
import type { Toponym } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import type { PlaceRecord } from '../corpus/place-record.ts';
import { applyCorrections, checkCorrectionPlaces, previewCorrection, type PreviewDocument } from './apply-corrections.ts';
import { describeCorrection, parseCorrection, parseCorrections, serializeCorrections } from './correction-format.ts';
import { CorrectionConflictError, correctionsRevision, editCorrections, readCorrectionsText } from './correction-edit.ts';
import { checkPlaceShape } from './place-shape.ts';

const places: Record<string, PlaceRecord> = {
	'country:GE': { id: 'country:GE', name: 'Georgia', kind: 'country', country: 'GE', lat: 42, lon: 43.5, geonameId: 614540 },
	'admin1:US-GA': { id: 'admin1:US-GA', name: 'Georgia', kind: 'region', country: 'US', lat: 32.7, lon: -83.4, geonameId: 4197000 },
	'city:tbilisi': { id: 'city:tbilisi', name: 'Tbilisi', kind: 'city', country: 'GE', lat: 41.7, lon: 44.8, geonameId: 611717 }
};
const lookup = (id: string) => places[id];

function toponym(text: string, name: string, placeId: string, from = 0): Toponym {
	const start = text.indexOf(name, from);
	const p = places[placeId] ?? places['country:GE']!;
	return { start, end: start + name.length, name, placeId, placeName: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, score: 0.6, usage: 'literal', reasons: ['population'] };
}

const atlanta = 'Atlanta, Georgia, voted. Georgia’s governor spoke in Atlanta.';
const tbilisi = 'Georgia and Tbilisi signed. Tiflis is the old name.';
const corpus: PreviewDocument[] = [
	{ id: 'us', text: atlanta, mentions: [toponym(atlanta, 'Atlanta', 'admin1:US-GA'), toponym(atlanta, 'Georgia', 'country:GE'), toponym(atlanta, 'Georgia’s', 'country:GE')] },
	{ id: 'ge', text: tbilisi, mentions: [toponym(tbilisi, 'Georgia', 'country:GE'), toponym(tbilisi, 'Tbilisi', 'city:tbilisi'), { ...toponym(tbilisi, 'Tiflis', 'city:tbilisi'), placeId: 'geonames:99' }] }
];

describe('the corrections file format', () => {
	it.each([
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', mention: { document: 'us', start: 5, end: 5 } }, '"mention"'],
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', mention: { document: 'us', start: 1, end: 3 }, documents: ['us'] }, 'its own scope'],
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', whereNamed: '' }, '"whereNamed"'],
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', time: 'yesterday' }, '"time"'],
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', author: 7 }, '"author"'],
		[{ action: 'merge', name: 'Tiflis', placeId: 'x' }, '"fromPlaceId"'],
		[{ action: 'merge', name: 'Tiflis', placeId: 'x', fromPlaceId: 'x' }, '"fromPlaceId"'],
		[{ action: 'resolve', name: 'Georgia', placeId: 'x', fromPlaceId: 'y' }, 'only "merge"'],
		[{ action: 'add-place', name: 'New Town' }, '"place"'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'village', geometry: { type: 'Point', coordinates: [1, 2] } } }, '"place.kind"'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', geometry: { type: 'Point', coordinates: [181, 2] } } }, 'out of range'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', geometry: { type: 'Point', coordinates: [10, -91] } } }, 'out of range'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] } } }, 'not valid GeoJSON'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', geometry: { type: 'LineString', coordinates: 'x' } } }, 'not valid GeoJSON'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', geometry: { type: 'GeometryCollection', geometries: [] } } }, 'must be one of'],
		[{ action: 'add-place', name: 'New Town', place: { kind: 'city', country: 'usa', geometry: { type: 'Point', coordinates: [1, 2] } } }, '"place.country"']
	])('rejects %j', (entry, message) => {
		expect(() => parseCorrection(entry, 0)).toThrow(InputFileError);
		expect(() => parseCorrection(entry, 0)).toThrow(message);
	});
	it('rejects two corrections with one id', () => {
		expect(() => parseCorrections([{ id: 'a', action: 'not-a-place', name: 'X' }, { id: 'a', action: 'not-a-place', name: 'Y' }])).toThrow('id "a"');
	});
	it('names an added place with the one text folding, any script, within the id length', () => {
		const added = (name: string) => parseCorrection({ action: 'add-place', name, place: { kind: 'site', geometry: { type: 'Point', coordinates: [49.8, 40.4] } } }, 0).place?.id;
		expect(added('Bakı Oil Rocks')).toBe('user:baki-oil-rocks');
		expect(added('Øresund Straße')).toBe('user:oresund-strasse');
		expect(added('თბილისი')).toBe('user:თბილისი');
		const long = added(`Camp ${'very long name '.repeat(10)}`)!;
		expect(long.length).toBeLessThanOrEqual('user:'.length + 80);
		expect(long).toMatch(/^user:camp-very-long-name-.*[a-z]$/);
	});
	it('writes entries in a fixed key order, one a line, and reads them back the same', () => {
		const entries = [
			{ note: 'state, not country', time: '2026-12-01T16:00:00.000Z', author: 'ana', whereNamed: 'Atlanta', placeId: 'admin1:US-GA', name: 'Georgia', action: 'resolve', id: 'c1' },
			{ action: 'add-place', name: 'Old Quay', place: { kind: 'site', geometry: { type: 'LineString', coordinates: [[44, 41], [44.1, 41.1]] } }, mention: { document: 'ge', start: 0, end: 7 } }
		];
		const text = serializeCorrections(parseCorrections(entries), { about: 'kept' });
		expect(text.split('\n')).toEqual([
			'{',
			'\t"about": "kept",',
			'\t"corrections": [',
			'\t\t{"id":"c1","action":"resolve","name":"Georgia","placeId":"admin1:US-GA","whereNamed":"Atlanta","author":"ana","time":"2026-12-01T16:00:00.000Z","note":"state, not country"},',
			'\t\t{"action":"add-place","name":"Old Quay","place":{"id":"user:old-quay","name":"Old Quay","kind":"site","geometry":{"type":"LineString","coordinates":[[44,41],[44.1,41.1]]}},"mention":{"document":"ge","start":0,"end":7}}',
			'\t]',
			'}',
			''
		]);
		expect(readCorrectionsText(text).corrections).toEqual(parseCorrections(entries));
	});
	it('describes scopes', () => {
		expect(describeCorrection(parseCorrection({ action: 'resolve', name: 'Georgia', placeId: 'admin1:US-GA', whereNamed: 'Atlanta' }, 0))).toBe('"Georgia" → admin1:US-GA where Atlanta is named');
		expect(describeCorrection(parseCorrection({ action: 'merge', name: 'Tiflis', fromPlaceId: 'geonames:99', placeId: 'city:tbilisi' }, 0))).toBe('"Tiflis" geonames:99 is the same place as city:tbilisi');
	});
	it('accepts shapes on the globe', () => {
		expect(checkPlaceShape({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toBeNull();
		expect(checkPlaceShape({ type: 'Point', coordinates: [-180, 90] })).toBeNull();
		expect(checkPlaceShape({ type: 'Point', coordinates: [Number.NaN, 0] })).not.toBeNull();
	});
});

describe('scopes and the preview', () => {
	const preview = (entry: object) => previewCorrection(parseCorrection(entry, 0), corpus);
	it('counts every mention of the name in the corpus', () => {
		expect(preview({ action: 'resolve', name: 'Georgia', placeId: 'admin1:US-GA' })).toEqual({ mentions: 3, documents: 2 });
	});
	it('limits to documents that also name a place', () => {
		expect(preview({ action: 'resolve', name: 'Georgia', placeId: 'admin1:US-GA', whereNamed: 'Atlanta' })).toEqual({ mentions: 2, documents: 1 });
	});
	it('limits to one mention', () => {
		const start = atlanta.indexOf('Georgia');
		expect(preview({ action: 'not-a-place', name: 'Georgia', mention: { document: 'us', start, end: start + 7 } })).toEqual({ mentions: 1, documents: 1 });
	});
	it('counts mentions a merge moves, whatever their name', () => {
		expect(preview({ action: 'merge', name: 'Tiflis', fromPlaceId: 'geonames:99', placeId: 'city:tbilisi' })).toEqual({ mentions: 1, documents: 1 });
	});
	it('counts nothing for a scope that matches nothing', () => {
		expect(preview({ action: 'resolve', name: 'Georgia', placeId: 'admin1:US-GA', whereNamed: 'Savannah' })).toEqual({ mentions: 0, documents: 0 });
		expect(preview({ action: 'resolve', name: 'Georgia', placeId: 'country:GE', documents: ['ge'] })).toEqual({ mentions: 0, documents: 0 });
	});
});

describe('applying the new kinds', () => {
	it('puts an added place on the mention and on occurrences the geoparser missed', () => {
		const text = 'The Old Quay reopened; crowds filled the Old Quay.';
		const corrections = parseCorrections([{ action: 'add-place', name: 'Old Quay', place: { kind: 'site', country: 'GE', geometry: { type: 'LineString', coordinates: [[44, 41], [44.2, 41.2]] } } }]);
		checkCorrectionPlaces(corrections, lookup);
		const changed: number[] = [];
		const result = applyCorrections('d', text, [], corrections, lookup, changed);
		expect(changed).toEqual([2]);
		expect(result.map((t) => [t.placeId, t.kind, t.lat, t.lon, t.geometry?.type])).toEqual([
			['user:old-quay', 'site', 41.1, 44.1, 'LineString'],
			['user:old-quay', 'site', 41.1, 44.1, 'LineString']
		]);
	});
	it('merges only where the scope says', () => {
		const corrections = parseCorrections([{ action: 'merge', name: 'Tiflis', fromPlaceId: 'geonames:99', placeId: 'city:tbilisi', whereNamed: 'Tbilisi' }]);
		const changed: number[] = [];
		const result = applyCorrections('ge', tbilisi, corpus[1]!.mentions as Toponym[], corrections, lookup, changed);
		expect(result.map((t) => t.placeId)).toEqual(['country:GE', 'city:tbilisi', 'city:tbilisi']);
		expect(changed).toEqual([1]);
	});
	it('reports unknown place ids, also a merge source', () => {
		expect(() => checkCorrectionPlaces(parseCorrections([{ action: 'merge', name: 'X', fromPlaceId: 'nowhere:1', placeId: 'city:tbilisi' }]), lookup)).toThrow('unknown place id "nowhere:1"');
	});
});

describe('editing the file', () => {
	const base = serializeCorrections(parseCorrections([{ id: 'c1', action: 'not-a-place', name: 'Jordan' }]));
	const context = (expectedRevision: string) => ({ expectedRevision, time: '2026-12-01T16:30:00.000Z', newId: 'c2', author: 'owner' });
	it('adds with id, time and author, and reverts by id', () => {
		const added = editCorrections(base, { kind: 'add', correction: { action: 'resolve', name: 'Georgia', placeId: 'admin1:US-GA', note: 'the state' } }, context(correctionsRevision(base)));
		expect(added.correction).toMatchObject({ id: 'c2', author: 'owner', time: '2026-12-01T16:30:00.000Z' });
		expect(added.text.split('\n')).toHaveLength(base.split('\n').length + 1);
		const reverted = editCorrections(added.text, { kind: 'revert', id: 'c2' }, context(correctionsRevision(added.text)));
		expect(reverted.text).toBe(base);
	});
	it('starts a file that does not exist yet', () => {
		const added = editCorrections('', { kind: 'add', correction: { action: 'not-a-place', name: 'Paris' } }, context(correctionsRevision('')));
		expect(readCorrectionsText(added.text).corrections).toHaveLength(1);
	});
	it('refuses an edit made against another revision', () => {
		const edit = { kind: 'add', correction: { action: 'not-a-place', name: 'Paris' } } as const;
		expect(() => editCorrections(base, edit, context('0000'))).toThrow(CorrectionConflictError);
		expect(() => editCorrections(base, { kind: 'revert', id: 'c1' }, context(correctionsRevision('')))).toThrow(CorrectionConflictError);
	});
	it('refuses to revert a correction reverted already', () => {
		expect(() => editCorrections(base, { kind: 'revert', id: 'c9' }, context(correctionsRevision(base)))).toThrow('no correction has the id "c9"');
	});
	it('refuses a bad correction', () => {
		expect(() => editCorrections(base, { kind: 'add', correction: { action: 'resolve', name: 'Georgia' } }, context(correctionsRevision(base)))).toThrow('needs a "placeId"');
		expect(() => editCorrections(base, { kind: 'add', correction: null }, context(correctionsRevision(base)))).toThrow(InputFileError);
	});
});
