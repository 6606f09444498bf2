// "the daughter of the late Lenoir and Hazel (Boone) Absher", "survived by … and the late Marion Tate":
// obituaries name the dead after "the late". A town's name there is a person's first name where a second
// first name follows after "and" (the parents' form), or where it is a first name itself and a surname
// follows. ("the late Chicago Bulls star" keeps the city: neither holds; so do "the late Paris and London
// art scenes", the period's sense, where the word after "and" is no first name.)
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';

const JOINERS = new Set(['and', '&']);

/** A name right after "the late", before "and" and a capitalised first name, or (a first name) before a capitalised word. */
export function afterTheLate(candidate: Candidate, tokens: Token[], firstName: boolean, gazetteer: Gazetteer): boolean {
	const late = tokenAt(tokens, candidate.first - 1);
	if (late?.lower !== 'late' || late.gapBefore !== ' ' || tokenAt(tokens, candidate.first - 2)?.lower !== 'the' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return false;
	if (JOINERS.has(next.lower)) {
		const second = tokens[candidate.last + 2];
		return second !== undefined && second.capitalized && isFirstName(second.lower, gazetteer);
	}
	return firstName && next.capitalized;
}
