import { describe, expect, it } from 'vitest';
import { excerptSpan, splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it('splits on terminators followed by a capital', () => {
		expect(texts('Deminers arrived. They left! Did they? Yes.')).toEqual(['Deminers arrived.', 'They left!', 'Did they?', 'Yes.']);
	});
	it('keeps abbreviations, initials, decimals and quotes together', () => {
		expect(texts('Dr. Aliyev met J. Smith of the U.S. embassy. It cost €2.5 million. "We agree." She left.')).toEqual([
			'Dr. Aliyev met J. Smith of the U.S. embassy.',
			'It cost €2.5 million.',
			'"We agree."',
			'She left.'
		]);
	});
	it('treats line breaks as boundaries and skips blank lines', () => {
		expect(texts('United Kingdom\n\n  The ambassador spoke.  \nfine')).toEqual(['United Kingdom', 'The ambassador spoke.', 'fine']);
	});
	it('does not split before a lower-case word', () => {
		expect(texts('Prices rose 3 p.c. in total. Next')).toEqual(['Prices rose 3 p.c. in total.', 'Next']);
	});
});

describe('excerptSpan', () => {
	const text = 'France\nThe envoy praised the deminers working around Aghdam and the farmland they have cleared. Short one. Another sentence follows here.';
	const sentences = splitSentences(text);
	const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

	it('returns the sentence containing the mention', () => {
		const span = excerptSpan(text, sentences, at('Aghdam'));
		expect(text.slice(span.start, span.end)).toBe('The envoy praised the deminers working around Aghdam and the farmland they have cleared.');
	});
	it('extends a too-short sentence with its neighbours', () => {
		const span = excerptSpan(text, sentences, at('France'));
		expect(text.slice(span.start, span.end).startsWith('France\nThe envoy')).toBe(true);
	});
	it('cuts long sentences around the mention on word boundaries', () => {
		const span = excerptSpan(text, sentences, at('Aghdam'), { minLength: 10, maxLength: 30 });
		const excerpt = text.slice(span.start, span.end);
		expect(excerpt).toContain('Aghdam');
		expect(excerpt.length).toBeLessThanOrEqual(30);
		expect(text[span.start - 1]).toBe(' ');
	});
	it('always contains the mention', () => {
		for (let start = 0; start < text.length - 3; start += 7) {
			const mention = { start, end: start + 3 };
			const span = excerptSpan(text, sentences, mention, { minLength: 20, maxLength: 40 });
			expect(span.start).toBeLessThanOrEqual(start);
			expect(span.end).toBeGreaterThanOrEqual(start + 3);
		}
	});
});

describe('splitSentences on long runs', () => {
	it('reads a line of 200,000 full stops in one pass (the terminator pattern was quadratic)', () => {
		expect(splitSentences(`${'.'.repeat(200_000)}x`)).toEqual([{ start: 0, end: 200_001 }]);
		expect(splitSentences(`Yes${'!'.repeat(200_000)} B.`)).toEqual([{ start: 0, end: 200_003 }, { start: 200_004, end: 200_006 }]);
	});
});
