// A document's words as a tsvector literal, made by the ingest worker: the server then only reads the literal
// (`::tsvector`) instead of running its text parser (`to_tsvector`), which was half its statement time per
// document, on cores it shares with the workers. The words are the runs of letters and digits of the folded text,
// the very words a search asks for (searchWords), so a word the parser kept whole ("3.5", "gazette.example.com",
// "a-b") is found by its parts, as the embedded store's FTS5 (unicode61) finds it.

/** A tsvector holds positions 1..16383 (a later word takes the last), at most 256 of them per word. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;
/** ... and no word longer than this many bytes of UTF-8 (to_tsvector leaves such a word out too). */
const MAX_WORD_BYTES = 2046;
// a word of this many UTF-16 units or fewer is within MAX_WORD_BYTES whatever its letters (3 bytes a unit at most)
const SURELY_SHORT = Math.floor(MAX_WORD_BYTES / 3);

const WORD = /[\p{L}\p{N}]+/gu;
const encoder = new TextEncoder();

/** The tsvector literal of the folded text's words, each with its positions: `'baku':1,7 'met':2`. */
export function wordsVector(folded: string): string {
	const positions = new Map<string, number[]>();
	let position = 0;
	for (const match of folded.matchAll(WORD)) {
		const word = match[0];
		if (word.length > SURELY_SHORT && encoder.encode(word).length > MAX_WORD_BYTES) continue;
		position++;
		const at = positions.get(word);
		const clamped = Math.min(position, MAX_POSITION);
		if (at === undefined) positions.set(word, [clamped]);
		else if (at.length < MAX_POSITIONS && at[at.length - 1]! < clamped) at.push(clamped);
	}
	const entries: string[] = [];
	// (letters and digits only: no quote or backslash to escape inside the quotes)
	for (const [word, at] of positions) entries.push(`'${word}':${at.join(',')}`);
	return entries.join(' ');
}
