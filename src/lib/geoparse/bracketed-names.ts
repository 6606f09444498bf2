// "Ruth (Houston) Keller", "Paris (Jim) Holt", "Florence "Flo" Dunbar": obituaries write a maiden name or
// a spouse's name in brackets, and a nickname in quotes, inside a person's name. None of its words is a
// place: not the town the maiden name is called after, not the surname after it, not the first name.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

// the gap before a one-word aside, and after it
const OPENS = new Set([' (', ' "', ' “']);
// ... and before one after a middle initial: "Marlys J. (Underwood) Dalton"
const OPENS_AFTER_INITIAL = new Set(['. (', '. "', '. “']);
const CLOSES = new Set([') ', '" ', '” ']);

function nameWord(token: Token | undefined): token is Token {
	return token !== undefined && token.capitalized && !token.allCaps;
}

/** One capital letter spaced from the word before ("J" of "Marlys J."; not the "C" of "D.C."). */
function middleInitial(token: Token | undefined): boolean {
	return token !== undefined && token.text.length === 1 && token.capitalized && token.gapBefore === ' ';
}

/**
 * Whether a one-word name is a word of a person's name with a bracketed or quoted aside: the aside
 * itself after a first name (only a town's name: "Mary (Texas) Jones" is no obituary's), the surname
 * after it, or a first name before an aside that names no place.
 */
export function inBracketedName(candidate: Candidate, tokens: readonly Token[], firstNames: ReadonlySet<string>, townName: boolean, candidateAt: ReadonlyMap<number, unknown>): boolean {
	if (candidate.first !== candidate.last) return false;
	const i = candidate.first;
	const gap = tokens[i]!.gapBefore;
	// most names have an aside's gap neither before nor after them
	const gapAfter = tokens[i + 1]?.gapBefore;
	if (gap.length !== 2 && gapAfter?.length !== 2) return false;
	// (a given name of any spelling before the initial: the initial and the brackets say it is a person's name)
	if (OPENS_AFTER_INITIAL.has(gap)) return townName && middleInitial(tokenAt(tokens, i - 1)) && nameWord(tokenAt(tokens, i - 2)) && nameWord(tokens[i + 1]) && CLOSES.has(tokens[i + 1]!.gapBefore);
	if (OPENS.has(gap)) {
		const first = tokenAt(tokens, i - 1);
		return townName && nameWord(first) && firstNames.has(first.lower) && nameWord(tokens[i + 1]) && CLOSES.has(tokens[i + 1]!.gapBefore);
	}
	if (CLOSES.has(gap)) {
		const aside = tokenAt(tokens, i - 1);
		const first = tokenAt(tokens, i - 2);
		return nameWord(aside) && OPENS.has(aside.gapBefore) && nameWord(first) && firstNames.has(first.lower);
	}
	const aside = tokens[i + 1];
	const surname = tokens[i + 2];
	return firstNames.has(tokens[i]!.lower) && nameWord(aside) && OPENS.has(aside.gapBefore) && nameWord(surname) && CLOSES.has(surname.gapBefore) && !candidateAt.has(i + 1);
}
