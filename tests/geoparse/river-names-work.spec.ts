// river-towns.ts finds the words "river" of a text without lower-casing every other word: a text that holds
// "river" anywhere ("driver", "Riverside") had each of its words lower-cased to be compared with it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { riversNamedIn } from '../../src/lib/geoparse/river-towns.ts';
import { tokenize } from '../../src/lib/geoparse/tokens.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the rivers a text names with the word "river"', () => {
	it('are found with only the words that may be "river" lower-cased', () => {
		const text = 'The driver took the road along the Ohio River to Marietta, then crossed the river at Parkersburg and drove home.';
		const tokens = tokenize(text);
		let wordsRead = 0;
		for (const token of tokens) {
			const lower = token.text.toLowerCase();
			Object.defineProperty(token, 'lower', { get: () => (wordsRead++, lower) });
		}
		const rivers = riversNamedIn(text, tokens, gazetteer);
		expect(rivers.map((river) => river.word)).toEqual(['ohio']);
		// (the two words "river", and the name before the capitalised one as often as it is looked up: not the
		// text's other 17 words)
		expect(wordsRead).toBeLessThanOrEqual(6);
	});
});
