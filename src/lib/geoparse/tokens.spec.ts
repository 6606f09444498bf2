import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

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
	it('flags capitals', () => {
		const [baku, azerbaijan] = tokenize('BAKU Azerbaijan');
		expect(baku).toMatchObject({ allCaps: true, capitalized: true });
		expect(azerbaijan).toMatchObject({ allCaps: false, capitalized: true });
	});
});
