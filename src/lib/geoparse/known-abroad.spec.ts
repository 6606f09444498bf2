import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { knownAbroad } from './known-abroad.ts';

function town(country: string, population: number, knownAbroad?: true): GazetteerPlace {
	return { id: `gn:${country}${population}`, name: 'Venice', kind: 'city', featureCode: 'PPL', country, admin1: null, lat: 0, lon: 0, population, geonameId: null, ...(knownAbroad ? { knownAbroad } : {}) };
}

function scoredBy(...places: GazetteerPlace[]) {
	// the first is the namesake the text's country chose
	return places.map((place) => ({ place, ownArea: false, importance: place.population }));
}

describe('knownAbroad', () => {
	it('yields a small namesake chosen on its country alone to a town named in many languages', () => {
		const scored = scoredBy(town('US', 22_000), town('IT', 51_000, true));
		expect(knownAbroad(scored)?.place.country).toBe('IT');
	});

	it('keeps the namesake where the other town is as little known, or smaller', () => {
		expect(knownAbroad(scoredBy(town('US', 22_000), town('IT', 51_000)))).toBeNull();
		expect(knownAbroad(scoredBy(town('US', 22_000), town('IT', 15_000, true)))).toBeNull();
		expect(knownAbroad(scoredBy(town('US', 22_000, true), town('IT', 51_000, true)))).toBeNull();
	});
});
