// "Replacements: Peel, Wilson, Thompson, Parling; Sititi, Cole": a sports page's line-up, a list of
// surnames run together by commas and semicolons. Most of its items are names the gazetteer knows no
// place by; the few that are some small town's name too (Thompson, Manitoba) are players like the rest.
// A list of places reads the other way round: most of its items are places ("Klin, Ivanovo, Saransk").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { LOCATIVE_PREPOSITIONS } from './context-words.ts';
import { isApostrophe } from './phrase-cues.ts';
import type { Token } from './tokens.ts';
import { isCommonWord, isFirstName } from './word-facts.ts';

// a line-up has this many items at least: a shorter list ("Smith, Leeds and Jones") says too little
const LIST_ITEMS = 4;
// an item is a name of this many words at most ("P Sanderson", "Van Niekerk", "Rhys Jones")
const ITEM_WORDS = 3;
// a town this big is a place even in a list of names ("Leeds"), as is a country or a region
const LISTED_TOWN = 50_000;
// "villages of A, B, C": a list a preposition opens may be of places the gazetteer lacks
const OPENERS = new Set([...LOCATIVE_PREPOSITIONS, 'of', 'and', 'including']);

function separates(gap: string): boolean {
	return gap === ', ' || gap === '; ';
}
function joinsWords(gap: string): boolean {
	return gap === ' ' || gap === '-' || isApostrophe(gap);
}

// "Leeds, York, Hull, Selby and Goole": a list of places ends in "and"; a line-up runs on to a full stop
const CLOSING_WORDS = new Set(['and', 'or']);

function placeLike(candidate: Candidate | undefined, gazetteer: Gazetteer): boolean {
	if (!candidate) return false;
	const place = gazetteer.places[candidate.places[0]!]!;
	return place.kind !== 'city' || place.population >= LISTED_TOWN;
}

// a surname the gazetteer has no place by, or one it knows as a first name or an English word
function nameLike(token: Token, candidate: Candidate | undefined, gazetteer: Gazetteer): boolean {
	return !candidate || isFirstName(token.lower, gazetteer) || isCommonWord(token.lower, gazetteer);
}

/** "villages of A, B, C": a lower-case opener before the run. */
function listOpened(opener: Token | undefined): boolean {
	return opener !== undefined && !opener.capitalized && OPENERS.has(opener.lower);
}

/** "Percy French Hotel, Ballyjamesduff; Ramor Theatre, Virginia": items named by a common noun are venues. */
function namedByCommonNoun(tokens: Token[], lastWords: number[] | null, gazetteer: Gazetteer): boolean {
	return lastWords !== null && lastWords.some((end) => isCommonWord(tokens[end]!.lower, gazetteer));
}

/**
 * The first tokens of the candidates that stand as items of a list of names: a run of four or more short
 * capitalised items separated by commas or semicolons and closed by no "and", none of several words ending
 * in a common noun, fewer than half of which name a country, a region or a large town and half or more of which
 * read as names (nameLike): "Buxton, Matlock, Bakewell, Ashbourne" is a list of towns. One pass over the tokens.
 */
export function namesListItems(tokens: Token[], candidateAt: Map<number, Candidate>, gazetteer: Gazetteer): Set<number> {
	const found = new Set<number>();
	// most texts have no three capitalised words joined by commas or semicolons: no line-up to look for
	let joins = 0;
	for (let t = 1; t < tokens.length && joins < LIST_ITEMS - 1; t++) if (tokens[t]!.capitalized && separates(tokens[t]!.gapBefore) && tokens[t - 1]!.capitalized) joins++;
	if (joins < LIST_ITEMS - 1) return found;
	let i = 0;
	while (i < tokens.length) {
		if (!tokens[i]!.capitalized) {
			i++;
			continue;
		}
		// a run of items from token i
		const starts: number[] = [];
		// the last words of the items of several words (read for a common noun only where the run is long enough)
		let lastWords: number[] | null = null;
		let at = i;
		for (;;) {
			let end = at;
			while (end + 1 < tokens.length && end - at + 1 < ITEM_WORDS && tokens[end + 1]!.capitalized && joinsWords(tokens[end + 1]!.gapBefore)) end++;
			// a longer capitalised run is some other name ("Manchester United Football Club"), not an item
			if (end + 1 < tokens.length && tokens[end + 1]!.capitalized && joinsWords(tokens[end + 1]!.gapBefore)) {
				at = end + 1;
				while (at < tokens.length && tokens[at]!.capitalized && joinsWords(tokens[at]!.gapBefore)) at++;
				break;
			}
			starts.push(at);
			if (end > at) (lastWords ??= []).push(end);
			const next = tokens[end + 1];
			if (!next || !next.capitalized || !separates(next.gapBefore)) {
				at = end + 1;
				break;
			}
			at = end + 1;
		}
		// (the length first: most runs are one name, and the words around them are then never lower-cased)
		if (starts.length >= LIST_ITEMS && !listOpened(tokens[i - 1]) && !CLOSING_WORDS.has(tokens[at]?.lower ?? '') && !namedByCommonNoun(tokens, lastWords, gazetteer)) {
			const places = starts.filter((s) => placeLike(candidateAt.get(s), gazetteer));
			const names = starts.filter((s) => nameLike(tokens[s]!, candidateAt.get(s), gazetteer));
			if (places.length * 2 < starts.length && names.length * 2 >= starts.length) for (const s of starts) if (candidateAt.has(s)) found.add(s);
		}
		i = Math.max(at, i + 1);
	}
	return found;
}
