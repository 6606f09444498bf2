import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates.ts';
import { appositionNounAt } from './phrase-cues.ts';
import { tokenize } from './tokens.ts';

const NOUNS = new Set(['town', 'writer']);
// the name is the text's first word
const nounAt = (text: string, adjectives: number) => {
	const tokens = tokenize(text);
	const at = appositionNounAt({ first: 0, last: 0 } as Candidate, tokens, NOUNS, adjectives);
	return at < 0 ? null : tokens[at]!.text;
};

describe("an apposition's noun after a name", () => {
	it('is found after ", " and an article and up to that many lower-case words', () => {
		expect(nounAt('Troy, a town of 1,000', 0)).toBe('town');
		expect(nounAt('Troy, a small old farming town of 1,000', 3)).toBe('town');
		expect(nounAt('Palma, the local writer, said', 1)).toBe('writer');
	});

	it('is none past that many words, after a capitalised word, without the comma or without an article', () => {
		expect(nounAt('Troy, a small old farming town of 1,000', 2)).toBeNull();
		expect(nounAt('Palma, the Peruvian writer, said', 2)).toBeNull();
		expect(nounAt('Troy a town of 1,000', 2)).toBeNull();
		expect(nounAt('Troy, one town of 1,000', 2)).toBeNull();
	});
});
