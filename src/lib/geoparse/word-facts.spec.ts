import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/types.ts';
import { tokenize } from './tokens.ts';
import { isCapitalisedNameWord, isFirstName, isFirstNameBeforeSurname, isTitleOrHeadWord } from './word-facts.ts';

const gazetteerOf = (firstNames: string[]) => ({ firstNames: new Set(firstNames), commonWords: new Map<string, number>() }) as unknown as Gazetteer;

describe('first names', () => {
	it('answers as the list does, through the filter before it: every name, and no other word', () => {
		const names = ['mary', 'kelly', 'washington', 'jo', 'a', 'zoë', 'jean-luc'];
		const gazetteer = gazetteerOf(names);
		for (const name of names) expect(isFirstName(name, gazetteer)).toBe(true);
		for (const word of ['marys', 'kelley', 'said', 'the', '', 'zoe', 'jean']) expect(isFirstName(word, gazetteer)).toBe(false);
	});

	it('reads each gazetteer its own list', () => {
		const one = gazetteerOf(['mary']);
		const other = gazetteerOf(['paul']);
		expect([isFirstName('mary', one), isFirstName('mary', other), isFirstName('paul', other), isFirstName('paul', one)]).toEqual([true, false, true, false]);
	});

	it('before a surname, reads a first name in the list\'s spelling or with accents ("Andrés Medina"), and no other word', () => {
		const gazetteer = gazetteerOf(['andres', 'maria']);
		expect(['andres', 'andrés', 'maría', 'medina', 'andrès-x'].map((word) => isFirstNameBeforeSurname(word, gazetteer))).toEqual([true, true, true, false, false]);
	});
});

describe('a capitalised word of a name', () => {
	it('is no person\'s title and no head of a body\'s or a place\'s name', () => {
		expect(['minister', 'council', 'island', 'axel', 'said'].map(isTitleOrHeadWord)).toEqual([true, true, true, false, false]);
	});

	it('is capitalised, spaced from the word before, not all capitals, and no title or head', () => {
		const tokens = tokenize('Governor Axel met the Prime Minister, the Kenya Council, the EU and Lagos-Ikeja today');
		const read = (word: string) => isCapitalisedNameWord(tokens.find((token) => token.text === word)!);
		expect(['Axel', 'Minister', 'Council', 'EU', 'Ikeja', 'today'].map(read)).toEqual([true, false, false, false, false, false]);
	});
});
