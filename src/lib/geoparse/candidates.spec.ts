import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { escapeRegExp } from '../regexp.ts';
import { findAbbreviationCandidates } from './abbreviation-candidates.ts';
import { tokenize } from './tokens.ts';

const ABBREVIATIONS = ['U.S.', 'U.S.A.', 'US', 'USA', 'UK', 'T&T', 'W.Va.', 'Va.', 'N.Y.', 'D.C.'];

// a gazetteer with only what abbreviations read: each is its own place
const gazetteer = {
	abbreviations: new Map(ABBREVIATIONS.map((form, i) => [form, i])),
	places: ABBREVIATIONS.map((form) => ({ id: `cc:${form}` }) as GazetteerPlace),
	importance: new Float64Array(ABBREVIATIONS.length).fill(1)
} as unknown as Gazetteer;

/** The abbreviations as a scan of every character finds them, kept where they begin and end on tokens. */
function scanned(text: string): string[] {
	const forms = [...ABBREVIATIONS].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}.&])(?:${forms.join('|')})(?![\\p{L}\\p{N}&]|\\.\\p{L})`, 'gu');
	const tokens = tokenize(text);
	const found: string[] = [];
	for (const match of text.matchAll(pattern)) {
		const end = match.index + match[0].length;
		const tokenEnd = match[0].endsWith('.') ? end - 1 : end;
		if (tokens.some((t) => t.start === match.index) && tokens.some((t) => t.end === tokenEnd)) found.push(`${match.index}:${match[0]}`);
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
