// "the Santa Fe railway", "the Seminole Gulf Railway", "the Dakota, Minnesota and Eastern Railroad": a
// railway named after places runs far beyond them, and a text naming it speaks of the company or the
// line, not of the towns (Santa Fe, New Mexico; Seminole, Florida; Dakota, Minnesota). Each name of such a
// railway's name is a word of that name (judge.ts reads it as embedded). The name ends with the railway's
// word: "the Manchester railway station", "the Ashland Railroad Museum", "the Chicago railroad workers" are
// in the town, and a lower-case "railway" names a railway only after "the" ("a Chicago railroad" may be one
// of the town's).
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';

const RAIL_WORDS = new Set(['railway', 'railroad', 'railways', 'railroads']);
// a word after the railway's that makes it a company's name still
const COMPANY_WORDS = new Set(['company', 'co', 'corporation', 'system', 'line', 'lines']);
// nouns after the railway's word that head the phrase: a thing of the railway in the town
const HEAD_NOUNS = new Set(['station', 'stations', 'depot', 'depots', 'yard', 'yards', 'museum', 'bridge', 'tunnel', 'crossing', 'terminal', 'hub', 'junction', 'workshops', 'works', 'workers', 'town', 'city']);
// the most name words and list items between the place's name and the railway's word
const MAX_WORDS = 8;

/** Whether the token ends a railway's name: no capitalised word (but a company's) nor a noun of HEAD_NOUNS after it. */
function endsName(tokens: readonly Token[], at: number): boolean {
	const next = tokens[at + 1];
	if (!next || next.gapBefore !== ' ' || COMPANY_WORDS.has(next.lower)) return true;
	return !next.capitalized && !HEAD_NOUNS.has(next.lower);
}

/** Whether the candidate stands in a railway's name that ends with the railway's word (see above). */
export function inRailwayName(candidate: Candidate, tokens: readonly Token[]): boolean {
	for (let at = candidate.last + 1; at <= candidate.last + MAX_WORDS && at < tokens.length; at++) {
		const token = tokens[at]!;
		const gap = token.gapBefore;
		if (RAIL_WORDS.has(token.lower) && gap === ' ') {
			if (!endsName(tokens, at)) return false;
			// a lower-case "railway" only right after the name, which "the" opens
			return token.capitalized || (at === candidate.last + 1 && tokenAt(tokens, candidate.first - 1)?.lower === 'the');
		}
		// the railway's name goes on: a capitalised word ("Gulf", "Eastern"), a list's comma, "and" or "&"
		const goesOn = token.capitalized && !token.sentenceStart && (gap === ' ' || gap === ', ' || gap === ' & ');
		if (!goesOn && !(token.lower === 'and' && gap === ' ')) return false;
	}
	return false;
}
