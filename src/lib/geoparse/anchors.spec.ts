import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { AnchorIndex } from './anchors.ts';

function place(id: string, lat: number, lon: number): GazetteerPlace {
	return { id, name: id, kind: 'city', featureCode: 'PPL', country: null, admin1: null, lat, lon, population: 1, geonameId: null };
}

describe('AnchorIndex', () => {
	it('finds an anchor 357 km away along the 40th parallel (4.2° of longitude)', () => {
		const anchors = new AnchorIndex([place('west', 40, -100)]);
		// 4.19° of longitude at 40°N is about 357 km: a 3×3 grid of 4° cells never looked that far
		expect(anchors.hasNear(place('east', 40, -95.81), 400)).toBe(true);
	});

	it('finds an anchor 390 km away at 60°N, 7° of longitude off', () => {
		const anchors = new AnchorIndex([place('a', 60, 10)]);
		expect(anchors.hasNear(place('b', 60, 17), 400)).toBe(true);
	});

	it('does not count a place as its own anchor, nor one beyond the radius', () => {
		const here = place('here', 50, 0);
		const anchors = new AnchorIndex([here, place('far', 50, 8)]);
		expect(anchors.hasNear(here, 400)).toBe(false);
		expect(anchors.hasNear(place('other', 50, 0.5), 400)).toBe(true);
	});

	it('answers the same with the tree as with a scan, for many anchors', () => {
		// 100 anchors along the 60th parallel, 10° apart in longitude wrapping round: the tree is used
		const many = Array.from({ length: 100 }, (_, i) => place(`a${i}`, 60 + (i % 5), -180 + ((i * 37) % 360)));
		const anchors = new AnchorIndex(many);
		const probe = place('probe', 60, many[0]!.lon + 7);
		const scanned = many.some((a) => Math.abs(a.lat - 60) < 0.01 && Math.abs(a.lon - probe.lon) <= 7.1);
		expect(anchors.hasNear(probe, 400)).toBe(scanned);
		expect(anchors.hasNear(place('far', -60, 0), 400)).toBe(false);
	});

	it('answers no on an empty document', () => {
		expect(new AnchorIndex([]).hasNear(place('x', 0, 0), 400)).toBe(false);
	});

	it('reads a bounded number of anchors however often the text repeats one place (linear in the text)', () => {
		// 'families have fled to Tawila, aid groups in Port Sudan said' 20,000 times: Port Sudan lies 830 km
		// from Tawila, outside the 800 km asked, and each of 20,000 copies once sat in the tree
		let reads = 0;
		const counted = (id: string, lat: number, lon: number): GazetteerPlace => {
			const anchor = place(id, lat, lon);
			Object.defineProperty(anchor, 'id', { get: () => (reads++, id) });
			return anchor;
		};
		const anchors = new AnchorIndex([...Array.from({ length: 20_000 }, () => counted('port-sudan', 19.6, 37.2)), counted('khartoum', 15.55, 32.53)]);
		reads = 0;
		const tawila = place('tawila', 13.5, 44.5);
		for (let i = 0; i < 100; i++) expect(anchors.hasNear(tawila, 300)).toBe(false);
		expect(reads).toBeLessThan(1_000);
		expect(anchors.hasNear(place('atbara', 17.7, 33.98), 400)).toBe(true);
		expect(anchors.hasNear(counted('port-sudan', 19.6, 37.2), 10)).toBe(false);
	});
});
