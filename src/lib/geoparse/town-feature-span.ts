// "Lake Nakuru", "Mount Batur", "Old Cairo": a lake, a mountain or an old quarter named after a town, where the gazetteer lacks the whole
// name (it would have read it as one candidate), is a place of its own at the town, not the town itself: the
// toponym's span starts at the capitalised word, as a compass word's does ("South Florida", compass-span.ts),
// and the place stays the town's (the lake lies by it, the quarter in it).
import type { Candidate } from './candidates.ts';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';

// the word before a town's name that makes a lake of it; and the words that make a quarter of a city ("Old Delhi"
// and "Old Havana" the gazetteer has whole): English "Old", and the Dutch, Afrikaans and German "small" and
// "great" of a suburb or a neighbour named for the town ("Klein Windhoek", "Groot Brakrivier", "Klein Flottbek")
const LAKE_WORD = 'lake';
const MOUNT_WORD = 'mount';
const QUARTER_WORDS = new Set(['old', 'klein', 'groot', 'groß', 'gross']);

/** The offset where the toponym starts when "Lake", "Mount", "Old" or "Klein"/"Groot" stands capitalised right before a town's name, else null. */
export function townFeatureStart(candidate: Candidate, place: GazetteerPlace, tokens: readonly Token[]): number | null {
	const word = tokenAt(tokens, candidate.first - 1);
	if (!word || tokens[candidate.first]!.gapBefore !== ' ' || !word.capitalized || word.allCaps) return null;
	// (a region's lake too, "Lake Issyk-Kul"; never a country's: "Lake Chad" the gazetteer has whole)
	if (word.lower === LAKE_WORD && (place.kind === 'city' || place.kind === 'region')) return word.start;
	// "Mount Huangshan", "Mount Roraima", "Mount Cameroon": a mountain named after the town or the land it rises in
	if (word.lower === MOUNT_WORD && place.kind !== 'water' && place.kind !== 'continent') return word.start;
	// (not a surname after a given name: "Naomi Klein Toronto" is no quarter)
	if (QUARTER_WORDS.has(word.lower) && place.kind === 'city' && !afterGivenName(word, tokens, candidate.first - 1)) return word.start;
	return null;
}

/** Whether the word follows a capitalised word across a space alone, not "In" or "The": the surname of a person's name. */
function afterGivenName(word: Token, tokens: readonly Token[], at: number): boolean {
	const before = tokenAt(tokens, at - 1);
	return !!before && before.capitalized && word.gapBefore === ' ' && !FUNCTION_WORDS.has(before.lower);
}
