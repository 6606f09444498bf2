import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, PlacesCollection, TopicSummary } from '../contracts.ts';
import { applyFilters, buildIndex } from '../state/filter.ts';
import { EMPTY_FILTERS, type Filters } from '../state/url.ts';
import { altText, describeView, filterPhrase, sourceDocuments, sourcesLine, summaryLine, viewTitle, visibleKinds } from './describe-view.ts';

const fixture = (file: string) => JSON.parse(readFileSync(new URL(`../../../tests/fixtures/explorer-output/${file}`, import.meta.url), 'utf8'));
const index = buildIndex((fixture('places.geojson') as PlacesCollection).features, fixture('documents.json') as DocumentSummary[], fixture('topics.json') as TopicSummary[]);
const describeWith = (filters: Partial<Filters>) => {
	const all = { ...EMPTY_FILTERS, ...filters };
	return describeView(index, applyFilters(index, all), all, 'sample news');
};

describe('view descriptions and alt text', () => {
	it('describes the unfiltered corpus with its most mentioned places', () => {
		const view = describeWith({});
		expect(view.placeCount).toBe(15);
		expect(filterPhrase(view)).toBe('');
		expect(viewTitle(view)).toBe('Places in the news');
		const text = altText(view);
		expect(text).toMatch(/^Map of 15 places mentioned in 8 documents from the corpus “sample news”\. Most mentioned: /);
		expect(text).toContain('Baku (5 documents)');
		expect(text).toContain('Circles are sized by the number of documents');
	});

	it('names the topic filter, kinds, dates and text search', () => {
		const view = describeWith({ topics: ['energy'], kinds: ['city'], from: '2024-01-01', q: 'ba' });
		expect(filterPhrase(view)).toBe('topic Energy; only cities and towns; from 2024-01-01; places matching “ba”');
		expect(viewTitle(view)).toBe('Places in Energy news');
		expect(summaryLine(view)).toMatch(/^\d+ places? · \d+ documents? · topic Energy/);
		expect(altText(view)).toContain('(topic Energy; only cities and towns; from 2024-01-01; places matching “ba”)');
	});

	it('says when nothing matches', () => {
		const view = describeWith({ q: 'no such place' });
		expect(altText(view)).toContain('Map of 0 places mentioned in 0 documents');
		expect(altText(view)).toContain('No place matches these filters.');
	});

	it('lists the visible kinds in legend order and the source documents newest first', () => {
		const filters = { ...EMPTY_FILTERS, topics: ['energy'] };
		const result = applyFilters(index, filters);
		expect(visibleKinds(index, result)).toEqual(['country', 'city', 'water']);
		const sources = sourceDocuments(index, result);
		expect(sources).toHaveLength(result.documentCount);
		const dates = sources.map((d) => d.date ?? '');
		expect([...dates].sort().reverse()).toEqual(dates);
	});
});

describe('sourcesLine', () => {
	const doc = (title: string) => ({ title });
	it('names the corpus, counts the documents and names the first titles', () => {
		expect(sourcesLine('Caucasus desk', [doc('Rail link opens'), doc('Copper exports')])).toBe('Sources: 2 documents from “Caucasus desk”: “Rail link opens”, “Copper exports”');
		expect(sourcesLine('Desk', [doc('A'), doc('B'), doc('C'), doc('D'), doc('E')])).toBe('Sources: 5 documents from “Desk”: “A”, “B”, “C” and 2 more');
		expect(sourcesLine('Desk', [doc('Only one')])).toBe('Sources: 1 document from “Desk”: “Only one”');
		expect(sourcesLine('Desk', [])).toBe('Sources: 0 documents from “Desk”');
	});
});
