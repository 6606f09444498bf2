// Whether the candidate at a token names a country or a region by no ordinary word: geoparseRecognised
// (index.ts) asks it of the names around a mention.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';
import { isCommonWord } from './word-facts.ts';

/** namesLand of the candidate at a token (returned, not bound to a name: see NAMED_CLOSURES in eslint.config.js). */
export function landTest(candidateAt: Map<number, Candidate>, tokens: Token[], gazetteer: Gazetteer): (token: number) => boolean {
	return (t) => namesLand(candidateAt.get(t), tokens, gazetteer);
}

/** A country or a region named by no ordinary word ("California", not "Central District", "Centre"). */
function namesLand(candidate: Candidate | undefined, tokens: Token[], gazetteer: Gazetteer): boolean {
	if (!candidate || candidate.via !== 'name') return false;
	const kind = gazetteer.places[candidate.places[0]!]!.kind;
	return (kind === 'country' || kind === 'region') && !isCommonWord(tokens[candidate.first]!.lower, gazetteer);
}
