// Text → the terms topic discovery counts: lower-case content words and two-word phrases (adjacent
// content words with nothing but a space or hyphen between them: "prime minister", "mine clearance").
// One linear scan; stop words, numbers and punctuation end a phrase.
import { ENGLISH_STOP_WORDS } from './stopwords.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MIN_WORD_LENGTH = 2;
const MAX_WORD_LENGTH = 40;

export interface TermVisitor {
	/** a content word; `joined` is true when it directly follows the previous content word */
	(word: string, joined: boolean): void;
}

/** Calls `visit` for every content word in text order. */
export function scanWords(text: string, visit: TermVisitor, stopWords: ReadonlySet<string> = ENGLISH_STOP_WORDS): void {
	WORD.lastIndex = 0;
	let previousEnd = -1;
	for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
		let word = match[0].toLowerCase();
		const start = match.index;
		const end = start + match[0].length;
		// possessives count as the word itself: "Blair's" is "blair"
		if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
		const content = word.length >= MIN_WORD_LENGTH && word.length <= MAX_WORD_LENGTH && !startsWithNumber(word) && !stopWords.has(word);
		if (!content) {
			previousEnd = -1;
			continue;
		}
		visit(word, previousEnd >= 0 && isJoiner(text, previousEnd, start));
		previousEnd = end;
	}
}

const NUMBER_START = /^\p{N}/u;

/** Whether a word starts with a number: an ASCII letter answers without the Unicode test (most words: the Unicode test per word was a third of the scan). */
function startsWithNumber(word: string): boolean {
	const c = word.charCodeAt(0);
	if (c < 128) return c >= 48 && c <= 57;
	return NUMBER_START.test(word);
}

/** Only spaces or one hyphen between two words keep a phrase together (not a comma, full stop or line break pair). */
function isJoiner(text: string, from: number, to: number): boolean {
	if (to - from > 3) return false;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 45 && c !== 0xa0 && c !== 0x2010) return false;
	}
	return true;
}

/** Every term of a text (words, then "a b" phrases), with repeats: for counting. */
export function textTerms(text: string): string[] {
	const terms: string[] = [];
	let previous = '';
	scanWords(text, (word, joined) => {
		terms.push(word);
		if (joined) terms.push(`${previous} ${word}`);
		previous = word;
	});
	return terms;
}
