// The kind of place a mention's own words ask for: "the Washington county courthouse" a district,
// "the Kagera region" or "fires in eastern Washington" a region. Read once per ambiguous mention.
import type { Gazetteer } from '../gazetteer/types.ts';
import { afterQuarterWord, capitalsOwnRegion, divisionWordKey, kindCue, type KindCue } from './document-cues.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';
import type { Token } from './tokens.ts';

const GIVEN_DISTRICT_NOUNS = new Set(['county', 'parish']);

/** "washington county courthouse": a given span that stops short of the county's name ("county", "parish") */
export function districtNounAfter(mention: AcceptedMention, tokens: Token[]): string | null {
	const next = tokens[mention.candidate.last + 1];
	return mention.why === 'given' && next && next.gapBefore === ' ' && !next.capitalized && GIVEN_DISTRICT_NOUNS.has(next.text) ? next.text : null;
}

/** "Nakuru County", "the Kagera region": the name key of the division the word after a name names */
export function divisionKeyOf(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): string | null {
	return mention.candidate.via === 'name' ? divisionWordKey(mention.candidate, tokens, mention.surface, gazetteer) : null;
}

export function mentionCue(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): KindCue | null {
	const cue = mention.candidate.via === 'name' ? kindCue(mention.candidate, tokens) : null;
	if (cue) return cue;
	if (districtNounAfter(mention, tokens)) return 'district';
	if (divisionKeyOf(mention, tokens, gazetteer)) return 'region';
	// "fires in eastern Washington": the state, where the bare name is a city's (a country stays the country)
	if (!afterQuarterWord(mention.candidate, tokens)) return null;
	const best = bestReading(mention, gazetteer);
	// "central Beirut": a quarter of the capital where the region of its name is the capital's own (Beirut Governorate)
	return best.kind === 'city' && !capitalsOwnRegion(mention.surface, best, gazetteer) ? 'region' : null;
}
