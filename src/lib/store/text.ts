// Text helpers every store shares: the folded form place search compares, and the words of a
// full-text query (quoted, so user input is never query syntax).

import { foldText } from '../fold.ts';

/** Lower case without diacritics, as the explorer's place search compares names (fold.ts). */
export { foldText };

/** The words of a search, at most 12; the last one may be a prefix while the user types. */
export function searchWords(text: string): string[] {
	return [...foldText(text).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]).slice(0, 12);
}

/** An FTS5 query: every word must occur; the last also as a prefix. Empty when there are no words. */
export function ftsQuery(text: string): string {
	const words = searchWords(text);
	return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The last day a `to` filter includes: 2024-05 means the whole of May. */
export function lastDay(to: string): string {
	return to.length === 7 ? `${to}-99` : to;
}
