// What the gazetteer's word lists say of a word: how common it is in everyday English, whether it is a
// first name. One place for the look-ups the rules make, so that the thresholds read the same everywhere.
// (Remembering the answers by word was tried: a look-up in a small map of the words asked lately cost as
// much as one in the lists, the time going to hashing each token's freshly made lower-case string.)
import type { Gazetteer } from '../gazetteer/types.ts';
import { COMMON_WORD } from './context-words.ts';

/** How often the word (lower case) is written in everyday English: its commonWords count, 0 for none. */
export function commonness(word: string | null, gazetteer: Gazetteer): number {
	return word === null ? 0 : (gazetteer.commonWords.get(word) ?? 0);
}

/** Whether the word (lower case) is a common English word (COMMON_WORD or more). */
export function isCommonWord(word: string, gazetteer: Gazetteer): boolean {
	return (gazetteer.commonWords.get(word) ?? 0) >= COMMON_WORD;
}

/** Whether commonWords lists the word at all. */
export function isListedWord(word: string, gazetteer: Gazetteer): boolean {
	return gazetteer.commonWords.has(word);
}

/** Whether the word (lower case) is a common English first name. */
export function isFirstName(word: string, gazetteer: Gazetteer): boolean {
	return gazetteer.firstNames.has(word);
}
