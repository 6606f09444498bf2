// "the Pan American Health Organization", "the Inter-American Development Bank", "the Pan-African
// Parliament": a nationality after a capitalised prefix that widens it to a continent's or a group's
// ("Pan", "Inter") and inside a name that goes on in capitals is a word of that name, not the country
// ("American" is not the United States there). "pan-African leaders" (the name stops) stays a demonym.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

const NAME_PREFIXES = new Set(['Pan', 'Inter']);

export function demonymAfterNamePrefix(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.via !== 'demonym') return false;
	const prefix = tokenAt(tokens, candidate.first - 1);
	if (!prefix || !NAME_PREFIXES.has(prefix.text)) return false;
	const gap = tokens[candidate.first]!.gapBefore;
	if (gap !== ' ' && gap !== '-') return false;
	const next = tokens[candidate.last + 1];
	return next !== undefined && next.gapBefore === ' ' && next.capitalized;
}
