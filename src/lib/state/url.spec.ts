import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, camerasDiffer, parseViewState, serializeViewState, viewQuery, type ViewState } from './url.ts';

describe('view state <-> URL', () => {
	it('round-trips a full state', () => {
		const state: ViewState = {
			topics: ['energy', 'transport'],
			kinds: ['region', 'city'],
			from: '2024-01-01',
			to: '2024-12-31',
			doc: 'rail-link',
			q: 'baku',
			place: 'geo:587084',
			camera: { zoom: 5.5, lat: 40.12, lng: 47.5 },
			sort: 'name'
		};
		const parsed = parseViewState(new URLSearchParams(serializeViewState(state).toString()));
		expect(parsed).toEqual({ ...state, kinds: ['region', 'city'] });
	});

	it('gives the default view for an empty query and writes nothing for it', () => {
		expect(parseViewState(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
		expect(viewQuery(DEFAULT_VIEW)).toBe('?');
	});

	it('drops malformed values instead of failing', () => {
		const parsed = parseViewState(new URLSearchParams('kind=city&kind=planet&from=yesterday&map=a/b/c&sort=random&topic='));
		expect(parsed.kinds).toEqual(['city']);
		expect(parsed.from).toBeNull();
		expect(parsed.camera).toBeNull();
		expect(parsed.sort).toBe('documents');
		expect(parsed.topics).toEqual([]);
	});

	it('clamps and wraps the camera', () => {
		expect(parseViewState(new URLSearchParams('map=30/95/190')).camera).toEqual({ zoom: 22, lat: 85, lng: -170 });
	});

	it('keeps topic ids with special characters intact', () => {
		const state = { ...DEFAULT_VIEW, topics: ['a&b=c', 'd,e'] };
		expect(parseViewState(serializeViewState(state)).topics).toEqual(['a&b=c', 'd,e']);
	});

	it('compares cameras with a zoom-dependent tolerance', () => {
		const a = { zoom: 4, lat: 40, lng: 45 };
		expect(camerasDiffer(a, { ...a, lat: 40.00001 })).toBe(false);
		expect(camerasDiffer(a, { ...a, lat: 41 })).toBe(true);
		expect(camerasDiffer(a, null)).toBe(true);
		expect(camerasDiffer(null, null)).toBe(false);
	});
});
