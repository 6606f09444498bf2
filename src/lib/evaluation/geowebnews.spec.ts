import { describe, expect, it } from 'vitest';
import type { Toponym } from '../contracts.ts';
import { scoreGeoWebNews, type GoldDocument } from './geowebnews.ts';

const text = 'Flights from Baku to Paris. The Minsk Group met. Paris again.';
const gold: GoldDocument = {
	id: 'a',
	text,
	toponyms: [
		{ start: 13, end: 17, name: 'Baku', type: 'Literal', lat: 40.37767, lon: 49.89201, geonameid: '587084' },
		{ start: 21, end: 26, name: 'Paris', type: 'Literal', lat: 48.85341, lon: 2.3488, geonameid: '2988507' },
		{ start: 32, end: 43, name: 'Minsk Group', type: 'Non_Toponym', lat: null, lon: null, geonameid: null },
		{ start: 32, end: 37, name: 'Minsk', type: 'Embedded_Non_Lit', lat: 53.9, lon: 27.56667, geonameid: '625144' },
		{ start: 49, end: 54, name: 'Paris', type: 'Literal', lat: 48.85341, lon: 2.3488, geonameid: '2988507' }
	]
};

function predicted(start: number, end: number, lat: number, lon: number): Toponym {
	return { start, end, name: text.slice(start, end), placeId: 'x', placeName: 'x', kind: 'city', country: null, lat, lon, score: 1, usage: 'literal', reasons: [] };
}

describe('scoreGeoWebNews', () => {
	it('scores geotagging by exact span over non-auxiliary gold', () => {
		const scores = scoreGeoWebNews([gold], new Map([['a', [predicted(13, 17, 40.4, 49.9), predicted(28, 31, 0, 0), predicted(49, 54, 33.66, -95.55)]]]));
		expect(scores.geotagging).toMatchObject({ gold: 4, predicted: 3, correct: 2 });
		expect(scores.geotagging.precision).toBeCloseTo(2 / 3);
		expect(scores.geotagging.recall).toBeCloseTo(2 / 4);
		expect(scores.literalRecall).toMatchObject({ gold: 3, found: 2 });
	});

	it('measures geocoding only over recognised toponyms with a GeoNames id', () => {
		// Paris, Texas for Paris, France: ~7,700 km off
		const scores = scoreGeoWebNews([gold], new Map([['a', [predicted(13, 17, 40.37767, 49.89201), predicted(49, 54, 33.66, -95.55)]]]));
		expect(scores.geocoding.gold).toBe(4);
		expect(scores.geocoding.matched).toBe(2);
		expect(scores.geocoding.recall).toBeCloseTo(0.5);
		expect(scores.geocoding.accuracyAt161).toBeCloseTo(0.5);
		expect(scores.geocoding.medianKm).toBeGreaterThan(3000);
		expect(scores.geocoding.auc).toBeGreaterThan(0);
	});

	it('matches geocoding pairs by text and nearby midpoints, not exact spans', () => {
		const scores = scoreGeoWebNews([gold], new Map([['a', [{ ...predicted(13, 17, 40.37767, 49.89201), start: 12, end: 18, name: 'Baku' }]]]));
		expect(scores.geotagging.correct).toBe(0);
		expect(scores.geocoding.matched).toBe(1);
	});
});
