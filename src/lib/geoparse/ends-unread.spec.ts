import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../gazetteer/index.ts';
import { testGazetteer } from '../../../tests/helpers/gazetteer.ts';
import { findNameCandidates } from './candidates.ts';
import { NameReader } from './name-lookup.ts';
import { tokenize } from './tokens.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});
afterEach(() => {
	vi.restoreAllMocks();
});

/** The spans the name reader is asked for while the candidates of the text are found, and the candidates. */
function readsAndNames(text: string): { reads: string[]; names: string[] } {
	const reads: string[] = [];
	const read = NameReader.prototype.read;
	vi.spyOn(NameReader.prototype, 'read').mockImplementation(function (this: NameReader, t: string, start: number, end: number, singleWord: boolean) {
		reads.push(t.slice(start, end));
		return read.call(this, t, start, end, singleWord);
	});
	const names = findNameCandidates(text, tokenize(text), gazetteer).map((c) => text.slice(c.start, c.end));
	vi.restoreAllMocks();
	return { reads, names };
}

const TEXTS = [
	'President Donald Trump spoke. The Trump administration would meet in New York.',
	'The South African government and the White House Press Secretary spoke in Bosnia and Herzegovina.',
	"Officials of the People's Republic of China met Prime Minister Theresa May at St. John's, Newfoundland.",
	'NEW YORK CITY — Los Angeles County, Kansas City Chiefs and the New York Times. São Tomé and Príncipe.'
];

describe('endsUnread', () => {
	it('leaves unread a span through a capitalised word that no name is or begins ("President Donald", "The Trump")', () => {
		const { reads } = readsAndNames(TEXTS[0]!);
		expect(reads).toContain('President');
		expect(reads).not.toContain('President Donald');
		expect(reads).toContain('The');
		expect(reads).not.toContain('The Trump');
	});

	it('still reads a span that a name is or begins, and a demonym of two words ("New York", "South African")', () => {
		expect(readsAndNames(TEXTS[0]!).reads).toContain('New York');
		expect(readsAndNames(TEXTS[1]!).reads).toEqual(expect.arrayContaining(['South African', 'White House']));
	});

	it('finds the candidates that reading every such span finds', () => {
		for (const text of TEXTS) {
			const { names } = readsAndNames(text);
			vi.spyOn(NameReader.prototype, 'mayNameWithNextWord').mockReturnValue(true);
			const everySpan = readsAndNames(text);
			expect(names).toEqual(everySpan.names);
			expect(everySpan.reads.length).toBeGreaterThanOrEqual(readsAndNames(text).reads.length);
		}
	});
});

describe('NameReader.mayBeSpacedName (article-names.ts)', () => {
	const TEXT = 'Officials said the Trump administration and the Blue Jays met the envoy at a court in the Hague and in the Dalles.';

	it('leaves unread "the" and a name where no key of several words is the span ("the Trump", "the Blue Jays")', () => {
		const { reads } = readsAndNames(TEXT);
		expect(reads).toContain('Trump');
		expect(reads).not.toContain('the Trump');
		expect(reads).not.toContain('the Blue Jays');
	});

	it('still reads a place whose own name begins with the article ("the Hague", "the Dalles")', () => {
		expect(readsAndNames(TEXT).reads).toEqual(expect.arrayContaining(['the Hague', 'the Dalles']));
	});

	it('finds the candidates that reading every such span finds', () => {
		const { names } = readsAndNames(TEXT);
		vi.spyOn(NameReader.prototype, 'mayBeSpacedName').mockReturnValue(true);
		expect(readsAndNames(TEXT).names).toEqual(names);
	});
});
