// "Reporting by Amina Sokoto; Editing by Tom Hale", "Additional reporting by Joe Lake and Ann Derby": the
// credits a wire story ends with name its reporters and editors, so a capitalised word there is a person's
// name, not a town's. Where a reporter was is written after "in" ("Reporting by Ann Lee in Lagos"), a
// lower-case word that ends the run of names.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

// the credit words "by" follows, capitalised as a credit line opens ("Writing by", "Photos by"; "Additional
// reporting by"): not "underreporting by Nigeria", "oil produced by Nigeria", "a list compiled by Kenya"
const CREDITS = new Set(['reporting', 'writing', 'editing', 'photos', 'photographs', 'graphics']);
// words joining the names of one credit ("Ann Lee and Joe Lake", "Ann Lee, Joe Lake")
const JOINERS = new Set(['and', '&']);
// the longest run of names and joiners looked back through ("Ann Lee, Joe Lake and Sam Hale Derby")
const MAX_BACK = 10;

/** A credit word opening a credit line: capitalised, or after a capitalised "Additional". */
function creditWord(tokens: readonly Token[], at: number): boolean {
	const word = tokens[at];
	if (!word || !CREDITS.has(word.lower)) return false;
	return (word.capitalized && !word.allCaps) || (tokenAt(tokens, at - 1)?.text === 'Additional' && word.gapBefore === ' ');
}

/**
 * The name stands in a run of capitalised names after a credit word and "by", not first nor after ", " or "and",
 * and the run's first word no well-known place ("Reporting by Amina Sokoto"; not "Reporting by Guinea and Liberia has improved").
 */
export function namedInCredits(candidate: Candidate, tokens: readonly Token[], wellKnownAt: (token: number) => boolean): boolean {
	const own = tokens[candidate.first]!;
	// a surname follows its first name after a space: a word after ", " or "and" opens another name or is where the
	// credit was written ("Reporting by Ann Lee, Lusaka", "Ann Lee, Kenya bureau", "Ann Lee and Zimbabwe's
	// broadcaster")
	if (own.gapBefore !== ' ' || JOINERS.has(tokenAt(tokens, candidate.first - 1)?.text ?? '')) return false;
	for (let i = candidate.first - 1; i >= 0 && i >= candidate.first - MAX_BACK; i--) {
		const word = tokens[i]!;
		// (the name right after "by" may be a country reporting: "Reporting by China" is left)
		if (word.text === 'by') return i < candidate.first - 1 && word.gapBefore === ' ' && creditWord(tokens, i - 1) && !wellKnownAt(i + 1);
		const joins = JOINERS.has(word.text) && word.gapBefore === ' ';
		// (a name's words are one space apart; ", " or "and" between two names)
		if (!joins && !(word.capitalized && !word.allCaps && (word.gapBefore === ' ' || word.gapBefore === ', '))) return false;
	}
	return false;
}
