// "the game Grand Theft Auto: San Andreas", "the 18 certificate GTA: San Andreas for the PlayStation 2": a name
// right after the colon of a title inside running text is the work's subtitle, not a place. The title before
// the colon is an acronym ("GTA") or a run of two or more capitalised words ("Grand Theft Auto") with a
// lower-case word before it in the same sentence, and the name ends the subtitle. A line's or a heading's
// label ("Venue: Wembley", "BBC Sport: London") opens its line or sentence, and a speaker's colon is followed
// by a quotation mark.
import type { Candidate } from './candidates.ts';
import { capitalisedRunStart, isCount, tokenAt, type Token } from './tokens.ts';

// how many capitalised words a title before its colon may run to
const TITLE_WORDS = 5;
// person titles and honorifics: "Mr Brown: London is ready" introduces speech, not a work
const SPEAKER_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady']);
// a result or a fixture after a competition's colon names a club, which is its town: "Premier League: Burnley 2
// Chelsea 1", "FA Cup: Burnley v Leeds"
const FIXTURE_AFTER = new Set(['v', 'vs', 'versus']);

/** Whether the candidate is a work's subtitle after a title's colon in running text (see above). */
export function subtitleAfterColon(candidate: Candidate, tokens: readonly Token[]): boolean {
	const head = tokens[candidate.first]!;
	if (head.gapBefore !== ': ' || candidate.first < 2) return false;
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === ' ' && (next.capitalized || FIXTURE_AFTER.has(next.lower) || isCount(next))) return false;
	// ("Invitational: Fertile-Beltrami 212": a co-op's hyphened towns heading a tally's item, hyphened-towns.ts)
	if (next && next.gapBefore === '-' && next.capitalized) return false;
	if (!tokenAt(tokens, candidate.first - 1)!.capitalized) return false;
	const first = capitalisedRunStart(tokens, candidate.first - 1, TITLE_WORDS);
	const opening = tokens[first]!;
	const before = tokenAt(tokens, first - 1);
	if (opening.sentenceStart || opening.gapBefore !== ' ' || !before || before.capitalized || SPEAKER_TITLES.has(opening.lower)) return false;
	const words = candidate.first - first;
	return words >= 2 || opening.allCaps;
}
