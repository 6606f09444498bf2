// "Clinton Mill Site Will Become A Park" over a lead that says "the old mill": a Title Case line (a headline
// over the text) capitalises every word, so the capitals after a place's name there open no longer name
// ("Clinton Mill") unless the text writes them so; a word it writes in lower case elsewhere ("mill", "man")
// is the headline's ordinary word, and the name stands alone.
import type { Candidate } from './candidates.ts';
import type { JudgeContext } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

// the short words a Title Case headline may leave in lower case
const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'into', 'over', 'after']);
// a headline has at least this many words
const MIN_HEADLINE_WORDS = 3;
// a headline is short: a longer line of capitals is no headline (and each name reads a bounded stretch)
const MAX_HEADLINE_TOKENS = 40;
// a headline ends before the line break with no full stop
const LINE_END_AFTER_STOP = /^[^\n]*\./;
const LETTER = /\p{L}/u;

/** The capitalised words after the name that may belong to its name: in a Title Case line, up to the first the text writes in lower case. */
export function nameWordsAfterInHeadline(candidate: Candidate, after: Token[], ctx: Pick<JudgeContext, 'tokens' | 'text' | 'lastWholeAt'>): Token[] {
	if (after.length === 0) return after;
	const nextLine = titleCaseLineEnd(candidate, ctx.tokens);
	if (nextLine < 0) return after;
	const from = ctx.tokens[nextLine]!.start;
	const lastWholeAt = ctx.lastWholeAt();
	const cut = after.findIndex((word) => lastWholeOffset(word.lower, ctx.text, lastWholeAt) >= from);
	return cut < 0 ? after : after.slice(0, cut);
}

/** Whether the candidate stands in a Title Case line, over a text or the text's last (a headline: word-towns.ts reads no place cue there). */
export function inTitleCaseLine(candidate: Candidate, tokens: readonly Token[]): boolean {
	return titleCaseLineEnd(candidate, tokens, true) >= 0;
}

/** Whether the token may stand in a Title Case line: capitalised, a short function word, or no word of letters. */
function headlineWord(token: Token): boolean {
	return token.capitalized || HEADLINE_LOWER_WORDS.has(token.text) || !LETTER.test(token.text);
}

/**
 * The first token of the line after the candidate's, where the candidate's line is in Title Case (every
 * word capitalised but short function words, at least three words, not all in capitals, no full stop at
 * its end) and a text follows it (or, `orTextEnd`, the text ends with it); else -1. Read token by token from the
 * candidate, so that running text is left at its first lower-case word.
 */
function titleCaseLineEnd(candidate: Candidate, tokens: readonly Token[], orTextEnd = false): number {
	let words = 0;
	let mixedCase = false;
	for (let t = candidate.first; t >= 0; t--) {
		if (candidate.first - t >= MAX_HEADLINE_TOKENS) return -1;
		const token = tokens[t]!;
		if (!headlineWord(token)) return -1;
		if (LETTER.test(token.text)) words++;
		if (!token.allCaps) mixedCase = true;
		if (t === 0 || token.gapBefore.includes('\n')) break;
	}
	for (let t = candidate.first + 1; t < tokens.length; t++) {
		if (t - candidate.first >= MAX_HEADLINE_TOKENS) return -1;
		const token = tokens[t]!;
		if (token.gapBefore.includes('\n')) return words >= MIN_HEADLINE_WORDS && mixedCase && !LINE_END_AFTER_STOP.test(token.gapBefore) ? t : -1;
		if (!headlineWord(token)) return -1;
		if (LETTER.test(token.text)) words++;
		if (!token.allCaps) mixedCase = true;
	}
	// (asked so, a headline may also end the text: the index past its last token)
	return orTextEnd && words >= MIN_HEADLINE_WORDS && mixedCase ? tokens.length : -1;
}

/**
 * The last offset at which the word stands whole in the text, or -1. Remembered per text (`lastWholeAt`, from the
 * judge's context), so that the names of a long text of headlines do not each search the text again: the answer
 * for a word is the same from any name.
 */
function lastWholeOffset(word: string, text: string, lastWholeAt: Map<string, number>): number {
	let last = lastWholeAt.get(word);
	if (last === undefined) {
		last = -1;
		for (let at = text.lastIndexOf(word); at >= 0; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
			if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + word.length] ?? '')) {
				last = at;
				break;
			}
		}
		lastWholeAt.set(word, last);
	}
	return last;
}
