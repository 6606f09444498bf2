import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenAt, tokenize, type Token } from './tokens.ts';

// The definition the scanner must keep: words are the matches of one Unicode regex (the fields a
// token is made with; its lower case is derived)
function tokenizeByRegex(text: string): Omit<Token, 'lower'>[] {
	const tokens: Omit<Token, 'lower'>[] = [];
	let previousEnd = 0;
	for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
		const [start, word] = [match.index, match[0]];
		const gapBefore = text.slice(previousEnd, start);
		const previous = tokens[tokens.length - 1];
		const afterAbbreviation = previous !== undefined && previous.text.length <= 2 && !/^[0-9]/.test(previous.text) && /^\.\s+$/.test(gapBefore);
		const sentenceEnd = /[.!?:;•·]["'”’)\]]*\s*$|\n\s*$|\s["“‘([]\s*$/.test(gapBefore);
		const upper = /^\p{Lu}/u.test(word);
		tokens.push({ start, end: start + word.length, text: word, capitalized: upper, allCaps: word.length >= 2 && !/\p{Ll}/u.test(word) && upper, sentenceStart: tokens.length === 0 || (sentenceEnd && !afterAbbreviation), gapBefore });
		previousEnd = start + word.length;
	}
	return tokens;
}

// Whether each gap is the kind of string a literal is (V8's map of the string, in a child Node with
// --allow-natives-syntax): a sliced gap and an internalized literal differ ("ab (cd" gives " (" either way).
const GAP_KINDS_SCRIPT = `
const { tokenize } = await import(${JSON.stringify(fileURLToPath(new URL('./tokens.ts', import.meta.url)))});
const literals = [' (', ': ', ' — ', '\\n\\n', ') ', '—', ', ', ' ', '-', "'"];
const text = "ab (cd: ef — gh\\n\\nij) kl—mn, op qr-st'uv (wx";
const gaps = tokenize(text).slice(1).map((token) => token.gapBefore);
console.log(JSON.stringify({ gaps, sameKind: gaps.map((gap, i) => %HaveSameMap(gap, literals[i] ?? ' (')) }));
`;

describe('tokenize', () => {
	it('keeps UTF-16 offsets of every word', () => {
		const text = 'In Ağdam, “Shusha” and Azerbaijan’s capital.';
		for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
	});
	it('marks sentence starts, but not after an abbreviation', () => {
		const words = tokenize('The U.S. Army left. Police came. "Trend" said');
		const starts = Object.fromEntries(words.map((w) => [w.text, w.sentenceStart]));
		expect(starts).toMatchObject({ The: true, Army: false, Police: true, Trend: true, said: false });
	});
	it('but after a short number\'s full stop ("through Dec. 26. In")', () => {
		const words = tokenize('The library is shut through Dec. 26. In spring it reopens.');
		const starts = Object.fromEntries(words.map((w) => [w.text, w.sentenceStart]));
		expect(starts).toMatchObject({ Dec: false, In: true, spring: false });
	});
	it('finds the words the Unicode definition finds, in any script and around any character', () => {
		// ASCII, accents and combining marks, Cyrillic, a title-case letter, a superscript digit, a letter
		// and an emoji outside the BMP, a lone surrogate, and the punctuation that ends sentences
		const pieces = fc.constantFrom('a', 'Z', 'US', '7', ' ', '  ', '\n', '.', '. ', '"', '“', ',', "'", 'é', 'É', 'e\u0301', 'Жи', 'ǅ', '²', '𝐀', '😀', '\ud800', 'İ', 'ß', '·', '\t');
		fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
			const text = parts.join('');
			expect(tokenize(text)).toEqual(tokenizeByRegex(text));
		}), { numRuns: 3000 });
	});
	it('gives each word in lower case as toLowerCase does, whether it holds capitals, only small ASCII letters and digits, or other letters', () => {
		const pieces = fc.constantFrom('a', 'z', 'Z', 'US', 'of', '7', ' ', '’', 'é', 'É', 'Жи', 'ǅ', 'İ', 'ß', '\u212a', '𝐀', '-');
		fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
			for (const token of tokenize(parts.join(''))) expect(token.lower).toBe(token.text.toLowerCase());
		}), { numRuns: 3000 });
	});
	it('gives every gap as the kind of string a literal is, whatever it holds (compared with literals, a sliced gap cost a recompile)', () => {
		const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', GAP_KINDS_SCRIPT], { encoding: 'utf8' });
		expect(child.status, child.stderr).toBe(0);
		const { gaps, sameKind } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { gaps: string[]; sameKind: boolean[] };
		expect(gaps).toEqual([' (', ': ', ' — ', '\n\n', ') ', '—', ', ', ' ', '-', "'", ' (']);
		expect(sameKind).toEqual(Array(11).fill(true));
	});
	it('gives each gap its own characters however many distinct gaps the texts bring (past the canonical table\'s bound)', () => {
		const marks = ['(', ')', ',', ';', ':', '"', '—', '\n', '.', '/'];
		const gaps: string[] = [];
		for (const a of marks) for (const b of marks) for (const c of marks) for (const d of marks) gaps.push(` ${a}${b}${c}${d} `);
		const text = gaps.map((gap, i) => `w${i}${gap}`).join('') + 'end';
		expect(tokenize(text).slice(1).map((token) => token.gapBefore)).toEqual(gaps);
		// (and again, the first half now from the table)
		expect(tokenize(text).slice(1).map((token) => token.gapBefore)).toEqual(gaps);
	});
	it('flags capitals', () => {
		const [baku, azerbaijan] = tokenize('BAKU Azerbaijan');
		expect(baku).toMatchObject({ allCaps: true, capitalized: true });
		expect(azerbaijan).toMatchObject({ allCaps: false, capitalized: true });
	});
});

describe('tokenAt', () => {
	// what tokens[i] reads, for any i: the rules read the token before a name with it (tokens[first - 1]
	// made V8's read generic for good the first time a name opened a text)
	it('is the token at an index, and undefined before the first token and after the last', () => {
		const tokens = tokenize('Rain fell on Tarnby and Voss.');
		for (let i = -3; i < tokens.length + 3; i++) expect(tokenAt(tokens, i)).toBe(tokens[i]);
		expect(tokenAt(tokens, -1)).toBeUndefined();
		expect(tokenAt(tokens, 3)?.text).toBe('Tarnby');
		expect(tokenAt([], 0)).toBeUndefined();
	});
});
