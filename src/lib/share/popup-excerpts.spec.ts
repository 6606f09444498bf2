import { describe, expect, it } from 'vitest';
import type { ExcerptGroup } from '../contracts.ts';
import { boundedExcerpts, popupExcerpts, POPUP_DOCUMENTS } from './popup-excerpts.ts';

const excerpt = (text: string) => ({ text, offset: 0, start: 0, end: 4, mentionStart: 0, topics: [] });
const group = (documentId: string, texts: string[]): ExcerptGroup => ({ documentId, title: documentId, date: null, source: null, excerpts: texts.map(excerpt) });
const groups = [group('a', ['Baku one', 'Baku two']), group('b', []), group('c', ['Baku three']), group('d', ['Baku four']), group('e', ['Baku five']), group('f', ['Baku six'])];

describe('popupExcerpts', () => {
	it('takes the first excerpt of the first documents the view shows, in order', () => {
		const shown = popupExcerpts(groups, (id) => id !== 'c');
		expect(shown.map(({ group, excerpt }) => `${group.documentId}:${excerpt.text}`)).toEqual(['a:Baku one', 'd:Baku four', 'e:Baku five']);
		expect(shown).toHaveLength(POPUP_DOCUMENTS);
	});

	it('shows nothing when the view keeps none of the documents', () => {
		expect(popupExcerpts(groups, () => false)).toEqual([]);
	});
});

describe('boundedExcerpts', () => {
	it('keeps exactly what the popup shows, so a popup of the bounded copy shows the same', () => {
		const shows = (id: string) => id !== 'a';
		const bounded = boundedExcerpts({ placeId: 'p', groups }, shows);
		expect(bounded.groups.map((g) => [g.documentId, g.excerpts.map((e) => e.text)])).toEqual([
			['c', ['Baku three']],
			['d', ['Baku four']],
			['e', ['Baku five']]
		]);
		expect(popupExcerpts(bounded.groups, shows)).toEqual(popupExcerpts(groups, shows));
	});
});
