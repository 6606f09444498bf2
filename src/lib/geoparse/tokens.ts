// Tokens: runs of letters and digits with their offsets, and what the text around them says.

/**
 * A token. Made by a constructor, not an object literal: V8 decides per literal whether to create
 * its objects in the old generation, and a text's tokens, alive for the whole geoparse of the text,
 * once led it to put every token there (each then cost a full collection of the gazetteer's heap).
 */
export class Token {
	start: number;
	end: number;
	text: string;
	/** starts with an upper-case letter */
	capitalized: boolean;
	/** two or more letters, all upper case ("NAIROBI", "EU") */
	allCaps: boolean;
	/** first word of a sentence, a heading or a quotation: capitalisation there proves nothing */
	sentenceStart: boolean;
	/** the characters between the previous token and this one */
	gapBefore: string;
	#lower: string | null = null;

	constructor(start: number, end: number, text: string, capitalized: boolean, allCaps: boolean, sentenceStart: boolean, gapBefore: string) {
		this.start = start;
		this.end = end;
		this.text = text;
		this.capitalized = capitalized;
		this.allCaps = allCaps;
		this.sentenceStart = sentenceStart;
		this.gapBefore = gapBefore;
	}

	/** The text in lower case, made once: judging a name asks for its neighbours' again and again. */
	get lower(): string {
		return (this.#lower ??= lowerCased(this.text));
	}
}

/**
 * The word in lower case: the word itself where it has no capital and no character beyond ASCII (seven tokens
 * in ten), read by its codes. toLowerCase would copy it; and a text holding one curly quote is stored two bytes
 * a character, as are its slices, which V8 lower-cases through ICU at several times the cost.
 */
function lowerCased(word: string): string {
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		if (code >= 128 || (code >= 65 && code <= 90)) return word.toLowerCase();
	}
	return word;
}

// A word is a run of code points in \p{L}, \p{M} or \p{N}. The scanner below decides ASCII by code and
// asks these only about other characters (they match one code point where they are set to look).
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/uy;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SENTENCE_END = /[.!?:;•·]["'”’)\]]*\s*$|\n\s*$|\s["“‘([]\s*$/;
const ABBREVIATION_DOT = /^\.\s+$/;

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Length in code units of the word character at `i` (a code point may take two), or 0. */
function wordCharacterAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
	WORD_CHARACTER.lastIndex = i;
	return WORD_CHARACTER.test(text) ? WORD_CHARACTER.lastIndex - i : 0;
}

/** Code units of the character at `i` that is not a word character: a surrogate pair is one. */
function otherCharacterAt(text: string, i: number): number {
	const code = text.charCodeAt(i);
	if (code >= 0xd800 && code <= 0xdbff) {
		const next = text.charCodeAt(i + 1);
		if (next >= 0xdc00 && next <= 0xdfff) return 2;
	}
	return 1;
}

function hasLower(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		if (code >= 128) return HAS_LOWER.test(word);
		if (code >= 97 && code <= 122) return true;
	}
	return false;
}

/** 1 for an ASCII letter or digit, by code: the scanner's test for nearly every character of a text. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;

/** Where the word starting at `start` ends: ASCII letters and digits read in a tight loop, other characters asked of the expression. */
function wordEnd(text: string, start: number): number {
	let i = start;
	for (;;) {
		if (i >= text.length) return i;
		const code = text.charCodeAt(i);
		if (code < 128) {
			if (ASCII_WORD[code] === 0) return i;
			i++;
			continue;
		}
		const length = wordCharacterAt(text, i);
		if (length === 0) return i;
		i += length;
	}
}

// Every gap met so far, by its characters, as one internalized string (a property name's copy: the kind of
// string a literal in the code is). Rules compare gaps with literals (gap === ' ('); V8 compiles such a test
// for the kind of string it has seen and throws the compiled function away at the first of another kind, so
// a fresh slice among the literals cost ~30 recompiles of long rules per fresh process. Bounded: a stream of
// odd gaps (runs of markup) keeps the strings it brings, sliced, once the table is full.
// The table is read straight from the text (open addressing by a hash of the gap's characters), so a gap met
// before costs neither a slice nor V8's hashing of a new string: a Map of sliced gaps cost 0.5 % of a pass.
const MAX_CANONICAL_GAPS = 4096;
const MAX_CANONICAL_GAP_LENGTH = 32;
// (a power of two, twice the entries: probes stay short; '' marks a free slot, no gap kept here is empty)
const GAP_SLOTS = 8192;
const canonicalGaps: string[] = new Array<string>(GAP_SLOTS).fill('');
let canonicalGapCount = 0;

/** Whether the text from `from` holds the characters of `gap`. */
function sameCharacters(gap: string, text: string, from: number): boolean {
	for (let k = 0; k < gap.length; k++) if (gap.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
	return true;
}

/** The one internalized string of the gap from `from` to `to`: the table's, or a new entry. */
function canonicalGap(text: string, from: number, to: number): string {
	const length = to - from;
	if (length > MAX_CANONICAL_GAP_LENGTH) return text.slice(from, to);
	let hash = 0x811c9dc5;
	for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	let slot = hash & (GAP_SLOTS - 1);
	for (let known = canonicalGaps[slot]!; known !== ''; slot = (slot + 1) & (GAP_SLOTS - 1), known = canonicalGaps[slot]!) {
		if (known.length === length && sameCharacters(known, text, from)) return known;
	}
	if (canonicalGapCount >= MAX_CANONICAL_GAPS) return text.slice(from, to);
	const internalized = Object.keys({ [text.slice(from, to)]: 0 })[0]!;
	canonicalGaps[slot] = internalized;
	canonicalGapCount++;
	return internalized;
}

/**
 * The text from `from` to `to` between two words: ", " and ". ", the commonest gaps of more than one
 * character, as constants (a slice of two characters is a new string each time, and every rule that asks
 * a Set or compares with ", " then reads a string it has not met), other gaps as their canonical string.
 */
function gapOf(text: string, from: number, to: number): string {
	if (to - from === 2 && text.charCodeAt(from + 1) === 32) {
		const mark = text.charCodeAt(from);
		if (mark === 44) return ', ';
		if (mark === 46) return '. ';
	}
	// (no gap, and a gap of one Latin-1 character, "-" or "'", come out of V8's own tables of internalized strings)
	if (to - from === 0 || (to - from === 1 && text.charCodeAt(from) < 256)) return text.slice(from, to);
	return canonicalGap(text, from, to);
}

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let previous: Token | undefined;
	let previousEnd = 0;
	let i = 0;
	while (i < text.length) {
		const code = text.charCodeAt(i);
		// (an ASCII character that is no letter or digit, the commonest between words, skipped by the table)
		if (code < 128 ? ASCII_WORD[code] === 0 : wordCharacterAt(text, i) === 0) {
			i += code < 128 ? 1 : otherCharacterAt(text, i);
			continue;
		}
		const start = i;
		i = wordEnd(text, i);
		const word = text.slice(start, i);
		// a single space, the usual gap, taken without a slice
		const gapBefore = start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32 ? ' ' : gapOf(text, previousEnd, start);
		const upper = code < 128 ? code >= 65 && code <= 90 : UPPER.test(word);
		// a single space, the usual gap, never ends a sentence; "U.S. officials": nor does the dot after an
		// abbreviation (but a number's does: "closed through Dec. 26. In Darlington")
		// (", " and "-", the commonest gaps after a space, end none either: answered without the expression)
		const sentenceStart =
			previous === undefined || (gapBefore !== ' ' && gapBefore !== ', ' && gapBefore !== '-' && SENTENCE_END.test(gapBefore) && !(previous.text.length <= 2 && !isDigit(previous.text.charCodeAt(0)) && ABBREVIATION_DOT.test(gapBefore)));
		const token = new Token(start, i, word, upper, word.length >= 2 && upper && !hasLower(word), sentenceStart, gapBefore);
		tokens.push(token);
		previous = token;
		previousEnd = i;
	}
	return tokens;
}

/** Index of the first token ending after an offset (tokens are sorted), by binary search. */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
	let low = 0;
	let high = tokens.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (tokens[middle]!.end <= offset) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The token that starts at the offset, or -1. */
export function tokenStartingAt(tokens: Token[], offset: number): number {
	const i = tokenAfter(tokens, offset);
	return tokens[i]?.start === offset ? i : -1;
}

/** The token that ends at the offset, or -1. */
export function tokenEndingAt(tokens: Token[], offset: number): number {
	const i = tokenAfter(tokens, offset - 1);
	return tokens[i]?.end === offset ? i : -1;
}

/**
 * The token at index i, or undefined where i is before the first token (or after the last): what
 * tokens[i] gives, without its cost. An array read at a negative index is a property look-up in V8,
 * which turns that read into a generic one for good: one name opening one text (tokens[first - 1]) made
 * every later read at that place in the rules go through the generic path.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
	return i >= 0 ? tokens[i] : undefined;
}

/**
 * The first token of the run of capitalised words, one space apart and within one sentence, that ends at `last`,
 * reaching back over at most `maxWords` words in all.
 */
export function capitalisedRunStart(tokens: readonly Token[], last: number, maxWords = Infinity): number {
	let first = last;
	while (first > 0 && last - first + 1 < maxWords && !tokens[first]!.sentenceStart && tokens[first]!.gapBefore === ' ' && tokenAt(tokens, first - 1)!.capitalized) first--;
	return first;
}

/** Whether the token is a count: it begins with a digit ("1,410" is the tokens "1", ",", "410"). */
export function isCount(token: Token | undefined): boolean {
	return token !== undefined && isDigit(token.text.charCodeAt(0));
}
