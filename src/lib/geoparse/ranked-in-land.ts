// "the second city of Denmark", "the largest town of Montserrat", "the most populous city of Georgia": a settlement
// ranked among the others of the land after "of" (an ordinal or a superlative before the noun) leaves that name the
// land, as "the capital of Peru" does; without a rank the phrase still calls the name a town ("the ancient city of
// Troy", "the holy city of Mecca", "the town of Denmark, South Carolina").
import type { Token } from './tokens.ts';

const RANKS = new Set([
	'second', 'third', 'fourth', 'fifth', 'main', 'chief', 'principal', 'leading', 'only', 'populous',
	'largest', 'biggest', 'oldest', 'smallest', 'greatest', 'richest', 'poorest', 'busiest',
	'northernmost', 'southernmost', 'easternmost', 'westernmost'
]);
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'municipality', 'village', 'port']);

/** The settlement noun before "of" (`noun`) is ranked by the word before it (`rank`): the name after "of" is its land. */
export function rankedInLand(noun: Token, rank: Token | undefined): boolean {
	return SETTLEMENT_NOUNS.has(noun.lower) && rank !== undefined && RANKS.has(rank.lower);
}
