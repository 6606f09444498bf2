import type { Candidate } from './candidates.ts';

/**
 * The name that ends on the token right before the candidate, starting at most `reach` tokens back
 * ("Bayern" before "Munich", "Kansas City" before "Indians"), or undefined.
 */
export function nameRightBefore(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, reach: number): Candidate | undefined {
	for (let first = candidate.first - 1; first >= 0 && first >= candidate.first - reach; first--) {
		const before = candidateAt.get(first);
		if (before && before.last === candidate.first - 1) return before;
	}
	return undefined;
}
