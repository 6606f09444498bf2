// Titles of works that no lower-case word for their kind precedes (thing-names.ts reads "the film Hotel
// Rwanda"): a title written in title case in running text ("opens with Dog Of Havana, a", "the prize went to
// Some Night In Paris last year"), whose capitalised small word ("Of", "To", "In") ordinary names of places
// write small ("the Isle of Man", "Stoke-on-Trent"); and a title the next words call a work ("Havana Evenings,
// a quirky comedy starring …").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { WORK_KINDS } from './thing-names.ts';
import { isVerbAfterName } from './verb-after.ts';

// the small words a title writes with a capital and a place's name does not (not "The" and "A", which open
// the next sentence where a headline runs into its text without a stop: "… jobs in Utah The Utah economy")
const TITLE_CASE_SMALL_WORDS = new Set(['Of', 'To', 'In', 'On', 'At', 'With', 'For', 'From', 'And']);
// words before a capitalised "Of" that make the run a place's formal name, not a title ("the City Of
// Chicago", "the State Of Texas"), where the place's name ends the run
const FORMAL_NAME_HEADS = new Set(['City', 'Town', 'Township', 'Village', 'Borough', 'State', 'County', 'Port', 'Province', 'Commonwealth', 'Republic', 'Kingdom', 'District', 'Parish', 'Municipality', 'Gulf', 'Bay', 'Isle', 'Island', 'Lake', 'Mount', 'Cape', 'Strait', 'Sea']);
// the words after "a <kind of work>" that go on to say what the work is ("a comedy starring", "an epic by")
const WORK_FOLLOW_ONS = new Set(['by', 'about', 'from', 'set', 'directed', 'written', 'produced', 'starring', 'featuring', 'based', 'adapted', 'with', 'that', 'which', 'whose', 'where']);
// how many words a title may run to on each side of the name
const TITLE_REACH = 5;
// the lower-case words allowed between "a" and the kind of work ("a historical epic", "a quirky road comedy")
const DESCRIBING_WORDS = 2;

/** The first and last token of the run of capitalised words, one space apart, that holds the candidate. */
function capitalisedRun(candidate: Candidate, tokens: readonly Token[]): [number, number] {
	let first = candidate.first;
	while (first > candidate.first - TITLE_REACH && tokenAt(tokens, first - 1)?.capitalized && tokens[first]!.gapBefore === ' ') first--;
	let last = candidate.last;
	while (last < candidate.last + TITLE_REACH && tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ') last++;
	return [first, last];
}

/** A lower-case word of the same line, right after the run or after its comma ("…, a", "… was awarded"). */
function runningTextAfter(tokens: readonly Token[], last: number): boolean {
	const next = tokens[last + 1];
	return next !== undefined && !next.capitalized && (next.gapBefore === ' ' || next.gapBefore === ', ');
}

/**
 * The run closes its clause (a stop, a comma, a bracket or the end) after a lower-case word of running text on its
 * line ("the sequel to Escape From New York.", "Romancing The Stone and The Jewel Of The Nile."): a title set in a
 * sentence, not a headline, which opens its line.
 */
function closesRunningClause(tokens: readonly Token[], first: number, last: number): boolean {
	const before = tokenAt(tokens, first - 1);
	const next = tokens[last + 1];
	return before !== undefined && !before.capitalized && tokens[first]!.gapBefore === ' ' && (next === undefined || /^[.,;:]|^ \(/.test(next.gapBefore));
}

/** "Of" at i follows a division or feature word and the name ends the run ("the State Of Texas names"). */
function formalNameOf(tokens: readonly Token[], i: number, candidate: Candidate, last: number): boolean {
	return tokens[i]!.text === 'Of' && FORMAL_NAME_HEADS.has(tokenAt(tokens, i - 1)?.text ?? '') && candidate.first === i + 1 && candidate.last === last;
}

/**
 * The name is a word of a title written in title case inside running text: its run of capitalised words
 * holds a capitalised small word, not the name's own, between its first and last ("Dog Of Havana"), the line goes on before the run, and a
 * lower-case word follows it, or it closes a clause of running text. (A headline in title case opens its text or its line, and is left alone.)
 */
export function titleCaseTitle(candidate: Candidate, tokens: readonly Token[]): boolean {
	const [first, last] = capitalisedRun(candidate, tokens);
	if (first === last || first === 0 || tokens[first]!.gapBefore.includes('\n')) return false;
	// a journey in title case is no title ("From Boston To Chicago")
	if (tokens[first]!.text === 'From') return false;
	// the capitalised small words, not the name's own ("the Isle Of Man"), nor a formal name's ("the City Of
	// Chicago" with the place last)
	const small: string[] = [];
	for (let i = first + 1; i < last; i++) if ((i < candidate.first || i > candidate.last) && TITLE_CASE_SMALL_WORDS.has(tokens[i]!.text) && !formalNameOf(tokens, i, candidate, last)) small.push(tokens[i]!.text);
	if (small.length === 0) return false;
	// (a clause may close on two names a capitalised "And" joins, "a remake of Chorlton And The Wheelies.": it
	// takes another small word there)
	return runningTextAfter(tokens, last) || (small.some((word) => word !== 'And') && closesRunningClause(tokens, first, last));
}

/**
 * The name's run of capitalised words is followed by ", a" and at most two lower-case words before a word for
 * a kind of work that ends its phrase ("Havana Evenings, a quirky comedy starring …", "…, a historical epic by"):
 * the words call the title a work. (Not "Cannes, a film festival": a noun after the kind makes it a modifier.)
 */
export function titleCalledAWork(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const [, last] = capitalisedRun(candidate, tokens);
	const article = tokens[last + 1];
	if (article === undefined || article.gapBefore !== ', ' || (article.text !== 'a' && article.text !== 'an')) return false;
	for (let i = last + 2; i <= last + 2 + DESCRIBING_WORDS; i++) {
		const word = tokens[i];
		if (word === undefined || word.capitalized || word.gapBefore !== ' ') return false;
		if (!WORK_KINDS.has(word.text)) continue;
		const next = tokens[i + 1];
		// (not "of": "Memphis, a thriller of a night for its fans")
		return next === undefined || next.gapBefore !== ' ' || WORK_FOLLOW_ONS.has(next.lower) || next.lower.endsWith('ing') || isVerbAfterName(next, gazetteer);
	}
	return false;
}
