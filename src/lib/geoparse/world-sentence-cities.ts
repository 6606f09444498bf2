// "Veterans from Goshen, Plymouth and Ligonier heard him recall the uprising in Warsaw in 1944"; "painters who
// worked in Renaissance Florence"; "viewers who watched the coronation in London"; "flew from Atlanta to Rome": the
// text's towns pull a name to the small namesake among them (Warsaw, Indiana; Florence, South Carolina; London,
// Kentucky; Rome, Georgia, the dateline's), but the sentence speaks of history, culture or world affairs, or flies to
// the name from a place a short drive from that namesake, and there the name is the great city abroad. A small town
// read by nothing but its size, the text's country, its neighbours or an earlier reading of its name, whose name is
// also a city abroad many times its size (300,000 people at least), is that city where its own sentence says so: a
// word of the world's events there speaks for the place named nearest it ("watched the Winter Olympics in Italy" is
// Italy's event, not that of the Paris, Maine, named before it).
// Stays: a name the text qualifies ("London, Ky."), a dateline in capitals ("ROME — Forty singers … flew" stays
// Georgia's), and every mention outside such a sentence.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { DocumentReading } from './read-document.ts';
import { sentenceAfter, sentenceBefore } from './sentence-around.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { liesWithin } from './qualifies.ts';

// words of history, culture and world affairs that belong to a great city (not "the American Revolution", the
// country's own: "DAR chapters in Athens"; not a summit, which towns hold too: "the county's youth summit in Athens")
export const WORLD_WORDS =
	/\b(?:uprisings?|(?<!american\s)revolution|coronation|renaissance|medieval|ancient|pyramids?|pharaohs?|czars?|tsars?|siege|blitz|crusades?|kremlin|vatican|popes?|olympics|treaty|embassy)\b/i;
// a flight to the name from a place a short drive from its namesake at home ("flew from Atlanta to Rome": nobody
// flies to Rome, Georgia, from Atlanta; everybody flies from Pullman to Seattle, so "flights from Moscow" stay home)
const FLOWN_TO = /\bfl(?:ew|ights?|ying|own)\b.*\b(?:to|into)\s$/i;
const FROM_BEFORE = /\bfrom\s$/i;
export const SHORT_DRIVE_KM = 300;
// a city abroad this big is known for what happened there (and by its name alone: list-great-cities.ts)
export const GREAT_CITY = 300_000;
// ... and this many times the town's size
const TIMES_BIGGER = 3;
// how much of the sentence is read either side of the name
const SENTENCE_CHARS = 160;

const LOWER_CASE_LETTER = /\p{Ll}/u;

/** A name written in capitals: a local paper's dateline ("ROME — "), its own town whatever its sentence says. */
export function inCapitals(surface: string): boolean {
	// (asked of most small towns a text reads: an ASCII name is decided by its codes, the pattern reads the others)
	for (let i = 0; i < surface.length; i++) {
		const code = surface.charCodeAt(i);
		if (code >= 97 && code <= 122) return false;
		if (code > 127) return !LOWER_CASE_LETTER.test(surface);
	}
	return true;
}

/** The biggest city of the name in another country than the town's, if it is great and many times the town's size. */
function greatCityAbroad(result: Resolution, gazetteer: Gazetteer): GazetteerPlace | null {
	const { candidate } = result.mention;
	let best: GazetteerPlace | null = null;
	for (let k = 0; k < candidate.places.length; k++) {
		if (candidate.alternate[k]) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place.kind !== 'city' || place.country === result.place.country) continue;
		if (!best || place.population > best.population) best = place;
	}
	return best && best.population >= GREAT_CITY && best.population >= TIMES_BIGGER * result.place.population ? best : null;
}

/** Whether the mention is where the sentence flies to, from a place of the text a short drive from the town it was read as. */
function flownToFromNearby(results: readonly Resolution[], i: number, text: string, before: string): boolean {
	if (!FLOWN_TO.test(before)) return false;
	const { place, mention } = results[i]!;
	const opening = mention.candidate.start - before.length;
	return results.some(({ place: origin, mention: other }) => {
		const at = other.candidate.start;
		return at >= opening && at < mention.candidate.start && FROM_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && liesWithin(origin, place, SHORT_DRIVE_KM);
	});
}

// every world word of a sentence, where it stands
const WORLD_WORDS_ALL = new RegExp(WORLD_WORDS.source, 'gi');

// a place the word's phrase ties it to: "the Olympics in Italy", "the ancient ruins of Rome", "a Mass at the Vatican"
const TIED_BY_PHRASE = /^\s+(?:[\p{L}\d]+\s+){0,2}?(?:in|of|at)\s+(?:the\s+)?$/iu;

/** How far the span from..to lies from the word's span, either side. */
function gap(from: number, to: number, word: number, wordEnd: number): number {
	return from >= wordEnd ? from - wordEnd : Math.max(0, word - to);
}

/**
 * The mention a world word at word..wordEnd belongs to: the place its phrase ties it to ("the Olympics in Italy"),
 * else the place named nearest it; a place whose own name holds the word ("the Vatican") gives it to the others.
 */
function wordOwner(results: readonly Resolution[], word: number, wordEnd: number, opening: number, closing: number, text: string): number | null {
	let nearest: number | null = null;
	let nearestGap = Infinity;
	for (let j = 0; j < results.length; j++) {
		const { start, end } = results[j]!.mention.candidate;
		if (start < opening || end > closing || (start <= word && end >= wordEnd)) continue;
		if (start >= wordEnd && TIED_BY_PHRASE.test(text.slice(wordEnd, start))) return j;
		const apart = gap(start, end, word, wordEnd);
		if (apart < nearestGap) [nearest, nearestGap] = [j, apart];
	}
	return nearest;
}

/**
 * Whether a world word of the mention's sentence is the mention's: its owner (wordOwner) is the mention or named in
 * one list with it. An event is where its own words put it ("those of us in Paris, Norway and Oxford watched the
 * Winter Olympics in Italy": the Olympics are Italy's, and say nothing of Paris; "the ancient ruins of Rome and
 * Athens" are Athens's too).
 */
function worldWordOwn(results: readonly Resolution[], i: number, reading: DocumentReading, text: string, before: string, after: string): boolean {
	const { start, end } = results[i]!.mention.candidate;
	const opening = start - before.length;
	const closing = end + after.length;
	let mates: Set<number> | null = null;
	for (const match of text.slice(opening, closing).matchAll(WORLD_WORDS_ALL)) {
		const word = opening + match.index;
		const owner = wordOwner(results, word, word + match[0].length, opening, closing, text);
		mates ??= new Set([i, ...reading.listNeighbours(i)]);
		if (owner === null || mates.has(owner)) return true;
	}
	return false;
}

/** The mentions of small towns named in a sentence of world events to read as the great city abroad, with that reading. */
export function worldSentenceCities(results: readonly Resolution[], reading: DocumentReading, text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// (the cheap tests first: the reading's fields, then the name's readings abroad; the sentence is read last)
	results.forEach((result, i) => {
		const { place, reasons, mention } = result;
		if (place.kind !== 'city' || mention.usage !== 'literal' || reasons.includes('qualified') || inCapitals(mention.surface)) return;
		// (a county the text names is the town's parent at home, "Laurel County … London", not a word of the event)
		const weak = reasons.filter((r) => r !== 'named-parent');
		if (weak.length === 0 || !restsOn(weak, NAME_ALONE)) return;
		const city = greatCityAbroad(result, gazetteer);
		if (!city) return;
		const { start, end } = mention.candidate;
		const before = sentenceBefore(text, start, SENTENCE_CHARS);
		if (worldWordOwn(results, i, reading, text, before, sentenceAfter(text, end, SENTENCE_CHARS)) || flownToFromNearby(results, i, text, before)) found.set(i, replaced(result, mention, city, result.score, ['population']));
	});
	return found;
}
