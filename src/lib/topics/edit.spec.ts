import { describe, expect, it } from 'vitest';
import { InputFileError } from '../corpus/input-error.ts';
import { applyTopicEdits, hideTopic, mergeTopics, pinTopic, renameTopic, splitOffTerm } from './edit.ts';
import { formatTaxonomy, taxonomyToFile } from './taxonomy-file.ts';
import { compileTaxonomy, parseTaxonomy, type Taxonomy } from './taxonomy.ts';

const weighted: Taxonomy = parseTaxonomy({
	topics: [
		{ id: 'sport', label: 'match · cup', terms: ['match', 'cup', 'rugby'], weights: [0.6, 0.5, 0.4] },
		{ id: 'tennis', label: 'seed · slam', terms: ['seed', 'grand slam', 'match'], weights: [0.7, 0.5, 0.3] },
		{ id: 'politics', label: 'labour · election', terms: ['labour', 'election'], weights: [0.6, 0.5] }
	],
	idf: { match: 2, cup: 2.5, rugby: 3, seed: 3, 'grand slam': 3.5, labour: 2.5, election: 2.4 }
});
const ids = (t: Taxonomy) => t.topics.map((topic) => topic.id);
const roundTrip = (t: Taxonomy) => expect(parseTaxonomy(JSON.parse(JSON.stringify(taxonomyToFile(t))))).toEqual(t);

describe('taxonomy edits', () => {
	it('renames, leaving the input untouched', () => {
		const renamed = renameTopic(weighted, 'politics', ' UK politics ');
		expect(renamed.topics[2]!.label).toBe('UK politics');
		expect(weighted.topics[2]!.label).toBe('labour · election');
		roundTrip(renamed);
	});

	it('merges terms, adding the weights of shared ones', () => {
		const merged = mergeTopics(weighted, 'sport', 'tennis');
		expect(ids(merged)).toEqual(['sport', 'politics']);
		const sport = merged.topics[0]!;
		expect(sport.terms).toEqual(['match', 'cup', 'rugby', 'seed', 'grand slam']);
		const weightOf = (term: string) => sport.weights![sport.terms.indexOf(term)]!;
		expect(weightOf('match')).toBeGreaterThan(weightOf('seed'));
		// tennis words now bring documents to the merged topic
		expect(compileTaxonomy(merged).document('Top seed wins the grand slam match', 1)[0]!.topic).toBe('sport');
		roundTrip(merged);
	});

	it('splits a term off into a topic of its own', () => {
		const split = splitOffTerm(weighted, 'sport', 'rugby');
		expect(ids(split)).toEqual(['sport', 'rugby', 'tennis', 'politics']);
		expect(split.topics[0]!.terms).toEqual(['match', 'cup']);
		expect(split.topics[1]).toEqual({ id: 'rugby', label: 'rugby', terms: ['rugby'], weights: [0.4] });
		expect(compileTaxonomy(split).document('Rugby rugby rugby', 1)[0]!.topic).toBe('rugby');
		roundTrip(split);
	});

	it('hides a topic: it keeps its documents from the others but is given to none', () => {
		const hidden = hideTopic(weighted, 'politics');
		expect(compileTaxonomy(hidden).document('Labour wins the election', 1)).toEqual([]);
		expect(compileTaxonomy(weighted).document('Labour wins the election', 1)[0]!.topic).toBe('politics');
		roundTrip(hidden);
		expect(hideTopic(hidden, 'politics', false)).toEqual(weighted);
	});

	it('pins topics to the top, in the order pinned', () => {
		const pinned = pinTopic(pinTopic(weighted, 'politics'), 'tennis');
		expect(ids(pinned)).toEqual(['politics', 'tennis', 'sport']);
		expect(pinned.topics.filter((t) => t.pinned).map((t) => t.id)).toEqual(['politics', 'tennis']);
		expect(ids(pinTopic(pinned, 'politics', false))).toEqual(['tennis', 'politics', 'sport']);
		roundTrip(pinned);
	});

	it.each([
		[() => renameTopic(weighted, 'nope', 'x'), 'no topic "nope"'],
		[() => renameTopic(weighted, 'sport', '  '), 'cannot be empty'],
		[() => mergeTopics(weighted, 'sport', 'sport'), 'into itself'],
		[() => splitOffTerm(weighted, 'sport', 'golf'), 'no term "golf"'],
		[() => splitOffTerm(splitOffTerm(weighted, 'politics', 'labour'), 'labour', 'labour'), 'only term']
	])('refuses a bad edit with a clear error (%#)', (edit, message) => {
		expect(edit).toThrow(InputFileError);
		expect(edit).toThrow(message);
	});

	it('keeps curated taxonomies curated', () => {
		const curated = parseTaxonomy({ minDocumentHits: 2, topics: [{ id: 'a', label: 'A', terms: ['x*', 'IDP'] }, { id: 'b', label: 'B', terms: ['y'] }] });
		const merged = mergeTopics(curated, 'a', 'b');
		expect(merged.topics).toEqual([{ id: 'a', label: 'A', terms: ['x*', 'IDP', 'y'] }]);
		roundTrip(merged);
	});

	it('rejects a flag that is not true or false', () => {
		expect(() => parseTaxonomy({ topics: [{ id: 'a', label: 'A', terms: ['x'], hidden: 'yes' }] })).toThrow('"hidden" must be true or false');
	});

	it('replays the explorer\'s edits in order, naming a bad one', () => {
		const edited = applyTopicEdits(weighted, [
			{ op: 'rename', topic: 'politics', label: 'UK politics' },
			{ op: 'merge', topic: 'tennis', into: 'sport' },
			{ op: 'split', topic: 'sport', term: 'rugby' },
			{ op: 'hide', topic: 'rugby', hidden: true },
			{ op: 'pin', topic: 'politics', pinned: true }
		]);
		expect(edited).toEqual(pinTopic(hideTopic(splitOffTerm(mergeTopics(renameTopic(weighted, 'politics', 'UK politics'), 'sport', 'tennis'), 'sport', 'rugby'), 'rugby'), 'politics'));
		expect(() => applyTopicEdits(weighted, [{ op: 'hide', topic: 'sport', hidden: true }, { op: 'rename', topic: 'tennis', label: 'x'.repeat(121) }])).toThrow('edit 2: a label has at most 120 characters');
		expect(() => applyTopicEdits(weighted, ['hide'])).toThrow('edit 1 is not an object');
		expect(() => applyTopicEdits(weighted, [{ op: 'merge', topic: 'tennis' }])).toThrow('edit 1: "into" must be a string');
	});

	it('writes an edited taxonomy as a file that reads back the same, weighted or curated', () => {
		const edited = hideTopic(pinTopic(weighted, 'tennis'), 'sport');
		const text = formatTaxonomy(edited, 'shaped by hand');
		expect(JSON.parse(text)).toMatchObject({ about: 'shaped by hand' });
		expect(parseTaxonomy(JSON.parse(text))).toEqual(edited);
		const curated = parseTaxonomy({ minDocumentHits: 3, topics: [{ id: 'a', label: 'A "quoted"', terms: ['x*', 'IDP'], pinned: true }] });
		expect(parseTaxonomy(JSON.parse(formatTaxonomy(curated, 'x')))).toEqual(curated);
	});
});
