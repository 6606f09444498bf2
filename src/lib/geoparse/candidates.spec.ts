import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { escapeRegExp } from '../regexp.ts';
import { findAbbreviationCandidates } from './abbreviation-candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { tokenize, type Token } from './tokens.ts';

const ABBREVIATIONS = ['U.S.', 'U.S.A.', 'US', 'USA', 'UK', 'T&T', 'W.Va.', 'Va.', 'N.Y.', 'D.C.'];

// a gazetteer with only what abbreviations read: each is its own place, and no name (the town before a word cut
// short, looked up by abbreviation-candidates.ts, is never found)
const gazetteer = {
	abbreviations: new Map(ABBREVIATIONS.map((form, i) => [form, i])),
	demonyms: new Map<string, number>(),
	byName: { entryOfSpan: () => -1 },
	places: ABBREVIATIONS.map((form) => ({ id: `cc:${form}` }) as GazetteerPlace),
	importance: new Float64Array(ABBREVIATIONS.length).fill(1)
} as unknown as Gazetteer;

/**
 * "S Va." at the text's end, "T&T Va. Then": a word cut short right after a capitalised word, with nothing but the
 * end, a line break or a capitalised word after it, is the last word of a longer name (abbreviation-candidates.ts;
 * this gazetteer holds no town to say otherwise).
 */
function endsLongerName(form: string, tokens: readonly Token[], first: number, last: number): boolean {
	const before = tokens[first - 1];
	const next = tokens[last + 1];
	if (!/^\p{Lu}\p{Ll}+\.$/u.test(form) || tokens[first]!.gapBefore !== ' ' || !before?.capitalized || before.allCaps || FUNCTION_WORDS.has(before.lower)) return false;
	return next === undefined || next.gapBefore.includes('\n') || next.capitalized;
}

/** The abbreviations as a scan of every character finds them, kept where they begin and end on tokens. */
function scanned(text: string): string[] {
	const forms = [...ABBREVIATIONS].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}.&])(?:${forms.join('|')})(?![\\p{L}\\p{N}&]|\\.\\p{L})`, 'gu');
	const tokens = tokenize(text);
	const found: string[] = [];
	for (const match of text.matchAll(pattern)) {
		const end = match.index + match[0].length;
		const tokenEnd = match[0].endsWith('.') ? end - 1 : end;
		const first = tokens.findIndex((t) => t.start === match.index);
		const last = tokens.findIndex((t) => t.end === tokenEnd);
		if (first < 0 || last < 0 || endsLongerName(match[0], tokens, first, last)) continue;
		found.push(`${match.index}:${match[0]}`);
	}
	return found;
}

describe('findAbbreviationCandidates', () => {
	it('finds abbreviations as written, on word boundaries', () => {
		const text = 'U.S.-led talks, the USA and the UK, T&T and W.Va. but not USAID, us, U.Sx or cafe\u0301US.';
		const found = findAbbreviationCandidates(text, tokenize(text), gazetteer).map((c) => text.slice(c.start, c.end));
		expect(found).toEqual(['U.S.', 'USA', 'UK', 'T&T', 'W.Va.']);
	});

	it('finds what a scan of every character finds, trying only where tokens begin', () => {
		const piece = fc.constantFrom(...ABBREVIATIONS, 'U', 'S', 'A', 'a', '.', '&', ' ', '-', '\u0301', 'é', '1', 'Va', 'W.');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const text = pieces.join('');
				const found = findAbbreviationCandidates(text, tokenize(text), gazetteer).map((c) => `${c.start}:${text.slice(c.start, c.end)}`);
				expect(found).toEqual(scanned(text));
			}),
			{ numRuns: 2000 }
		);
	});
});
