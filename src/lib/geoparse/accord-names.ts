// "the Astana process", "the Minsk agreements", "the Doha talks", "the Dayton agreement": a city's name between
// "the" and a lower-case word for a diplomatic process names the process after the city that hosted it, not a
// place of the story (Syria's war was never in Astana, nor Bosnia's in Dayton). The capitalised forms ("the Paris
// Agreement", "the Dayton Accords") are read inside the longer name already (judge.ts); this is their lower-case
// twin, read the same way: inside a name, off the map. A host is mostly a third country's city; a process named
// after the city it is about names a place of the story, and the text says so by naming the city's country or
// another place in it ("the Hodeidah agreement required Yemen's warring sides...", "the Springfield agreement"
// ratified in Illinois), or the city again outside such a phrase ("talks in Doha ... the Doha talks"): then the
// city stays a place. Countries and regions stay ("the Iran deal").
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

// (not "summit", "convention", "conference", "ceasefire": held or holding there, the city is where they happen)
const PROCESS_WORDS = new Set(['process', 'agreement', 'agreements', 'accord', 'accords', 'talks', 'format', 'protocol', 'protocols']);
// "the 2015 Minsk agreements", "the second Minsk agreement": what may stand between "the" and the name
const BETWEEN_THE_AND_NAME = /^(?:\d{4}|first|second|third|new|original|so-called)$/;
// the nouns of a works' process ("the Baytown process unit", "the Houston process plant")
const WORKS_NOUNS = new Set(['unit', 'units', 'plant', 'plants', 'water', 'engineer', 'engineers', 'engineering', 'control', 'controls', 'safety', 'area', 'equipment', 'line', 'lines']);

/** The name of a city sits in "the (2015) <name> <process word>", and the text names nothing else of its country nor the city again (see the header). */
export function namesAProcess(candidate: Candidate, tokens: readonly Token[], place: GazetteerPlace, text: string, gazetteer: Gazetteer, candidates: Iterable<Candidate>): boolean {
	// the cheap exits: a lower-case process word one space after the name, of a city
	const word = tokens[candidate.last + 1];
	if (word === undefined || word.gapBefore !== ' ' || !PROCESS_WORDS.has(word.text) || place.kind !== 'city' || candidate.via !== 'name') return false;
	if (!afterThe(candidate.first, tokens)) return false;
	const after = tokens[candidate.last + 2];
	if (word.text === 'process' && after !== undefined && after.gapBefore === ' ' && WORKS_NOUNS.has(after.text)) return false;
	return !namesItsCountry(candidate, place, gazetteer, candidates) && !namedElsewhere(candidate, text);
}

/** Whether another name of the text (a demonym too: "Syrian troops") is of the city's country. */
function namesItsCountry(candidate: Candidate, place: GazetteerPlace, gazetteer: Gazetteer, candidates: Iterable<Candidate>): boolean {
	for (const other of candidates) {
		if (other !== candidate && gazetteer.places[other.places[0]!]!.country === place.country) return true;
	}
	return false;
}

function afterThe(first: number, tokens: readonly Token[]): boolean {
	const before = tokenAt(tokens, first - 1);
	if (before === undefined || tokens[first]!.gapBefore !== ' ') return false;
	if (before.lower === 'the') return true;
	return BETWEEN_THE_AND_NAME.test(before.lower) && before.gapBefore === ' ' && tokenAt(tokens, first - 2)?.lower === 'the';
}

/** Whether the text writes the name again where no process word follows it. */
function namedElsewhere(candidate: Candidate, text: string): boolean {
	const name = text.slice(candidate.start, candidate.end);
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
		if (at === candidate.start) continue;
		// (a longer word that begins so, "Minsker", is no second mention)
		if (/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
		const next = /^ (\p{Ll}+)/u.exec(text.slice(at + name.length, at + name.length + 12));
		if (!next || !PROCESS_WORDS.has(next[1]!)) return true;
	}
	return false;
}
