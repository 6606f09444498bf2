// "the Red Cross opened a shelter", "the Red Cross has sent aid": a verb right after a name ends the
// name's noun phrase. Read from the word's form and word statistics: auxiliaries and a past tense whose
// stem is an everyday word ("opened", "raised", "hurried"), not a noun such as "hundred" or "shed".
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Token } from './tokens.ts';
import { isCommonWord } from './word-facts.ts';

const AUXILIARIES = new Set('is was are were has have had will would can could may might must should shall does did said says told'.split(' '));
// a past tense this short is mostly another word ("bed", "fed", "need")
const SHORTEST_PAST_TENSE = 5;
// a past tense whose stem doubles its last consonant ("dropped", "slipped", "planned", "admitted")
const DOUBLED_BEFORE_ED = /([bdgmnprt])\1ed$/;

function commonStem(stem: string, gazetteer: Gazetteer): boolean {
	return isCommonWord(stem, gazetteer);
}

/** The lower-case word is a finite verb: an auxiliary, or "-ed" after an everyday stem ("opened", "raised", "carried", "dropped"). */
export function isVerbAfterName(next: Token, gazetteer: Gazetteer): boolean {
	if (next.capitalized || next.gapBefore !== ' ') return false;
	return isFiniteVerb(next.lower, gazetteer);
}

// words that follow a name as readily as a noun does ("Nice and Cannes", "Split in summer")
const FUNCTION_WORDS = new Set('and or but nor in on at of to for from with by as than'.split(' '));

/**
 * The lower-case word after a name is a noun the name stands before as an adjective ("Oral cholera vaccine",
 * "Thai officials"): no verb, no function word.
 */
export function isNounAfterName(word: string, gazetteer: Gazetteer): boolean {
	return /^\p{Ll}+$/u.test(word) && !FUNCTION_WORDS.has(word) && !isFiniteVerb(word, gazetteer);
}

function isFiniteVerb(word: string, gazetteer: Gazetteer): boolean {
	if (AUXILIARIES.has(word)) return true;
	if (word.length < SHORTEST_PAST_TENSE || !word.endsWith('ed') || word.endsWith('eed')) return false;
	if (word.endsWith('ied')) return commonStem(`${word.slice(0, -3)}y`, gazetteer);
	// ("dropped", "planned": a short stem's last consonant doubled before "-ed")
	if (DOUBLED_BEFORE_ED.test(word)) return commonStem(word.slice(0, -3), gazetteer);
	return commonStem(word.slice(0, -2), gazetteer) || commonStem(word.slice(0, -1), gazetteer);
}
