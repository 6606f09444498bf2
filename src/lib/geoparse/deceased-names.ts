// "the daughter of the late Lenoir and Hazel (Boone) Absher", "survived by … and the late Marion Tate":
// obituaries name the dead after "the late", and a place is never called late. A town's name there is a
// person's first name where a second first name follows after "and" (the parents' form), or where it is a
// first name itself and a surname follows. ("the late Chicago Bulls star" keeps the city: neither holds.)
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';

const JOINERS = new Set(['and', '&']);

/** A name right after "the late", before "and" and a capitalised word, or (a first name) before a capitalised word. */
export function afterTheLate(candidate: Candidate, tokens: Token[], firstName: boolean): boolean {
	const late = tokens[candidate.first - 1];
	if (late?.lower !== 'late' || late.gapBefore !== ' ' || tokens[candidate.first - 2]?.lower !== 'the' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return false;
	if (JOINERS.has(next.lower)) return tokens[candidate.last + 2]?.capitalized === true;
	return firstName && next.capitalized;
}
