// "Recent research by Ordway suggested …", "a survey by Gallup found …": what carries out research, a survey
// or a poll is a firm or an institution, not a town of its name. Only a name standing alone after "by" is
// read so: "a report by UK think-tanks" and "a study by UK-based analysts" speak of the country's. Only towns:
// a country or a state reports too ("a report by Kenya to the United Nations", "findings by Texas").
import type { Gazetteer } from '../gazetteer/types.ts';
import { readsAsStateOrRegion } from './candidate-neighbours.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isVerbAfterName } from './verb-after.ts';

// what a firm or an institution carries out (with a word between: "a new survey by", "research carried out by")
const INQUIRIES = new Set(['research', 'survey', 'surveys', 'study', 'studies', 'poll', 'polls', 'report', 'analysis', 'findings']);

// lower-case words between the word for research and "by" ("research carried out by")
const WORDS_BETWEEN = 2;

/** A word for research at `at`, or a few lower-case words before it ("a survey carried out"). */
function inquiryBefore(tokens: readonly Token[], at: number): boolean {
	for (let i = at; i >= at - WORDS_BETWEEN && i >= 0; i--) {
		const word = tokens[i]!;
		if (INQUIRIES.has(word.lower)) return true;
		if (word.capitalized || word.gapBefore !== ' ') return false;
	}
	return false;
}

/** The name stands alone right after "by" after a word for research ("research by X suggested", "a poll by X,"). */
export function authorOfResearch(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const by = tokenAt(tokens, candidate.first - 1);
	if (by?.text !== 'by' || tokens[candidate.first]!.gapBefore !== ' ' || by.gapBefore !== ' ') return false;
	if (!inquiryBefore(tokens, candidate.first - 2) || readsAsStateOrRegion(candidate, gazetteer)) return false;
	const next = tokens[candidate.last + 1];
	if (next === undefined || (next.gapBefore !== ' ' && next.gapBefore !== '-')) return next === undefined || /^[,.;:]/.test(next.gapBefore);
	if (next.gapBefore === '-' || next.capitalized) return false;
	return FUNCTION_WORDS.has(next.lower) || isVerbAfterName(next, gazetteer);
}
