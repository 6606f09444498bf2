// The sentence a mention stands in, read from the raw text by the rules that test its words (a journey, a river,
// a world event), or from the tokens (sentenceHasWord). One set of breaks for all of them, so that they agree on where a sentence ends: a full stop,
// an exclamation or question mark before a space, or a line break. ("Dec. 12" and "Ky." break too: the rules
// read a few words around the mention, and a clause cut short only makes them more careful.)
import type { Token } from './tokens.ts';

const SENTENCE_BREAKS = ['. ', '! ', '? ', '\n'] as const;

/** The text of the mention's sentence before `at`, at most `maxChars` of it. */
export function sentenceBefore(text: string, at: number, maxChars: number): string {
	const before = text.slice(Math.max(0, at - maxChars), at);
	let opening = -1;
	for (const mark of SENTENCE_BREAKS) opening = Math.max(opening, before.lastIndexOf(mark));
	return before.slice(opening + 1);
}

/** The text of the mention's sentence from `at` on, at most `maxChars` of it (its closing mark left out). */
export function sentenceAfter(text: string, at: number, maxChars: number): string {
	const after = text.slice(at, at + maxChars);
	let closing = after.length;
	for (const mark of SENTENCE_BREAKS) {
		const found = after.indexOf(mark);
		if (found >= 0 && found < closing) closing = found;
	}
	return after.slice(0, closing);
}

/** Whether one of `words` (lower case) stands in the sentence of token `at`, as the tokenizer cut the sentences. */
export function sentenceHasWord(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
	let first = at;
	while (first > 0 && !tokens[first]!.sentenceStart) first--;
	for (let k = first; k < tokens.length && (k === first || !tokens[k]!.sentenceStart); k++) if (words.has(tokens[k]!.lower)) return true;
	return false;
}
