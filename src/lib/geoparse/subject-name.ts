// Reading a subject's name for within-parent.ts: the capitalised words before "is a village" or after "the
// village of", whether a name stands alone where the text repeats it, and which words are no subject's name.
import type { Gazetteer } from '../gazetteer/types.ts';
import { tokenAt, type Token } from './tokens.ts';
import { FOREIGN_NAME_PARTICLES } from './name-particles.ts';
import { commonness } from './word-facts.ts';

const MAX_NAME_WORDS = 6;
// the words a subject cannot begin with: "It is a village", "The town is a …"; nor a word as common as
// these alone ("Berlin", "Paris" are in the word counts too, far less often)
const EVERYDAY_WORD = 2000;
const NOT_NAMES = new Set(['it', 'this', 'that', 'the', 'there', 'here', 'he', 'she', 'they', 'which', 'what', 'each', 'every', 'one', 'a', 'an', 'today', 'now']);

/** The index of the first of the spans (tokens, named places, toponyms: sorted by start) starting at or after `at`. */
export function firstStartingFrom(spans: readonly { start: number }[], at: number): number {
	let [low, high] = [0, spans.length];
	while (low < high) {
		const middle = (low + high) >> 1;
		if (spans[middle]!.start < at) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Whether tokens first..last cannot be a subject's name: a pronoun or article, or one everyday word alone. */
export function notASubjectName(tokens: readonly Token[], first: number, last: number, gazetteer: Gazetteer): boolean {
	const head = tokens[first]!.lower;
	return NOT_NAMES.has(head) || (first === last && commonness(head, gazetteer) >= EVERYDAY_WORD);
}

// the words that join a place's name to more of a longer name: "Ústí nad Orlicí", "Civita di Bagnoregio"
const NAME_PARTICLES = FOREIGN_NAME_PARTICLES;

// "Bird-in-Hand", "Stratford-upon-Avon": a short word hyphens hold inside a name
const HYPHENED_WORD = /^[a-z]{1,5}$/;

/** Whether a lower-case word, followed by `gap`, joins the capitalised words around it into one name. */
function joinsName(word: Token, gap: string): boolean {
	return NAME_PARTICLES.has(word.text) || (gap === '-' && word.gapBefore === '-' && HYPHENED_WORD.test(word.text));
}

/** The first and last token of the capitalised name ending at token `last`, reading backwards. */
export function nameEndingAt(tokens: readonly Token[], last: number): [number, number] | null {
	if (!tokens[last]?.capitalized) return null;
	let first = last;
	for (let words = 1; words < MAX_NAME_WORDS && first > 0 && !tokens[first]!.sentenceStart; words++) {
		const gap = tokens[first]!.gapBefore;
		if (gap !== ' ' && gap !== '-') break;
		const before = tokenAt(tokens, first - 1)!;
		if (before.capitalized) first--;
		else if (joinsName(before, gap) && first > 1 && tokenAt(tokens, first - 2)!.capitalized && before.gapBefore.length === 1) first -= 2;
		else break;
	}
	return [first, last];
}

/** The capitalised name starting at token `first`, reading forwards. */
export function nameStartingAt(tokens: readonly Token[], first: number): [number, number] | null {
	if (!tokens[first]?.capitalized) return null;
	let last = first;
	for (let words = 1; words < MAX_NAME_WORDS; words++) {
		const next = tokens[last + 1];
		if (!next || next.sentenceStart || (next.gapBefore !== ' ' && next.gapBefore !== '-') || !next.capitalized) break;
		last++;
	}
	return [first, last];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const CAPITAL_AFTER = /^[ -]\p{Lu}/u;

/**
 * Whether the name at start..end stands alone: not a part of a word or of a longer capitalised name ("Val
 * Bever", "Berlin Township"; a capitalised word that opens the sentence is no part of it: "In Berlin").
 */
export function standsAlone(text: string, tokens: readonly Token[], start: number, end: number, gazetteer: Gazetteer): boolean {
	if (start > 0 && WORD_CHARACTER.test(text[start - 1]!)) return false;
	if (end < text.length && WORD_CHARACTER.test(text[end]!)) return false;
	if (CAPITAL_AFTER.test(text.slice(end, end + 2))) return false;
	const at = firstStartingFrom(tokens, start);
	const before = tokenAt(tokens, at - 1);
	const first = tokens[at];
	if (!before || !first || first.sentenceStart || (first.gapBefore !== ' ' && first.gapBefore !== '-')) return true;
	// "Civita di Bagnoregio", "Frankfurt am Main"
	if (NAME_PARTICLES.has(before.text)) return !tokenAt(tokens, at - 2)?.capitalized || before.gapBefore !== ' ';
	if (!before.capitalized) return true;
	return before.sentenceStart && commonness(before.lower, gazetteer) >= EVERYDAY_WORD;
}
