// Uses of a place's one-word name that are no place: a compass word of another language ending a local
// name ("Poblacion Sur"), a period adjective before what the period built ("the Norman castle"), a
// name after an initial (the author "F. Douglas"), a name that ends its phrase (a surname: "Philip French, who").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { isFirstName } from './word-facts.ts';

// Compass words of the languages that name places with them after the name (Spanish, Portuguese,
// French, German, Italian): "Poblacion Sur", "Barrio Este", "Lac Nord"
const FOREIGN_COMPASS = new Set('norte sur este oeste nord sud süd ost nordeste noroeste sudeste sureste suroeste sudoeste oriental occidental'.split(' '));
// Landforms' words that head a name after it and are regions' names by themselves
const LANDFORM_WORDS = new Set(['plateau', 'cordillera', 'highlands', 'lowlands', 'uplands', 'valley', 'delta', 'plains']);
// Adjectives of historical periods and peoples that towns are named after (Norman, Oklahoma)
const PERIOD_ADJECTIVES = new Set('norman roman saxon tudor stuart victorian edwardian elizabethan jacobean gothic romanesque byzantine celtic viking moorish carolingian'.split(' '));
// What such a period left behind or did: "a Norman castle", "the Norman conquest" (not "a Norman man",
// "Norman police": local news names the town's people so)
const HERITAGE_NOUNS = new Set(
	'castle castles church churches abbey priory cathedral chapel arch arches doorway doorways font nave chancel tower keep motte bailey crypt crypts porch tympanum pillars columns masonry stonework tomb tombs earthworks villa villas coins mosaic mosaics frescoes conquest invasion invaders period era times architecture style settlers lords lord barons knights manor fort fortress hoard cross crosses window windows ruins remains'.split(' ')
);
// Single capitals that are compass abbreviations ("N. Ireland", "S. Africa"), not initials
const COMPASS_LETTERS = new Set(['N', 'S', 'E', 'W']);
// ... nor are "A" and "I", words of their own ("A Texas company"), before a name written without a full stop
const NOT_INITIALS = new Set([...COMPASS_LETTERS, 'A', 'I']);
// the punctuation before an item of a list ("; ", ", ", ": ", "(")
const LIST_GAP = /[,;:(]/;

/**
 * "Poblacion Sur": a compass word of another language right after a capitalised word ends that word's name;
 * so does a landform's word ("the Dieng Plateau", "the Central Cordillera", "the Kerio Valley") that names a
 * region only by itself (Plateau State, Nigeria; Cordillera, Paraguay).
 */
export function foreignCompassEndsName(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.first !== candidate.last) return false;
	const token = tokens[candidate.first]!;
	const before = tokenAt(tokens, candidate.first - 1);
	const ends = FOREIGN_COMPASS.has(token.lower) || (LANDFORM_WORDS.has(token.lower) && before?.sentenceStart === false);
	return ends && token.gapBefore === ' ' && before !== undefined && before.capitalized && !FUNCTION_WORDS.has(before.lower);
}

/** "the Norman castle": a period adjective before a lower-case noun of what the period left. */
export function periodAdjective(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.first !== candidate.last || !PERIOD_ADJECTIVES.has(tokens[candidate.first]!.lower)) return false;
	const next = tokens[candidate.last + 1];
	return next !== undefined && next.gapBefore === ' ' && !next.capitalized && HERITAGE_NOUNS.has(next.text);
}

/**
 * "F. Douglas", "J. Norman": a name after an initial is a person's (not "N. Ireland", "U.S. Virgin Islands");
 * so is one after a first name and an initial written without its full stop ("George W Bush", "Michael J
 * Fox"), even a compass letter's ("W London" has no first name before it), and one after a lone initial
 * that opens a sentence or a list's item, as line-ups print players ("C Paterson; S Webster").
 */
export function nameAfterInitial(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const initial = tokenAt(tokens, candidate.first - 1);
	if (!initial || initial.text.length !== 1 || !initial.capitalized) return false;
	if (tokens[candidate.first]!.gapBefore === ' ') {
		const first = tokenAt(tokens, candidate.first - 2);
		if (initial.gapBefore === ' ' && first !== undefined && first.capitalized && isFirstName(first.lower, gazetteer)) return true;
		// "C Paterson; S Webster", ": R Corrigan, J Hayes", "Pole vault: N Buckfield": a line-up or a results list
		// prints a player as an initial and a surname, the initial opening a sentence or an item of the list
		const letter = !NOT_INITIALS.has(initial.text) || (COMPASS_LETTERS.has(initial.text) && playerBeside(tokens, candidate.first - 1, candidate.last));
		return letter && (initial.sentenceStart || LIST_GAP.test(initial.gapBefore));
	}
	if (tokens[candidate.first]!.gapBefore !== '. ' || COMPASS_LETTERS.has(initial.text)) return false;
	// "U.S.", "D.C.": letters of an abbreviation
	return !(initial.gapBefore === '.' && tokenAt(tokens, candidate.first - 2)?.text.length === 1);
}

// the gap between two items of a line-up, after a bracketed club or none ("G Kerr; S Grimes", "(Oxford City AC), P Idowu")
const ITEM_GAP = /^\)?[,;] $/;
// how far a bracket after a player's name may run ("(Shaftesbury Barnet Harriers)")
const BRACKET_WORDS = 6;

/** An initial that is no compass letter and a capitalised name after it, the first at `at`: a player as a line-up prints one. */
function playerAt(tokens: readonly Token[], at: number): boolean {
	const [initial, name] = [tokens[at], tokens[at + 1]];
	return initial !== undefined && name !== undefined && initial.text.length === 1 && initial.capitalized && !NOT_INITIALS.has(initial.text) && name.gapBefore === ' ' && name.capitalized;
}

/**
 * "G Kerr; S Grimes, S Murray", "S Orlando, P Griffen", "N Douglas (Oxford City AC), P Idowu": a compass letter
 * before a name is an initial where the item before or after it in the list is a player by another initial
 * ("S Korea, N Korea" and "H Webb (S Yorkshire)" stay places: no such player beside them).
 */
function playerBeside(tokens: readonly Token[], initialAt: number, last: number): boolean {
	const gap = tokens[initialAt]!.gapBefore;
	if (ITEM_GAP.test(gap)) {
		let end = initialAt - 1;
		if (gap.startsWith(')')) while (end > initialAt - BRACKET_WORDS && end > 0 && !tokens[end]!.gapBefore.includes('(')) end--;
		if (gap.startsWith(')')) end--;
		if (playerAt(tokens, end - 1)) return true;
	}
	let next = last + 1;
	if (tokens[next]?.gapBefore === ' (') while (next < last + BRACKET_WORDS && tokens[next + 1] && !tokens[next]!.gapBefore.startsWith(')')) next++;
	return tokens[next] !== undefined && ITEM_GAP.test(tokens[next]!.gapBefore) && playerAt(tokens, next);
}

// Tokens a gloss's name may run to on either side of a place word in it
const GLOSS_WORDS = 8;
const GLOSS_START = /[(;]\s*$/;
const GLOSS_END = /[);,]/;

/**
 * "(Tagalog: Bayan ng Santa Maria)", "(Ilocano: Ili ti Santa Maria)": a place word that is only part of
 * the name a language gloss gives is a word of that name, not a place ("(German: Dambrau)", a whole
 * name, stays). `isLanguage(word, context)` says whether a capitalised label word may name a language (a
 * function and its context, not a closure: this runs for every place word).
 */
export function partOfGlossName<C>(candidate: Candidate, tokens: readonly Token[], isLanguage: (word: string, context: C) => boolean, context: C): boolean {
	let first = candidate.first;
	// (most gaps are one space: only others are tested, on the path every place word takes)
	for (let gap = tokens[first]!.gapBefore; !gap.includes(':'); gap = tokens[first]!.gapBefore) {
		if (first <= candidate.first - GLOSS_WORDS || first <= 1 || (gap !== ' ' && (GLOSS_END.test(gap) || GLOSS_START.test(gap)))) return false;
		first--;
	}
	const label = tokenAt(tokens, first - 1);
	if (!label || !/^:\s+$/.test(tokens[first]!.gapBefore) || !label.capitalized || !GLOSS_START.test(label.gapBefore) || !isLanguage(label.lower, context)) return false;
	let last = candidate.last;
	while (last < candidate.last + GLOSS_WORDS && tokens[last + 1] && !GLOSS_END.test(tokens[last + 1]!.gapBefore)) last++;
	// a gloss runs on too far to be a name
	if (tokens[last + 1] && !GLOSS_END.test(tokens[last + 1]!.gapBefore)) return false;
	return first !== candidate.first || last !== candidate.last;
}

/** Nothing follows the name in its phrase: the text ends, or a stop or a comma comes next ("Philip French, who"). */
export function nameEndsPhrase(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	return next === undefined || /^\s*[,.;:!?)"”]/.test(next.gapBefore);
}
