// The words that make a mention a container of what the sentence speaks of: "Salem, Indiana",
// "in (southwest) Arkansas", "of Butler County"; and those that name a division by its seat's name
// ("the Bhagalpur district", "Esfarayen County").
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

const CONTAINMENT_WORDS = new Set(['in', 'of', 'within', 'across', 'throughout']);
// "in southwest Arkansas", "in the north of": words between the preposition and the parent
const CONTAINMENT_REACH = 3;
// "the Bhagalpur district", "Esfarayen County", "the district of Neumarkt" is not: the seat's name, then the word
const DIVISION_WORDS = new Set(['district', 'county', 'tehsil', 'taluka', 'subdistrict', 'division', 'prefecture']);

/** ", Indiana", "in (southwest) Arkansas": the mention starting at token `first` is named as a container. */
export function namedAsContainer(first: number, tokens: Token[]): boolean {
	return /^\s*,\s*$/.test(tokens[first]!.gapBefore) || afterContainmentWord(first, tokens);
}

/** "in (southwest) Arkansas", "of New York": a preposition of containment a few words before. */
export function afterContainmentWord(first: number, tokens: Token[]): boolean {
	for (let t = first - 1; t >= 0 && t >= first - CONTAINMENT_REACH; t--) {
		if (CONTAINMENT_WORDS.has(tokens[t]!.text)) return true;
		if (!/^ $/.test(tokens[t + 1]!.gapBefore)) return false;
	}
	return false;
}

/** "Bhagalpur district", "Esfarayen County": the mention's own words or the word right after it name a division. */
export function namesDivision(mention: AcceptedMention, tokens: Token[]): boolean {
	const last = tokens[mention.candidate.last]!.lower;
	if (DIVISION_WORDS.has(last) && mention.candidate.last > mention.candidate.first) return true;
	const next = tokens[mention.candidate.last + 1];
	return !!next && next.gapBefore === ' ' && DIVISION_WORDS.has(next.lower);
}
