// "Called "Little Washington" to tell it from the national capital", "Cubans settled in Little Havana":
// "Little" before a place's name, where the gazetteer has no place of the whole name, names another
// place after that one: the text's own place of the bare name when it has one (the town the article is
// about, by its nickname), else none (a Miami neighbourhood is not the capital of Cuba).
import type { Candidate } from './candidates.ts';
import type { Resolution } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';
import { respanned } from './respanned.ts';
import { leftUnmapped, replaced } from './resolution.ts';

const DIMINUTIVE = 'Little';
// the candidates read with "Little" before them, by identity: the recogniser made them
const diminutives = new WeakSet<Candidate>();

/** The candidate with "Little" just before it, when no other name holds that word. */
export function withDiminutive(candidate: Candidate, tokens: readonly Token[], previous: Candidate | undefined): Candidate {
	if (candidate.via !== 'name' || candidate.first === 0) return candidate;
	const little = tokenAt(tokens, candidate.first - 1)!;
	if (little.text !== DIMINUTIVE || tokens[candidate.first]!.gapBefore !== ' ') return candidate;
	if (previous && previous.last >= candidate.first - 1) return candidate;
	const extended = respanned(candidate, little.start, candidate.end, candidate.first - 1, candidate.last);
	diminutives.add(extended);
	return extended;
}

/** "Little X": the text's place read for a bare "X", or none (the mentions to leave unmapped get outsideNamedCountry). */
export function placeDiminutives(results: Resolution[]): void {
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		if (!diminutives.has(result.mention.candidate)) continue;
		const bare = result.mention.surface.slice(DIMINUTIVE.length + 1);
		const namesake = results.find((other) => other.mention.surface === bare && !other.outsideNamedCountry);
		results[i] = namesake ? replaced(result, result.mention, namesake.place, namesake.score, ['same-name-earlier']) : leftUnmapped(result);
	}
}
