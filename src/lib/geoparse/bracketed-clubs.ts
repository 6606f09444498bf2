// "T Dan (Leicester), W Stuart (Bath), T Curry (Sale)": a squad list writes each player's club in brackets, and a
// club named by its town is the town, as GeoWebNews marks it. An everyday English word alone in such brackets
// ("Bath", "Sale") is set aside for its word; it is the town where the text reads two other names, each alone in
// its brackets, as towns of a country the word's town lies in: the brackets line up a list of clubs ("The flanker
// (Bath) was picked" beside them too). Without such neighbours a bracketed word stays a word ("prices (Sale)").
import { candidateKey, type Candidate } from './candidates.ts';
import type { Verdict } from './judge.ts';
import type { JudgeContext } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

// other bracketed towns of the word's country the text must read
const BRACKETED_NEIGHBOURS = 2;

/** The candidate fills a pair of brackets alone: "(Bath)". */
export function aloneInBrackets(candidate: Candidate, tokens: readonly Token[], text: string): boolean {
	if (!tokens[candidate.first]!.gapBefore.endsWith('(')) return false;
	const after = tokens[candidate.last + 1];
	return after ? after.gapBefore.startsWith(')') : text.charCodeAt(candidate.end) === 41;
}

/** Whether the candidate, alone in brackets, has two other bracketed names read as towns of one of its countries. */
export function bracketedAmongTowns(candidate: Candidate, candidates: readonly Candidate[], verdicts: readonly Verdict[], ctx: JudgeContext): boolean {
	const { tokens, text, gazetteer } = ctx;
	if (!aloneInBrackets(candidate, tokens, text)) return false;
	const { places } = gazetteer;
	const countries = new Set(candidate.places.map((k) => places[k]!.country));
	const own = candidateKey(text, candidate);
	const towns = new Set<string>();
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		const other = candidates[i]!;
		if (!verdict.keep || verdict.usage !== 'literal' || other.via !== 'name' || !aloneInBrackets(other, tokens, text)) continue;
		const place = places[other.places[0]!]!;
		if (place.kind !== 'city' || !countries.has(place.country)) continue;
		const key = candidateKey(text, other);
		if (key !== own) towns.add(key);
		if (towns.size >= BRACKETED_NEIGHBOURS) return true;
	}
	return false;
}
