import { describe, expect, it } from 'vitest';
import type { Toponym } from '../contracts.ts';
import { applyCorrections, checkCorrectionPlaces, describeCorrection, nameKey, parseCorrections } from './corrections.ts';
import { InputFileError } from './input-error.ts';
import type { PlaceRecord } from './place-record.ts';

const places: Record<string, PlaceRecord> = {
	'country:GE': { id: 'country:GE', name: 'Georgia', kind: 'country', country: 'GE', lat: 42, lon: 43.5, geonameId: 614540 },
	'curated:white-city': { id: 'curated:white-city', name: 'Baku White City', kind: 'site', country: 'AZ', lat: 40.38, lon: 49.87, geonameId: null }
};
const lookup = (id: string) => places[id];

function toponym(text: string, name: string, placeId: string, from = 0): Toponym {
	const start = text.indexOf(name, from);
	return { start, end: start + name.length, name, placeId, placeName: name, kind: 'region', country: 'US', lat: 32, lon: -83, score: 0.6, usage: 'literal', reasons: ['population'] };
}

describe('parseCorrections', () => {
	it.each([
		[{}, '"corrections" array'],
		[[{ action: 'rename', name: 'x' }], '"action"'],
		[[{ action: 'resolve', name: ' ' }], '"name"'],
		[[{ action: 'resolve', name: 'Georgia' }], 'needs a "placeId"'],
		[[{ action: 'not-a-place', name: 'Jordan', placeId: 'x' }], 'takes no "placeId"'],
		[[{ action: 'not-a-place', name: 'Jordan', documents: [] }], '"documents"'],
		[[{ action: 'not-a-place', name: 'Jordan', note: 3 }], '"note"']
	])('rejects %j', (data, message) => {
		expect(() => parseCorrections(data)).toThrow(InputFileError);
		expect(() => parseCorrections(data)).toThrow(message);
	});
	it('accepts a single "document" as a scope', () => {
		expect(parseCorrections([{ action: 'not-a-place', name: 'Jordan', document: 'sport' }])).toEqual([
			{ id: null, action: 'not-a-place', name: 'Jordan', placeId: null, fromPlaceId: null, place: null, documents: ['sport'], mention: null, whereNamed: null, author: null, time: null, note: null }
		]);
	});
	it('reports unknown place ids', () => {
		const corrections = parseCorrections([{ action: 'resolve', name: 'Georgia', placeId: 'nowhere:1' }]);
		expect(() => checkCorrectionPlaces(corrections, lookup)).toThrow('unknown place id "nowhere:1"');
	});
});

describe('nameKey', () => {
	it('ignores case, diacritics and possessives', () => {
		expect(nameKey('Azerbaijan’s')).toBe(nameKey('AZERBAIJAN'));
		expect(nameKey('Azerbaijanəs')).toBe('azerbaijan');
		expect(nameKey('Ağdam')).toBe(nameKey('Agdam'));
	});
});

describe('applyCorrections', () => {
	const text = 'Georgia and Georgia’s ports. Jordan scored. White City grows; the White City is new.';
	const found = [toponym(text, 'Georgia', 'geonames:4197000'), toponym(text, 'Georgia’s', 'geonames:4197000'), toponym(text, 'Jordan', 'country:JO'), toponym(text, 'White City', 'geonames:1')];

	it('resolves, drops and adds, counting each change', () => {
		const corrections = parseCorrections([
			{ action: 'resolve', name: 'Georgia', placeId: 'country:GE' },
			{ action: 'not-a-place', name: 'Jordan' },
			{ action: 'add', name: 'White City', placeId: 'curated:white-city' }
		]);
		const changed: number[] = [];
		const result = applyCorrections('doc', text, found, corrections, lookup, changed);
		expect(changed).toEqual([2, 1, 2]);
		expect(result.map((t) => [t.name, t.placeId, t.kind])).toEqual([
			['Georgia', 'country:GE', 'country'],
			['Georgia’s', 'country:GE', 'country'],
			['White City', 'curated:white-city', 'site'],
			['White City', 'curated:white-city', 'site']
		]);
		for (const t of result) expect(text.slice(t.start, t.end)).toBe(t.name);
	});
	it('respects the document scope and accumulates counts', () => {
		const corrections = parseCorrections([{ action: 'not-a-place', name: 'Jordan', documents: ['other'] }]);
		const changed = [5];
		expect(applyCorrections('doc', text, found, corrections, lookup, changed)).toHaveLength(4);
		expect(changed).toEqual([5]);
	});
	it('describes corrections for the summary', () => {
		const [resolve, drop] = parseCorrections([
			{ action: 'resolve', name: 'Georgia', placeId: 'country:GE' },
			{ action: 'not-a-place', name: 'Jordan', document: 'sport' }
		]);
		expect(describeCorrection(resolve!)).toBe('"Georgia" → country:GE');
		expect(describeCorrection(drop!)).toBe('"Jordan" is not a place in sport');
	});
});
