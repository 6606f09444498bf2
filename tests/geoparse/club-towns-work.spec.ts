// club-towns.ts reads a text's words for sport only where one of its town names bears a club's sign: most texts
// name no club, and reading every word of every text for two words of sport cost about 2 % of a geoparse.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { nameKey } from '../../src/lib/gazetteer/normalize.ts';
import { clubTowns } from '../../src/lib/geoparse/club-towns.ts';
import { recognise } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The club towns of the text and how many of its words' lower-case forms clubTowns read. */
function clubsAndWordsRead(text: string): { clubs: string[]; wordsRead: number } {
	const { tokens, candidates, candidateAt } = recognise(text, gazetteer);
	let wordsRead = 0;
	for (const token of tokens) {
		const lower = token.text.toLowerCase();
		Object.defineProperty(token, 'lower', { get: () => (wordsRead++, lower) });
	}
	return { clubs: [...clubTowns(text, candidates, tokens, candidateAt, gazetteer)], wordsRead };
}

describe('the towns a sports text names clubs by', () => {
	it('reads no word for sport where no town name bears a club sign', () => {
		const { clubs, wordsRead } = clubsAndWordsRead('The football match in Kettering drew a big crowd. The league said the stadium in Kettering will be rebuilt before the season.');
		expect(clubs).toEqual([]);
		expect(wordsRead).toBe(0);
	});

	it('reads the words for sport where a town name bears one, and finds the club', () => {
		const { clubs, wordsRead } = clubsAndWordsRead('Kettering were drawn at home in the cup. The league said the match will be played on Saturday.');
		expect(clubs).toEqual([nameKey('Kettering')]);
		expect(wordsRead).toBeGreaterThan(0);
	});
});
