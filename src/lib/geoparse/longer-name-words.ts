// "support Real Madrid", "after Hurricane Florence": an everyday English word capitalised right before a
// place's name, mid-sentence, opens a longer name (a club, a storm, a ship), and the place is a word of it.
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, PERSON_TITLES, POSITION_WORDS } from './context-words.ts';
import type { NameCueContext } from './name-cues.ts';
import type { Token } from './tokens.ts';

// a lower-case word seen this often in SUBTLEX is an ordinary English word (as judge.ts)
const COMMON_WORD = 40;

/**
 * Whether `before`, the capitalised word right before the candidate, is such a word: after a lower-case
 * word (not in a Title Case headline, "Storm Hits Texas"), no well-known place itself, and no title or
 * position word ("South Florida", "Lake Tahoe", "Mayor Paris" are read elsewhere), and no function word
 * left capitalised by a lost full stop ("six minutes late After Paris").
 */
export function wordOfLongerName(before: Token, candidate: Candidate, ctx: NameCueContext, wellKnownPlaceAt: (token: number) => boolean): boolean {
	// (a word that names a small place too, "Real", is still that word here)
	if (candidate.via !== 'name' || !before.capitalized || before.allCaps || before.text.length < 2 || before.sentenceStart || wellKnownPlaceAt(candidate.first - 1)) return false;
	const opener = ctx.tokens[candidate.first - 2];
	if (!opener || opener.capitalized || !/^\s+$/.test(before.gapBefore)) return false;
	if (FUNCTION_WORDS.has(before.lower) || POSITION_WORDS.has(before.lower) || PERSON_TITLES.has(before.lower) || GEOGRAPHIC_HEADS.has(before.lower) || INSTITUTION_HEADS.has(before.lower)) return false;
	return (ctx.gazetteer.commonWords.get(before.lower) ?? 0) >= COMMON_WORD;
}
