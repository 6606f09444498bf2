// "Smythe, G. F. (1924). Kenyon College. New Haven: Yale University Press.": the place a citation gives
// before its publisher is where the publisher works, which the article's own area says nothing about
// (a village in Ohio cites books from New Haven, Connecticut, not from New Haven, Indiana). Such a place
// is read as a reader abroad reads it: the most important place of the name.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';

// "Place: Publisher", the citation's own punctuation
const PUBLISHER_FOLLOWS = /^ ?: ?\p{Lu}/u;
// a citation element starts after a full stop: "Vol. 3. London: …", "Century. New Haven: …"
const ELEMENT_START = /[.)] $/;
// on the line before the place, a year: "(1912)", "1912."
const YEAR = /\b1[5-9]\d\d\b|\b20\d\d\b/;
// after it, a publisher's word
const PUBLISHER_WORD = /\b(?:Press|Publish\w*|Books|Verlag|[ÉE]ditions|Printing|Printers|University|Company|Sons)\b/;
// how far each side of the place the line is read: a constant, so the test is linear in the text
const WINDOW = 160;

/** The part of the line around [start, end) within WINDOW characters each side. */
function lineAround(text: string, start: number, end: number): { before: string; after: string } {
	const before = text.slice(Math.max(0, start - WINDOW), start);
	const after = text.slice(end, end + WINDOW);
	const lineStart = before.lastIndexOf('\n');
	const lineEnd = after.indexOf('\n');
	return { before: lineStart < 0 ? before : before.slice(lineStart + 1), after: lineEnd < 0 ? after : after.slice(0, lineEnd) };
}

/** Whether the mention is a citation's place of publication. */
export function isPublisherPlace(mention: AcceptedMention, text: string): boolean {
	const { start, end } = mention.candidate;
	if (text.charCodeAt(end) !== 58 && text.charCodeAt(end + 1) !== 58) return false;
	const { before, after } = lineAround(text, start, end);
	return PUBLISHER_FOLLOWS.test(after) && ELEMENT_START.test(before) && (YEAR.test(before) || PUBLISHER_WORD.test(after));
}

/** The mentions that are places of publication, each read as its most important place. */
export function publisherPlaces(mentions: AcceptedMention[], results: readonly Resolution[], text: string, gazetteer: Gazetteer): [number, Resolution][] {
	const read: [number, Resolution][] = [];
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		if (mention.usage !== 'literal' || mention.candidate.places.length < 2 || !isPublisherPlace(mention, text)) continue;
		const place = gazetteer.places[mention.candidate.places[0]!]!;
		if (results[i]!.place !== place) read.push([i, resolution(mention, place, 0.9, ['population'])]);
	}
	return read;
}
