// "A 34-year-old Marion man", "an Ames woman": local news names people by their town, written as an
// adjective between an article (and the person's age) and a word for the person. The town there is where
// the person lives, as "Jane Doe, of Eudora," says, whatever else its word may be (a first name, a
// post office's name): "a Kennedy man" is a man from Kennedy.
// Without the age the same words are as often a school's, a brand's, a party's or a people's: "a Harvard
// man", "a Cadillac man", "a Clinton man", "a Comanche woman", "a Gibson girl"; index.ts keeps such a town
// only where the text places it otherwise (bareResidentAdjective).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import { INDEFINITE_ARTICLES } from './context-words.ts';
import { wordAfterList } from './list-nouns.ts';
import { tokenAt, type Token } from './tokens.ts';
import type { Candidate } from './candidates.ts';

// words for a person that a town's name stands before as that person's home (not "family", "student" or
// "supporter": "a Kennedy family member", "a Clinton supporter" name a family or a politician)
const RESIDENT_NOUNS = new Set('man woman men women boy girl teen teenager couple resident residents native'.split(' '));
// ... of which "girl" names a town's girl only with her age ("a Gibson girl" is a drawing's type)
const ONLY_WITH_AGE = new Set(['girl']);

/** "a 34-year-old X man": 'aged'; "an X woman": 'bare'; null where the name is no person's adjective. */
function residentAdjective(tokens: readonly Token[], first: number, last: number): 'aged' | 'bare' | null {
	const noun = tokens[last + 1];
	if (!noun || noun.gapBefore !== ' ' || !RESIDENT_NOUNS.has(noun.text) || tokens[first]!.gapBefore !== ' ') return null;
	const at = first - 1;
	// "a 34-year-old": the age's number, "year" and "old" joined by hyphens
	if (tokens[at]?.lower === 'old' && tokens[at]!.gapBefore === '-' && tokenAt(tokens, at - 1)?.lower === 'year' && tokenAt(tokens, at - 1)!.gapBefore === '-' && /^\d{1,3}$/.test(tokenAt(tokens, at - 2)?.text ?? '')) {
		return INDEFINITE_ARTICLES.has(tokenAt(tokens, at - 3)?.lower ?? '') ? 'aged' : null;
	}
	return INDEFINITE_ARTICLES.has(tokens[at]?.lower ?? '') && !ONLY_WITH_AGE.has(noun.text) ? 'bare' : null;
}

/** Whether the name at tokens first..last stands between "a"/"an" (and "N-year-old") and a word for a person. */
export function townAsResidentAdjective(tokens: readonly Token[], first: number, last: number): boolean {
	return residentAdjective(tokens, first, last) !== null;
}

/** The same without an age ("a Harvard man"): a residence only where the text places the town otherwise. */
export function bareResidentAdjective(tokens: readonly Token[], first: number, last: number): boolean {
	return residentAdjective(tokens, first, last) === 'bare';
}

// how near another of the text's places puts a town written so without an age in the text's area
const NEIGHBOUR_KM = 100;

/** "a Pooler man" in a story about Savannah: another of the text's places (of its country) within reach, or the town's state. */
export function residenceCorroborated(place: GazetteerPlace, placesInCountry: ReadonlySet<GazetteerPlace> | undefined): boolean {
	for (const other of placesInCountry ?? []) {
		if (other === place) continue;
		if (other.kind === 'region' ? other.admin1 === place.admin1 : kilometres(other, place) <= NEIGHBOUR_KM) return true;
	}
	return false;
}

// a town's own people named by where they live (not "voters": "Warren voters", "Sanders voters" back a candidate)
const TOWNS_PEOPLE = new Set(['residents', 'taxpayers', 'homeowners', 'ratepayers', 'townspeople', 'villagers']);

/** "Selma residents", "Palmer and Wasilla residents": a name (or a list of names) right before a plural word for a town's people. */
export function townBeforeItsPeople(candidate: Candidate, tokens: readonly Token[]): boolean {
	return TOWNS_PEOPLE.has(wordAfterList(candidate, tokens) ?? '');
}
