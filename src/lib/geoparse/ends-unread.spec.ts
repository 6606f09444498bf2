import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Gazetteer } from '../gazetteer/index.ts';
import { testGazetteer } from '../../../tests/helpers/gazetteer.ts';
import { findNameCandidates } from './candidates.ts';
import { lookup, NameReader } from './name-lookup.ts';
import { RecentKeys } from './recent-keys.ts';
import { nameKey } from '../gazetteer/normalize.ts';
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

describe('NameReader.read of a longer reading of the name last read', () => {
	const TEXT = 'Leaders of Bosnia and Serbia met in Franklin. The talks in Bosnia and Herzegovina, Columbus, Ohio and the Ministry of Commerce and Industry went on.';
	const UNREAD = ['Bosnia and Serbia', 'Franklin. The', 'Columbus, Ohio', 'Commerce and Industry'];

	/** The spans the recogniser reads that reach the name table (every such read asks RecentKeys first). */
	function tableReads(text: string): string[] {
		const reads: string[] = [];
		const slotOf = RecentKeys.prototype.slotOf;
		vi.spyOn(RecentKeys.prototype, 'slotOf').mockImplementation(function (this: RecentKeys, hash: number, t: string, start: number, end: number) {
			reads.push(t.slice(start, end));
			return slotOf.call(this, hash, t, start, end);
		});
		findNameCandidates(text, tokenize(text), gazetteer);
		vi.restoreAllMocks();
		return reads.map((span) => nameKey(span));
	}

	it('answers one through connectors, a comma or a full stop that no key is or begins unread ("Commerce and Industry")', () => {
		const { reads } = readsAndNames(TEXT);
		expect(reads).toEqual(expect.arrayContaining(UNREAD));
		const table = tableReads(TEXT);
		for (const span of UNREAD) expect(table).not.toContain(nameKey(span));
		expect(table).toEqual(expect.arrayContaining(['bosnia', 'bosnia and herzegovina', 'commerce']));
	});

	it('leaves unread only spans that name nothing and begin no longer key', () => {
		for (const span of UNREAD) {
			expect(lookup(gazetteer, nameKey(span), false)).toBeNull();
			expect(gazetteer.byName.beginsLongerKey(nameKey(span))).toBe(false);
		}
		expect(readsAndNames(TEXT).names).toEqual(expect.arrayContaining(['Bosnia and Herzegovina', 'Columbus', 'Ohio', 'Commerce']));
	});
});
