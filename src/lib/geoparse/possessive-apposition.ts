// "Carlos Moya … Moya, Spain's Davis Cup hero", "Mr Chidambaram … Palaniappan Chidambaram, India's finance
// minister": a country in the possessive after the comma describes the one named before it; it is no
// qualifier that puts a small town of that name in the country (index.ts asks where the text gives the name
// to a person or a firm elsewhere). A state in the possessive ("Lenoir, North Carolina's …") or a place noun
// in the apposition ("Chidambaram, India's temple town") still places the town.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { isPossessiveMark, SETTLEMENT_NOUNS } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

// nouns that make the apposition describe a place: "India's temple town", "Italy's busiest port"
const PLACE_NOUNS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS, 'port', 'capital', 'resort', 'harbour', 'harbor', 'spa', 'seaside', 'district', 'region', 'province', 'county', 'island', 'oasis', 'metropolis', 'hub', 'gateway', 'stronghold', 'enclave']);
// how many words of the apposition are read for a place noun ("Spain's biggest northern fishing port")
const APPOSITION_WORDS = 5;

/** The name after the candidate's comma is a country in the possessive and the words after it name no place: "Moya, Spain's hero". */
export function possessiveAfterComma(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const next = candidateAt.get(candidate.last + 1);
	if (!next || tokens[next.first]!.gapBefore.trim() !== ',') return false;
	if (!isPossessiveMark(tokens[next.last + 1])) return false;
	if (next.places.length === 0 || gazetteer.places[next.places[0]!]!.kind !== 'country') return false;
	return !placeNounFollows(tokens, next.last + 2);
}

/** A place noun among the apposition's first words, before its clause ends. */
function placeNounFollows(tokens: readonly Token[], from: number): boolean {
	for (let i = from; i < tokens.length && i < from + APPOSITION_WORDS; i++) {
		const token = tokens[i]!;
		if (i > from && /[,.;:!?()]/.test(token.gapBefore)) return false;
		if (PLACE_NOUNS.has(token.lower)) return true;
	}
	return false;
}
