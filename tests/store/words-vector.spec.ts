import { describe, expect, it } from 'vitest';
import { wordsVector } from '../../src/lib/store/postgres/words-vector.ts';
import { searchWords } from '../../src/lib/store/text.ts';

/** The literal's words, each with its positions. */
function entries(literal: string): Map<string, number[]> {
	return new Map(literal.split(' ').filter(Boolean).map((entry) => {
		const [, word, at] = /^'(.*)':(.*)$/.exec(entry)!;
		return [word!, at!.split(',').map(Number)];
	}));
}

describe('a document’s words as a tsvector literal (words-vector.ts)', () => {
	it('gives each word of letters and digits its positions, in order', () => {
		expect(wordsVector('deminers met in baku. baku pledged')).toBe("'deminers':1 'met':2 'in':3 'baku':4,5 'pledged':6");
		expect(wordsVector('')).toBe('');
	});

	it('splits at punctuation as a search splits its words (and FTS5 its text): "3.5bn", a host name, a hyphen', () => {
		const text = 'funds of 3.5bn via demining.example.org';
		expect([...entries(wordsVector(text)).keys()]).toEqual(searchWords(text));
		expect([...entries(wordsVector(text)).keys()]).toEqual(['funds', 'of', '3', '5bn', 'via', 'demining', 'example', 'org']);
		expect([...entries(wordsVector('a-b and x_y')).keys()]).toEqual(['a', 'b', 'and', 'x', 'y']);
	});

	it('keeps within the tsvector limits: 256 positions a word, positions to 16383, words to 2,046 bytes', () => {
		expect(entries(wordsVector('baku '.repeat(300))).get('baku')).toHaveLength(256);
		const late = entries(wordsVector(`${'w '.repeat(16_390)}baku baku`));
		expect(late.get('baku')).toEqual([16_383]);
		expect(late.get('w')).toHaveLength(256);
		// (é is two bytes: 1,023 of them fit, 1,024 do not)
		const long = entries(wordsVector(`${'é'.repeat(1023)} ${'é'.repeat(1024)} ${'x'.repeat(2046)} ${'y'.repeat(2047)} end`));
		expect([...long.keys()].map((word) => word.length)).toEqual([1023, 2046, 3]);
		expect(long.get('end')).toEqual([3]);
	});
});
