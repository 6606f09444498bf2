import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, buildIndex } from '../state/filter.ts';
import { filtersOf, parseViewState } from '../state/url.ts';
import { corpusDisplayName, publicManifest } from './display-name.ts';
import { viewSubset, type ViewData } from './view-subset.ts';

const FIXTURE = new URL('../../../tests/fixtures/explorer-output/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, FIXTURE), 'utf8'));
const data: ViewData = { manifest: read('manifest.json'), places: read('places.geojson'), documents: read('documents.json'), topics: read('topics.json') };

const filtersFor = (query: string) => filtersOf(parseViewState(new URLSearchParams(query)));
const summary = (view: ViewData, query: string) => {
	const index = buildIndex(view.places.features, view.documents, view.topics);
	const result = applyFilters(index, filtersFor(query));
	const placeCounts = Object.fromEntries(result.visible.map((i) => [index.places[i]!.properties.id, result.placeDocCount[i]]));
	return { placeCount: result.placeCount, documentCount: result.documentCount, mentionCount: result.mentionCount, placeCounts };
};

describe('viewSubset', () => {
	for (const query of ['topic=energy', 'topic=transport&kind=city', 'q=baku', 'from=2023-01-01&to=2023-12-31', 'doc=rail-link', '']) {
		it(`keeps exactly the view of "${query}"`, () => {
			const subset = viewSubset(data, filtersFor(query));
			expect(summary(subset, query)).toEqual(summary(data, query));
			expect(subset.places.features.length).toBe(summary(data, query).placeCount);
		});
	}

	it('carries no document, place or topic outside a topic filter', () => {
		const subset = viewSubset(data, filtersFor('topic=energy'));
		const ids = subset.documents.map((d) => d.id).sort();
		expect(ids).toEqual(data.documents.filter((d) => d.topics.some((t) => t.topic === 'energy') && d.placeIds.length > 0).map((d) => d.id).sort());
		const json = JSON.stringify(subset);
		for (const doc of data.documents.filter((d) => !ids.includes(d.id))) {
			expect(json).not.toContain(doc.title);
			expect(json).not.toContain(`"${doc.id}"`);
		}
		expect(subset.topics.map((t) => t.id)).not.toContain('mining');
		expect(subset.manifest.counts.documents).toBe(ids.length);
		for (const place of subset.places.features) expect(place.properties.documents.every((id) => ids.includes(id))).toBe(true);
		expect(subset.documents.every((d) => d.path === '')).toBe(true);
	});
});

describe('display names', () => {
	it('never keeps a path of the machine', () => {
		expect(corpusDisplayName('/home/alice/Leaks-SourceX-Confidential')).toBe('Leaks-SourceX-Confidential');
		expect(corpusDisplayName('/home/alice/Leaks/')).toBe('Leaks');
		expect(corpusDisplayName('C:\\Users\\alice\\Leaks')).toBe('Leaks');
		expect(corpusDisplayName('Caucasus reports')).toBe('Caucasus reports');
		expect(corpusDisplayName('/')).toBe('corpus');
		expect(publicManifest({ ...data.manifest, corpus: '/srv/x/y' }).corpus).toBe('y');
	});
});
