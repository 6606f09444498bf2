// "Clinton Mill Site Will Become A Park" over a lead that says "the old mill": a Title Case line (a headline
// over the text) capitalises every word, so the capitals after a place's name there open no longer name
// ("Clinton Mill") unless the text writes them so; a word it writes in lower case elsewhere ("mill", "man")
// is the headline's ordinary word, and the name stands alone.
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

// the short words a Title Case headline may leave in lower case
const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'into', 'over', 'after']);
// a headline has at least this many words
const MIN_HEADLINE_WORDS = 3;

/** The capitalised words after the name that may belong to its name: in a Title Case line, up to the first the text writes in lower case. */
export function nameWordsAfterInHeadline(candidate: Candidate, after: Token[], tokens: readonly Token[], text: string): Token[] {
	if (after.length === 0) return after;
	const lineStart = text.lastIndexOf('\n', tokens[candidate.first]!.start - 1) + 1;
	const lineEnd = text.indexOf('\n', tokens[candidate.last]!.end);
	// (a line with no text after it is no headline over a lead)
	if (lineEnd < 0 || /\.\s*$/.test(text.slice(lineStart, lineEnd)) || !titleCaseLine(candidate, tokens, lineStart, lineEnd)) return after;
	const cut = after.findIndex((word) => writtenInLowerCase(word.lower, text, lineEnd));
	return cut < 0 ? after : after.slice(0, cut);
}

/** Every word of the line (which ends in no full stop) capitalised but short function words, at least three words, not all in capitals. */
function titleCaseLine(candidate: Candidate, tokens: readonly Token[], lineStart: number, lineEnd: number): boolean {
	let first = candidate.first;
	while (first > 0 && tokens[first - 1]!.start >= lineStart) first--;
	let words = 0;
	let mixedCase = false;
	for (let t = first; t < tokens.length && tokens[t]!.end <= lineEnd; t++) {
		const token = tokens[t]!;
		if (!/\p{L}/u.test(token.text)) continue;
		words++;
		if (!token.capitalized && !HEADLINE_LOWER_WORDS.has(token.text)) return false;
		if (!token.allCaps) mixedCase = true;
	}
	return words >= MIN_HEADLINE_WORDS && mixedCase;
}

/** Whether the text after the headline has the word in lower case, as a whole word. */
function writtenInLowerCase(word: string, text: string, from: number): boolean {
	for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
	}
	return false;
}
