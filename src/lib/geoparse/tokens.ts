// Tokens: runs of letters and digits with their offsets, and what the text around them says.

export interface Token {
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
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const SENTENCE_END = /[.!?:;•·]["'”’)\]]*\s*$|\n\s*$|\s["“‘([]\s*$/;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = 0;
	for (const match of text.matchAll(WORD)) {
		const start = match.index;
		const word = match[0];
		const gapBefore = text.slice(previousEnd, start);
		const previous = tokens[tokens.length - 1];
		// "U.S. officials": the dot after an abbreviation does not end the sentence
		const afterAbbreviation = previous !== undefined && previous.text.length <= 2 && /^\.\s+$/.test(gapBefore);
		tokens.push({
			start,
			end: start + word.length,
			text: word,
			capitalized: UPPER.test(word),
			allCaps: word.length >= 2 && !HAS_LOWER.test(word) && UPPER.test(word),
			sentenceStart: tokens.length === 0 || (SENTENCE_END.test(gapBefore) && !afterAbbreviation),
			gapBefore
		});
		previousEnd = start + word.length;
	}
	return tokens;
}
