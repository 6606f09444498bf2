import { describe, expect, it } from 'vitest';
import { InputFileError } from '../corpus/input-error.ts';
import { compileTaxonomy, matchTopics, parseTaxonomy } from './taxonomy.ts';

const taxonomy = parseTaxonomy({
	topics: [
		{ id: 'mines', label: 'Mine action', terms: ['demining', 'mine clearance', 'landmine*', 'mines'] },
		{ id: 'displaced', label: 'Return', terms: ['IDP', 'return home'] },
		{ id: 'both', label: 'Shared', terms: ['Demining'] }
	]
});
const matcher = compileTaxonomy(taxonomy);

describe('parseTaxonomy', () => {
	it.each([
		[null, 'expected an object'],
		[{ topics: [] }, 'empty'],
		[{ topics: [{ id: 'Bad Id', label: 'x', terms: ['a'] }] }, '"id"'],
		[{ topics: [{ id: 'a', label: '', terms: ['a'] }] }, '"label"'],
		[{ topics: [{ id: 'a', label: 'A', terms: [] }] }, '"terms"'],
		[{ topics: [{ id: 'a', label: 'A', terms: [3] }] }, 'every term'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['a*b'] }] }, '"*"'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x'] }, { id: 'a', label: 'B', terms: ['y'] }] }, 'duplicate id'],
		[{ minDocumentHits: 0, topics: [{ id: 'a', label: 'A', terms: ['x'] }] }, 'minDocumentHits']
	])('rejects %j', (data, message) => {
		expect(() => parseTaxonomy(data)).toThrow(InputFileError);
		expect(() => parseTaxonomy(data)).toThrow(message);
	});
	it('accepts a bare array and defaults minDocumentHits', () => {
		expect(parseTaxonomy([{ id: 'a', label: ' A ', terms: [' x '] }])).toEqual({ topics: [{ id: 'a', label: 'A', terms: ['x'] }], minDocumentHits: 2 });
	});
});

describe('matchTopics', () => {
	it('reports the terms as written in the taxonomy, most frequent first', () => {
		const text = 'Mine-clearance and DEMINING teams removed landmines; demining continues. Unrelated: minesweeper.';
		expect(matchTopics(matcher, text)).toEqual([
			{ topic: 'mines', terms: ['demining', 'landmine*', 'mine clearance'] },
			{ topic: 'both', terms: ['Demining'] }
		]);
	});
	it('matches acronyms case-sensitively with a plural', () => {
		expect(matchTopics(matcher, 'IDPs want to return home.')).toEqual([{ topic: 'displaced', terms: ['IDP', 'return home'] }]);
		expect(matchTopics(matcher, 'idps and stupid things')).toEqual([]);
	});
	it('needs whole words', () => {
		expect(matchTopics(matcher, 'the minesweeper and nondemining')).toEqual([]);
	});
	it('applies the minimum number of hits', () => {
		expect(matchTopics(matcher, 'Mines. IDP return home.', 2)).toEqual([{ topic: 'displaced', terms: ['IDP', 'return home'] }]);
	});
	it('parses the shipped taxonomy', async () => {
		const { default: data } = await import('../../../data/topics.json');
		const parsed = parseTaxonomy(data);
		expect(parsed.topics.map((t) => t.id)).toContain('mine-action');
		expect(matchTopics(compileTaxonomy(parsed), 'COP29 talks on climate change').map((m) => m.topic)).toEqual(['climate']);
	});
});
