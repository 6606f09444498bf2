// A text's candidates in a map that counts the scans of its values: the linear specs of per-text memos assert that
// judging a text which repeats a shape reads the text's candidates once, not once a repeat.
import { findCandidates, type Candidate } from '../../src/lib/geoparse/candidates.ts';
import { tokenize, type Token } from '../../src/lib/geoparse/tokens.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/types.ts';

/** A map of candidates that counts the scans of its values. */
export class CountedCandidates extends Map<number, Candidate> {
	scans = 0;
	override values(): MapIterator<Candidate> {
		this.scans++;
		return super.values();
	}
}

/** The text's tokens, its candidates, and the candidates by first token in a map that counts its scans. */
export function countedCandidatesOf(text: string, gazetteer: Gazetteer): { tokens: Token[]; candidates: Candidate[]; candidateAt: CountedCandidates } {
	const tokens = tokenize(text);
	const candidates = findCandidates(text, tokens, gazetteer);
	const candidateAt = new CountedCandidates();
	for (const candidate of candidates) candidateAt.set(candidate.first, candidate);
	return { tokens, candidates, candidateAt };
}
