import type { Gazetteer } from '../gazetteer/types.ts';
import { candidateKey, findCandidates, type Candidate } from './candidates.ts';
import { judgeCandidate, judgeContext } from './judge.ts';
import { rereadAsPlaces } from './place-readings.ts';
import { readPartsOfJoinedNames } from './joined-name-parts.ts';
import { readScoreSides } from './score-sides.ts';
import { readDefinedAcronyms } from './defined-acronyms.ts';
import { readPathogensThroughout } from './pathogen-names.ts';
import { tokenize } from './tokens.ts';
import { demonymsOfNamedCountries } from './demonym-countries.ts';
import { mapPacked } from './packed.ts';
import { pairFallsTogether } from './hyphened-towns.ts';

// The geoparser's first stage: the text's tokens, its candidate names and the judge's verdict on each (judge.ts),
// then the rereadings across the text's mentions, before any is resolved.

/** The recogniser's stage: the text's candidate names and its verdict on each, before any is resolved. */
export function recognise(text: string, gazetteer: Gazetteer) {
	const tokens = tokenize(text);
	const candidates = findCandidates(text, tokens, gazetteer);
	demonymsOfNamedCountries(candidates, text, tokens, gazetteer);
	const candidateAt = new Map<number, Candidate>();
	for (const candidate of candidates) candidateAt.set(candidate.first, candidate);
	const judging = judgeContext(text, tokens, gazetteer, candidateAt);
	const verdicts = mapPacked(candidates, (candidate) => judgeCandidate(candidate, judging));
	rereadAsPlaces(candidates, verdicts, judging);
	readPartsOfJoinedNames(candidates, verdicts, judging);
	readScoreSides(candidates, verdicts, judging);
	// ("Allen-Plano scored twice": two hyphened towns are a pair, kept or dropped together)
	pairFallsTogether(candidates, verdicts, candidateAt, tokens, gazetteer);
	readDefinedAcronyms(candidates, verdicts, tokens, text);
	readPathogensThroughout(candidates, verdicts, tokens, (candidate) => candidateKey(text, candidate), (candidate) => gazetteer.places[candidate.places[0]!]!);
	return { tokens, candidates, candidateAt, verdicts };
}
