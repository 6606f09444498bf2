import { describe, expect, it } from 'vitest';
import { InputFileError } from '../corpus/input-error.ts';
import { compileTaxonomy, isWeighted, matchTopics, parseTaxonomy } from './taxonomy.ts';

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

describe('weighted taxonomies (as discovery writes them)', () => {
	const weighted = parseTaxonomy({
		minWeight: 0.05,
		topics: [
			{ id: 'mines', label: 'mine clearance · deminers', terms: ['mine clearance', 'deminers', 'mines'], weights: [0.6, 0.5, 0.4] },
			{ id: 'energy', label: 'solar · gas', terms: ['solar', 'gas', 'pipeline'], weights: [0.7, 0.5, 0.3] }
		],
		idf: { 'mine clearance': 2, deminers: 2.5, mines: 1.5, solar: 2, gas: 1.5, pipeline: 2 }
	});
	const weightedMatcher = compileTaxonomy(weighted);

	it.each([
		[{ topics: [{ id: 'a', label: 'A', terms: ['x', 'y'], weights: [1] }] }, 'one number per term'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x'], weights: [-1] }] }, 'positive number'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x*'], weights: [1] }] }, '"*" is not allowed'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x'] }], idf: { x: 'high' } }, '"idf" of "x"'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x'] }], idf: [] }, '"idf" must be an object'],
		[{ topics: [{ id: 'a', label: 'A', terms: ['x'] }], minWeight: 2 }, '"minWeight"']
	])('rejects %j', (data, message) => {
		expect(() => parseTaxonomy(data)).toThrow(InputFileError);
		expect(() => parseTaxonomy(data)).toThrow(message);
	});

	it('gives a document its most similar topics with weights and the terms that put it there', () => {
		const topics = weightedMatcher.document('Deminers finished the mine clearance; a solar farm is next. Mine clearance goes on.', 1);
		expect(topics.map((t) => t.topic)).toEqual(['mines']);
		expect(topics[0]!.terms).toEqual(['mine clearance', 'deminers']);
		expect(topics[0]!.weight).toBeGreaterThan(0.5);
		expect(weightedMatcher.document('Nothing to see.', 1)).toEqual([]);
	});

	it('gives an excerpt the document topics whose terms it contains', () => {
		const documentTopics = [
			{ topic: 'mines', terms: ['deminers'], weight: 0.9 },
			{ topic: 'energy', terms: ['solar'], weight: 0.7 }
		];
		expect(weightedMatcher.excerpt('The deminers met in Aghdam.', documentTopics)).toEqual([{ topic: 'mines', terms: ['deminers'] }]);
		expect(weightedMatcher.excerpt('The pipeline opened.', documentTopics.slice(0, 1))).toEqual([]);
	});

	it('keeps curated taxonomies as they were', () => {
		expect(isWeighted(taxonomy)).toBe(false);
		expect(isWeighted(weighted)).toBe(true);
		expect(matcher.document('Demining and mine clearance', 1).map((t) => t.topic)).toEqual(['mines', 'both']);
	});
});
