// "customers without power: Berlin 860, Gorham 410, Milan 355, Randolph 120, Errol 60": a tally writes each item's
// count after its name, so no comma stands right after the name and the list readings (place-readings.ts) see no
// list. These are the items before and after a name in such a tally: a name, a count (with its digit groups or a
// decimal point), then a comma, a semicolon or "and" before the next name.
import type { Candidate } from './candidates.ts';
import type { JudgeContext } from './phrase-cues.ts';
import { isCount, tokenAt, type Token } from './tokens.ts';

// a tally runs this many items at most each way
const MAX_TALLY_ITEMS = 12;
// the marks inside a count: its digit groups' commas ("1,410") and a decimal point ("Rugby 9.5; Rolla 9.0": a
// snowfall's or a rainfall's tally)
const COUNT_JOINS = new Set([',', '.']);

/** The index of the first token of the count ending at token k ("1,410": "1" "," "410"). */
function countStart(tokens: readonly Token[], k: number): number {
	while (k > 0 && COUNT_JOINS.has(tokens[k]!.gapBefore) && isCount(tokenAt(tokens, k - 1))) k--;
	return k;
}

/** The item before the candidate in a tally ("Gorham 410, Milan": Gorham), or null. */
function previousTallyItem(candidate: Candidate, ctx: JudgeContext): Candidate | null {
	const { tokens } = ctx;
	let k = candidate.first - 1;
	const gap = tokens[candidate.first]!.gapBefore;
	if (gap === ' ' && tokens[k]?.text === 'and') k--;
	else if (gap !== ', ' && gap !== '; ') return null;
	if (!isCount(tokens[k])) return null;
	k = countStart(tokens, k);
	if (tokens[k]!.gapBefore !== ' ') return null;
	// (the name before the count, of one word or several)
	for (let first = k - 1; first >= 0 && first > k - 1 - ctx.gazetteer.maxNameWords; first--) {
		const item = ctx.candidateAt.get(first);
		if (item && item.last === k - 1) return item;
	}
	return null;
}

/** The item after the candidate in a tally ("Gorham 410, Milan": Milan), or null. */
function nextTallyItem(candidate: Candidate, ctx: JudgeContext): Candidate | null {
	const { tokens } = ctx;
	let k = candidate.last + 1;
	if (!isCount(tokens[k]) || tokens[k]!.gapBefore !== ' ') return null;
	while (COUNT_JOINS.has(tokens[k + 1]?.gapBefore ?? '') && isCount(tokens[k + 1])) k++;
	const after = tokens[k + 1];
	if (!after) return null;
	if (after.gapBefore === ', ' || after.gapBefore === '; ') return ctx.candidateAt.get(k + 1) ?? null;
	return after.text === 'and' && after.gapBefore === ' ' ? (ctx.candidateAt.get(k + 2) ?? null) : null;
}

/**
 * The other items of the tally the candidate is an item of (none where it is no tally's item). Not a box score's
 * players ("Gorham: Randolph 14, Jefferson 9, Stark 6", "Leading scorers for Berlin were Randolph 14"): headedByName.
 */
export function tallyItems(candidate: Candidate, ctx: JudgeContext): Candidate[] {
	const items: Candidate[] = [];
	let item: Candidate | null = candidate;
	let first = candidate;
	for (let n = 0; n < MAX_TALLY_ITEMS && (item = previousTallyItem(item, ctx)); n++) items.push((first = item));
	if (headedByName(first, ctx)) return [];
	item = candidate;
	for (let n = 0; n < MAX_TALLY_ITEMS && (item = nextTallyItem(item, ctx)); n++) items.push(item);
	return items;
}

// words of a box score's line before its players ("Leading scorers for Berlin were Randolph 14")
const SCORING_WORDS = new Set(['scorer', 'scorers', 'scoring', 'points', 'rebounds', 'assists', 'goals']);
// how far back in its sentence a tally's first item looks for them
const HEADING_TOKENS = 16;

/**
 * Whether the tally is a box score's: a capitalised word and a colon ("Gorham: Randolph 14") or a team's score in
 * brackets ("GORHAM (52) Randolph 14", not the "(OT); " closing the item before) right before its first item, or a
 * scoring word earlier in its sentence.
 */
function headedByName(first: Candidate, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	const gap = tokens[first.first]!.gapBefore;
	const before = tokenAt(tokens, first.first - 1);
	if ((gap === ': ' && before !== undefined && before.capitalized) || gap.endsWith(') ')) return true;
	for (let k = first.first - 1, n = 0; k >= 0 && n < HEADING_TOKENS; k--, n++) {
		if (SCORING_WORDS.has(tokens[k]!.lower)) return true;
		if (tokens[k]!.sentenceStart) break;
	}
	return false;
}
