import { describe, expect, it } from 'vitest';
import type { DocumentSummary, PlacesCollection, TopicSummary } from '../contracts.ts';
import { applyFilters, buildIndex, sortPlaces } from './filter.ts';
import { EMPTY_FILTERS } from './url.ts';

import placesRaw from '../../../tests/fixtures/explorer-output/places.geojson?raw';
import documentsRaw from '../../../tests/fixtures/explorer-output/documents.json?raw';
import topicsRaw from '../../../tests/fixtures/explorer-output/topics.json?raw';

const places = (JSON.parse(placesRaw) as PlacesCollection).features;
const documents = JSON.parse(documentsRaw) as DocumentSummary[];
const topics = JSON.parse(topicsRaw) as TopicSummary[];
const index = buildIndex(places, documents, topics);
const names = (visible: number[]) => visible.map((i) => places[i]!.properties.name).sort();

describe('applyFilters', () => {
	it('shows everything without filters', () => {
		const result = applyFilters(index, EMPTY_FILTERS);
		expect(result.placeCount).toBe(places.length);
		expect(result.documentCount).toBe(documents.length);
		const baku = index.placeById.get('geo:587084')!;
		expect(result.placeDocCount[baku]).toBe(places[baku]!.properties.documentCount);
	});

	it('filters by topic (any of several) and counts what each topic would leave', () => {
		const mining = applyFilters(index, { ...EMPTY_FILTERS, topics: ['mining'] });
		expect(names(mining.visible)).toEqual(['Armenia', 'Black Sea', 'Kajaran', 'Tbilisi']);
		expect(mining.documentCount).toBe(1);
		const both = applyFilters(index, { ...EMPTY_FILTERS, topics: ['mining', 'conflict'] });
		expect(both.documentCount).toBe(3);
		expect(mining.topicCounts.get('conflict')).toEqual({ places: both.placeCount - 3, documents: 2 });
		expect(mining.topicCounts.get('mining')).toEqual({ places: 4, documents: 1 });
	});

	it('counts only the mentions in the filtered documents, not corpus-wide totals', () => {
		for (const doc of documents) {
			const result = applyFilters(index, { ...EMPTY_FILTERS, doc: doc.id });
			expect(result.mentionCount, doc.id).toBe(doc.mentionCount);
			const perPlace = result.visible.reduce((sum, i) => sum + result.placeMentionCount[i]!, 0);
			expect(perPlace).toBe(doc.mentionCount);
		}
		const all = applyFilters(index, EMPTY_FILTERS);
		expect(all.mentionCount).toBe(documents.reduce((sum, d) => sum + d.mentionCount, 0));
	});

	it('filters by date range and drops undated documents when a range is set', () => {
		const result = applyFilters(index, { ...EMPTY_FILTERS, from: '2024-06-01', to: '2024-09-30' });
		expect(result.documentCount).toBe(3);
		expect(names(result.visible)).not.toContain('Caspian Sea');
		const month = applyFilters(index, { ...EMPTY_FILTERS, from: '2024-06', to: '2024-06' });
		expect(month.documentCount).toBe(1);
	});

	it('filters by document, kind and free text (accent-insensitive, on country too)', () => {
		const doc = applyFilters(index, { ...EMPTY_FILTERS, doc: 'rail-link' });
		expect(names(doc.visible)).toEqual(['Baku', 'Berlin', 'Istanbul', 'Middle Corridor', 'Tbilisi']);
		expect(doc.placeDocCount[index.placeById.get('geo:587084')!]).toBe(1);
		const kinds = applyFilters(index, { ...EMPTY_FILTERS, kinds: ['water', 'region'] });
		expect(names(kinds.visible)).toEqual(['Black Sea', 'Caspian Sea', 'Karabakh']);
		expect(kinds.kindCounts.get('city')).toBe(7);
		const text = applyFilters(index, { ...EMPTY_FILTERS, q: 'TURKIYE' });
		expect(names(text.visible)).toEqual(['Istanbul']);
		expect(applyFilters(index, { ...EMPTY_FILTERS, doc: 'missing' }).placeCount).toBe(0);
	});

	it('sorts the visible places', () => {
		const result = applyFilters(index, EMPTY_FILTERS);
		const byDocs = sortPlaces(index, result, 'documents');
		expect(places[byDocs[0]!]!.properties.name).toBe('Baku');
		const byName = sortPlaces(index, result, 'name').map((i) => places[i]!.properties.name);
		expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
	});

	// Its speed is measured by the explorer bench (filterMs), not by a wall-clock assertion here.
	it('filters 10,000 places the same as their originals', () => {
		const big = Array.from({ length: 10_000 }, (_, i) => ({
			...places[i % places.length]!,
			properties: { ...places[i % places.length]!.properties, id: `p${i}` }
		}));
		const bigIndex = buildIndex(big, documents, topics);
		const filters = { ...EMPTY_FILTERS, topics: ['energy'], q: 'a' };
		const small = applyFilters(index, filters);
		const result = applyFilters(bigIndex, filters);
		const passing = new Set(small.visible);
		expect(passing.size).toBeGreaterThan(0);
		expect(passing.size).toBeLessThan(places.length);
		expect(result.visible).toEqual(big.map((_, i) => i).filter((i) => passing.has(i % places.length)));
		expect(Array.from(result.placeDocCount.slice(0, places.length))).toEqual(Array.from(small.placeDocCount));
	});
});
