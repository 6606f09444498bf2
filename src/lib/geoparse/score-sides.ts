// "Clearwater 35, Beulah 14": a score line pairs two sides, each a school or club named for its town, each
// with its points. Where one side is read as a place, the other is a place too, though its name alone is a
// first name ("Beulah"), an English word ("Grant") or a sentence's first word: a reader of the sports page
// takes both for towns. Only a side set aside for its word alone is read again (a person cue at the mention
// stays), only where both sides carry a score of one to three digits ("Smith 1,204, Jones 987" is a vote
// count, not a game) and no statistic's label heads them ("Yards rushing: Marion 112, Warren 87"), and the
// verdict is a minor place's: the rest of the text must still place it.
import type { Candidate } from './candidates.ts';
import type { Verdict } from './judge.ts';
import type { JudgeContext } from './phrase-cues.ts';
import { LISTED_PLACE } from './place-readings.ts';
import { tokenAt } from './tokens.ts';

// verdicts that rest on the word alone, not on a person cue around it
const WORD_ONLY = new Set(['first-name', 'common-word', 'sentence-start']);
// a game's points: one to three digits, no thousands separator
const POINTS = /^\d{1,3}$/;

function pointsAt(ctx: JudgeContext, at: number): boolean {
	const token = ctx.tokens[at];
	return !!token && token.gapBefore === ' ' && POINTS.test(token.text) && !/^[,.]\d/.test(ctx.text.slice(token.end, token.end + 2));
}

const JOINERS = new Set(['and', '&']);
// "Yards rushing: Marion 112, Warren 87", "High series: Dallas 680, Shelby 655": a statistic's label heads
// players' or bowlers' figures, not a game's score
const STATISTICS = new Set(['yards', 'rushing', 'passing', 'receiving', 'series', 'points', 'rebounds', 'assists', 'average', 'scoring', 'scorers', 'tackles', 'saves', 'strikeouts', 'hits', 'votes', 'delegates']);
// words looked back for a label, within the sentence
const LABEL_WORDS = 8;

/** Whether a statistic's label stands before the token in its sentence. */
function afterStatisticLabel(ctx: JudgeContext, at: number): boolean {
	for (let k = at - 1; k >= 0 && k >= at - LABEL_WORDS; k--) {
		if (STATISTICS.has(ctx.tokens[k]!.lower)) return true;
		if (ctx.tokens[k]!.sentenceStart) break;
	}
	return false;
}

/** The side ending at token `last`, if a candidate does. */
function sideEndingAt(ctx: JudgeContext, last: number): Candidate | null {
	for (let first = last; first >= 0 && first > last - ctx.gazetteer.maxNameWords; first--) {
		const side = ctx.candidateAt.get(first);
		if (side && side.last === last) return side;
	}
	return null;
}

/**
 * Whether the two sides ("X 35, Y 14") are a pair, not two items of a longer list of names with numbers
 * ("grandchildren Austin 12, Allen 9 and Grace 4": ages): no name with a number is joined before or after.
 */
function pairAlone(first: Candidate, second: Candidate, ctx: JudgeContext): boolean {
	const { tokens } = ctx;
	if (afterStatisticLabel(ctx, first.first)) return false;
	const before = tokenAt(tokens, first.first - 1);
	if (before && ((tokens[first.first]!.gapBefore === ', ' && pointsAt(ctx, first.first - 1)) || (JOINERS.has(before.text) && pointsAt(ctx, first.first - 2)))) return false;
	const next = tokens[second.last + 2];
	if (!next) return true;
	if (JOINERS.has(next.text) && next.gapBefore === ' ') return false;
	const third = next.gapBefore === ', ' ? ctx.candidateAt.get(second.last + 2) : undefined;
	return !(third && pointsAt(ctx, third.last + 1));
}

/** The other side of the score line the candidate stands in ("X 35, Y 14"), or null. */
function otherSide(candidate: Candidate, ctx: JudgeContext): Candidate | null {
	const { tokens } = ctx;
	if (!pointsAt(ctx, candidate.last + 1)) return null;
	// "X 35, Y 14": the side after
	const next = tokens[candidate.last + 2];
	if (next && next.gapBefore === ', ') {
		const after = ctx.candidateAt.get(candidate.last + 2);
		if (after && pointsAt(ctx, after.last + 1)) return pairAlone(candidate, after, ctx) ? after : null;
	}
	// "Y 35, X 14": the side before
	if (tokens[candidate.first]!.gapBefore === ', ' && pointsAt(ctx, candidate.first - 1)) {
		const before = sideEndingAt(ctx, candidate.first - 2);
		if (before) return pairAlone(before, candidate, ctx) ? before : null;
	}
	return null;
}

/** Rewrites, in place, the verdicts of the sides set aside for their word alone whose other side is read as a place. */
export function readScoreSides(candidates: Candidate[], verdicts: Verdict[], ctx: JudgeContext): void {
	let index: Map<Candidate, number> | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		if (verdict.keep || !WORD_ONLY.has(verdict.why)) continue;
		const other = otherSide(candidates[i]!, ctx);
		if (!other) continue;
		index ??= new Map(candidates.map((candidate, k) => [candidate, k]));
		const sideVerdict = verdicts[index.get(other)!]!;
		if (sideVerdict.keep && sideVerdict.usage === 'literal') verdicts[i] = { keep: true, usage: 'literal', why: LISTED_PLACE, minor: true };
	}
}
