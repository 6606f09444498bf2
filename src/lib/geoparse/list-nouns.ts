// The lower-case noun that ends a list of names ("Fulton and DeKalb counties", "the Juba and Shabelle rivers"),
// and whether such a list names rivers: read by document-cues.ts (the kind a list's noun asks for) and by the judge.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { COUNTY_NOUNS } from './context-words.ts';

export const LIST_WORDS = new Set(['and', 'or', '&']);
// words a list of names may run on after the mention before its plural noun
const MAX_LIST_WORDS = 16;

/** "Fulton and DeKalb counties", "the Juba and Shabelle rivers": the lower-case word that ends the list of names the name starts or stands in. */
export function wordAfterList(candidate: Candidate, tokens: readonly Token[]): string | null {
	const at = wordAfterListAt(candidate, tokens);
	return at < 0 ? null : tokens[at]!.text;
}

/** Whether the gap between two words of a list is a space or a comma and a space (compared, not matched: asked of each word after a name). */
export function spaceOrCommaSpace(gap: string): boolean {
	return gap === ' ' || gap === ', ';
}

/** wordAfterList's word as a token index (-1: none). */
function wordAfterListAt(candidate: Candidate, tokens: readonly Token[]): number {
	for (let i = candidate.last + 1; i < tokens.length && i <= candidate.last + MAX_LIST_WORDS; i++) {
		const token = tokens[i]!;
		if (!spaceOrCommaSpace(token.gapBefore)) return -1;
		if (token.capitalized) continue;
		if (token.gapBefore === ' ' && LIST_WORDS.has(token.text)) continue;
		// the noun comes right after a name, not after a joiner ("Niger and states")
		return token.gapBefore === ' ' && tokenAt(tokens, i - 1)!.capitalized ? i : -1;
	}
	return -1;
}


/**
 * "Williamson and Franklin county officials", "Caddo and Bossier parish schools": a lower-case singular
 * county word after a list of two names or more calls each name a county, as "counties" does (the name
 * opens the list or is joined to the one before it). Returns the word's token index (-1: none).
 */
export function singularDivisionAfterList(candidate: Candidate, tokens: readonly Token[]): number {
	const at = wordAfterListAt(candidate, tokens);
	if (at < 0 || !COUNTY_NOUNS.has(tokens[at]!.text)) return -1;
	let joiners = 0;
	for (let k = candidate.last + 1; k < at; k++) joiners += joinsList(tokens[k]!);
	// the list's last name: joined to a capitalised name before it
	const before = tokenAt(tokens, candidate.first - 1);
	const joinedBefore = !!before && (tokens[candidate.first]!.gapBefore === ', ' || (tokens[candidate.first]!.gapBefore === ' ' && LIST_WORDS.has(before.text) && !!tokenAt(tokens, candidate.first - 2)?.capitalized));
	return joiners > 0 || joinedBefore ? at : -1;
}

/** The words of the list's last name, right before the word at `at` ("Franklin" in "… and Franklin county"). */
export function lastNameBefore(tokens: readonly Token[], at: number): string {
	let first = at - 1;
	for (let before = tokenAt(tokens, first - 1); before && tokens[first]!.gapBefore === ' ' && before.capitalized && !LIST_WORDS.has(before.text); before = tokenAt(tokens, first - 1)) first--;
	return tokens.slice(first, at).map((token) => token.text).join(' ');
}

/** 1 where a comma or "and" joins this token to the list before it (2 for ", and"). */
function joinsList(token: Token): number {
	return (token.gapBefore.startsWith(',') ? 1 : 0) + (LIST_WORDS.has(token.text) ? 1 : 0);
}

/**
 * "the Benue and Niger rivers": a list of two names or more, right after "the", that "rivers" ends names
 * rivers. One name ("Niger rivers dried up") or a list with no article ("Congo and Angola rivers") is more
 * often a land's rivers, the name the land's.
 */
export function listOfRivers(candidate: Candidate, tokens: readonly Token[], wordAfter = wordAfterList(candidate, tokens)): boolean {
	if (wordAfter !== 'rivers') return false;
	let joiners = 0;
	for (let k = candidate.first + 1; tokens[k]!.text !== 'rivers'; k++) joiners += joinsList(tokens[k]!);
	// back to the list's first name: "the" must stand right before it
	for (let i = candidate.first; i > 0 && candidate.first - i <= MAX_LIST_WORDS; i--) {
		const gap = tokens[i]!.gapBefore;
		const before = tokenAt(tokens, i - 1)!;
		if (before.lower === 'the' && gap === ' ') return joiners > 0;
		if (!spaceOrCommaSpace(gap) || !(before.capitalized || (gap === ' ' && LIST_WORDS.has(before.text)))) return false;
		joiners += joinsList(tokens[i]!);
	}
	return false;
}
