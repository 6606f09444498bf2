// "Vaulruz is a municipality in the district of Gruyère in the canton of Fribourg in Switzerland": a
// division the opening description names on the way to the country it ends with lies in that country.
// A reading abroad that nothing but being the only one (or the biggest) chose is a namesake of a
// division the gazetteer lacks (Gruyere, Victoria): no dot is better than one on another continent.
import type { ResolutionReason } from '../contracts.ts';
import { namedAsContainer, namesDivision } from './container-words.ts';
import type { Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';

// the description opens the text
const OPENING = 300;
const DESCRIBED_BEFORE = /\b(?:is|was) (?:a|an|one of)\b/;
const SENTENCE_BREAK = /[.!?]\s|\n/g;
// evidence that the text chose the place for its own area, not for its name alone
const WEAK_REASONS = new Set<ResolutionReason>(['only-candidate', 'population', 'country-context', 'nearby-context', 'feature-type']);

/** Where the sentence holding offset `at` ends. */
function sentenceEnd(text: string, at: number): number {
	SENTENCE_BREAK.lastIndex = at;
	return SENTENCE_BREAK.exec(text)?.index ?? text.length;
}

/** Indices of the divisions named in the opening description that were read abroad from the country the chain ends with. */
export function containersAbroad(results: readonly Resolution[], tokens: Token[], text: string): number[] {
	const abroad: number[] = [];
	// cheap exit: a text that opens with no description
	if (!DESCRIBED_BEFORE.test(text.slice(0, OPENING))) return abroad;
	for (let j = 0; j < results.length; j++) {
		const { mention, place, reasons } = results[j]!;
		const start = mention.candidate.start;
		if (start > OPENING) break;
		if (place.kind === 'country' || !reasons.every((r) => WEAK_REASONS.has(r)) || !namesDivision(mention, tokens)) continue;
		const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0);
		if (!DESCRIBED_BEFORE.test(text.slice(sentenceStart, start))) continue;
		const end = sentenceEnd(text, start);
		// the country the chain ends with: the last country named as a container in the sentence
		let country: string | null = null;
		for (let k = j + 1; k < results.length && results[k]!.mention.candidate.start < end; k++) {
			const later = results[k]!;
			if (later.place.kind === 'country' && namedAsContainer(later.mention.candidate.first, tokens)) country = later.place.country;
		}
		if (country !== null && place.country !== country) abroad.push(j);
	}
	return abroad;
}
