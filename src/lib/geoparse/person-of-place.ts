// "Landon Miller of Dalton", "a daughter, Linda Hall of Paris", "Kevin (Teresa) Lyons of Newton": lists of
// people (fair results, obituaries' survivors, line-ups) give each person's town after "of" with no commas
// around it. A first name and a capitalised surname right before "of" make the name after it where the
// person lives, as "Jane Doe, of Eudora," does; and the surname is no institution's head ("Hall", "Church"
// are surnames after a first name, not "the Hall of …").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { GEOGRAPHIC_HEADS, INSTITUTION_HEADS, PERSON_TITLES } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isCommonWord, isFirstName } from './word-facts.ts';

// between first name and surname: a space, or the close of a spouse's name in brackets ("Kevin (Teresa) Lyons")
const NAME_GAP = /^(?: |\) )$/;

/** Whether the candidate follows "of" after a person's first name and surname ("Linda Hall of Paris"). */
export function residenceAfterPersonsName(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (candidate.via !== 'name' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const of = tokenAt(tokens, candidate.first - 1);
	if (!of || of.text !== 'of' || of.gapBefore !== ' ') return false;
	return personsNameEndsAt(candidate.first - 2, tokens, gazetteer);
}

/** Whether the token is a surname after a first name ("Linda Hall"), not a title or a place's head word. */
export function personsNameEndsAt(at: number, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const surname = tokens[at];
	const given = tokenAt(tokens, at - 1);
	if (!surname || !given || !surname.capitalized || surname.allCaps || surname.sentenceStart || !NAME_GAP.test(surname.gapBefore)) return false;
	if (!given.capitalized || given.allCaps || PERSON_TITLES.has(surname.lower) || GEOGRAPHIC_HEADS.has(surname.lower) || PERSON_TITLES.has(given.lower)) return false;
	if (!isFirstName(given.lower, gazetteer)) return false;
	// "Grace Church of …": before an institution's head only a first name that is no English word makes a person
	return !INSTITUTION_HEADS.has(surname.lower) || !isCommonWord(given.lower, gazetteer);
}
