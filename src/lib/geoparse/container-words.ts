// The words that make a mention a container of what the sentence speaks of: "Salem, Indiana",
// "in (southwest) Arkansas", "of Butler County"; and those that name a division by its seat's name
// ("the Bhagalpur district", "Esfarayen County").
import { titledDivision } from './division-titles.ts';
import type { AcceptedMention } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';

const CONTAINMENT_WORDS = new Set(['in', 'of', 'within', 'across', 'throughout']);
// "in southwest Arkansas", "in the north of": words between the preposition and the parent
const CONTAINMENT_REACH = 3;
// "the Bhagalpur district", "Esfarayen County": the seat's name, then the word
const DIVISION_WORDS = new Set(['district', 'county', 'tehsil', 'taluka', 'subdistrict', 'division', 'prefecture']);
// "the municipality of Pililla", "the district of Hof": the word, "of", then the seat's name (a province
// or department reaches too far from its capital for its seat to place what lies in it)
const DIVISION_WORDS_BEFORE = new Set(['district', 'county', 'municipality', 'commune', 'tehsil', 'taluka', 'subdistrict']);

/** ", Indiana", "in (southwest) Arkansas": the mention starting at token `first` is named as a container. */
export function namedAsContainer(first: number, tokens: Token[]): boolean {
	return /^\s*,\s*$/.test(tokens[first]!.gapBefore) || afterContainmentWord(first, tokens);
}

/** "in (southwest) Arkansas", "of New York": a preposition of containment a few words before. */
export function afterContainmentWord(first: number, tokens: Token[]): boolean {
	for (let t = first - 1; t >= 0 && t >= first - CONTAINMENT_REACH; t--) {
		if (CONTAINMENT_WORDS.has(tokens[t]!.text)) return true;
		if (tokens[t + 1]!.gapBefore !== ' ') return false;
	}
	return false;
}

/**
 * "Bhagalpur district", "Esfarayen County", "the municipality of Pililla", "Gmina Celestynów": the
 * mention's own words, the word right after it or the words right before it name a division.
 */
export function namesDivision(mention: AcceptedMention, tokens: Token[]): boolean {
	const { first, last: lastToken } = mention.candidate;
	const last = tokens[lastToken]!.lower;
	if (DIVISION_WORDS.has(last) && lastToken > first) return true;
	if (titledDivision(mention.candidate, tokens)) return true;
	const of = tokenAt(tokens, first - 1);
	if (of?.text === 'of' && tokens[first]!.gapBefore === ' ' && of.gapBefore === ' ' && DIVISION_WORDS_BEFORE.has(tokenAt(tokens, first - 2)?.lower ?? '')) return true;
	const next = tokens[mention.candidate.last + 1];
	return !!next && next.gapBefore === ' ' && DIVISION_WORDS.has(next.lower);
}

/** "the homes of Washington": the mention is what something belongs to, not a place acting or gone to ("Washington said", "to Washington"). */
export function afterOf(first: number, tokens: Token[]): boolean {
	const before = tokenAt(tokens, first - 1);
	return !!before && tokens[first]!.gapBefore === ' ' && before.lower === 'of';
}
