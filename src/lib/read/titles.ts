// A title for every document: a headline line, or the first sentence shortened.
import { splitSentences } from '../corpus/sentences.ts';

/** A short first line followed by a blank line reads as a headline. */
export function titleLine(text: string): string | null {
	const match = /^([^\n]{3,150})\n[ \t]*\n/.exec(text);
	if (!match) return null;
	const line = match[1]!.trim();
	if (/[.:;,]$/.test(line) || line.split(/\s+/).length > 16) return null;
	return line;
}

const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+,(?:\s[\p{L}\s]+,)?\s\p{L}+\.?\s\d{1,2}\.\s+(?=\S)/u;
/** A dateline and a first sentence fit in this much of the first line; the rest is never looked at. */
const FIRST_LINE_WINDOW = 1000;

/** The first sentence, cut at a word boundary: a fallback title a reader can still recognise. */
export function shortenTitle(text: string, maxLength = 90): string {
	const start = text.length - text.trimStart().length;
	const lineEnd = text.indexOf('\n', start);
	const firstLine = text.slice(start, Math.min(lineEnd < 0 ? text.length : lineEnd, start + FIRST_LINE_WINDOW)).trimEnd();
	// A dateline ("BAKU, Azerbaijan, December 13.") says where and when, not what: skip it.
	const opening = firstLine.replace(DATELINE, '');
	// the geoparser's own sentence splitter: "The U.S. economy" and "An E. coli outbreak" are not cut
	const first = splitSentences(opening)[0];
	const sentence = first ? opening.slice(first.start, first.end) : opening;
	if (sentence.length <= maxLength) return sentence.replace(/\.$/, '');
	const cut = sentence.slice(0, maxLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
