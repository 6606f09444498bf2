// "Replacements: Peel, Wilson, Thompson, Parling; Sititi, Cole": a sports page's line-up, a list of
// surnames run together by commas and semicolons, an item perhaps followed by its substitute and the
// minute he came on ("Sheridan (Burns 61), Arbuckle"). Most of its items are names the gazetteer knows no
// place by; the few that are some small town's name too (Thompson, Manitoba) are players like the rest.
// A list of places reads the other way round: most of its items are places ("Klin, Ivanovo, Saransk").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { COORDINATORS, LOCATIVE_PREPOSITIONS } from './context-words.ts';
import { isApostrophe } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
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

// the minute a substitute came on, in a line-up's brackets ("(Burns 61)", "(Pitman 105)")
const MINUTE = /^\d{1,3}$/;

// "Replacements: Cairns, Lloyd, Broster", "Subs not used: Hislop, Cisse": the word before the colon says the items
// are players, so a short run is a line-up, and a well-known town's name in it a surname too; so does a substitute
// in brackets with his minute ("Archibald, Scotland (Samuel 63), Brebner": a team's line-up, not a list of places)
const LINEUP_LABELS = new Set(['replacements', 'subs', 'substitutes', 'used', 'reserves']);
const LABELLED_ITEMS = 2;

function placeLike(candidate: Candidate | undefined, gazetteer: Gazetteer): boolean {
	if (!candidate) return false;
	const place = gazetteer.places[candidate.places[0]!]!;
	return place.kind !== 'city' || place.population >= LISTED_TOWN;
}

// a surname the gazetteer has no place by, or one it knows as a first name or an English word
function nameLike(token: Token, candidate: Candidate | undefined, gazetteer: Gazetteer): boolean {
	return !candidate || isFirstName(token.lower, gazetteer) || isCommonWord(token.lower, gazetteer);
}

/**
 * "Sheridan (Burns 61)": a bracketed name of one to ITEM_WORDS capitalised words and a minute right after the
 * item ending at tokens[end], closed by the bracket; the index of the minute's token, or null.
 */
function substituteAfter(tokens: Token[], end: number): number | null {
	let last = end + 1;
	if (tokens[last]?.gapBefore !== ' (' || !tokens[last]!.capitalized) return null;
	while (last - end < ITEM_WORDS && tokens[last + 1]?.capitalized && joinsWords(tokens[last + 1]!.gapBefore)) last++;
	const minute = tokens[last + 1];
	if (!minute || minute.gapBefore !== ' ' || !MINUTE.test(minute.text)) return null;
	const after = tokens[last + 2];
	return after === undefined || after.gapBefore.startsWith(')') ? last + 1 : null;
}

/** "villages of A, B, C": a lower-case opener before the run. */
function listOpened(opener: Token | undefined): boolean {
	return opener !== undefined && !opener.capitalized && OPENERS.has(opener.lower);
}

/**
 * "Percy French Hotel, Ballyjamesduff; Ramor Theatre, Virginia": items named by a common noun are venues. Not a
 * word after an apostrophe: "O'Kelly", "D'Arcy" are surnames whatever "kelly" is as a word.
 */
function namedByCommonNoun(tokens: Token[], lastWords: number[] | null, gazetteer: Gazetteer): boolean {
	return lastWords !== null && lastWords.some((end) => !isApostrophe(tokens[end]!.gapBefore) && isCommonWord(tokens[end]!.lower, gazetteer));
}

/** "Subs: …": the run from tokens[i] follows a line-up's label and its colon. */
function afterLineupLabel(tokens: Token[], i: number): boolean {
	return tokens[i]!.gapBefore === ': ' && LINEUP_LABELS.has(tokenAt(tokens, i - 1)?.lower ?? '');
}

/**
 * The first tokens of the candidates that stand as items of a list of names, each with whether a line-up's
 * label opens its list or a substitute's minute is in it (an item of several words, "Juninho Paulista", then counts by each of its words): a run of four or more short
 * capitalised items separated by commas or semicolons and closed by no "and", none of several words ending
 * in a common noun, fewer than half of which name a country, a region or a large town and half or more of which
 * read as names (nameLike): "Buxton, Matlock, Bakewell, Ashbourne" is a list of towns. One pass over the tokens.
 */
export function namesListItems(tokens: Token[], candidateAt: Map<number, Candidate>, gazetteer: Gazetteer): Map<number, boolean> {
	const found = new Map<number, boolean>();
	// most texts have no two capitalised words joined by commas or semicolons: no line-up to look for
	let joins = 0;
	for (let t = 1; t < tokens.length && joins < LABELLED_ITEMS - 1; t++) if (tokens[t]!.capitalized && separates(tokens[t]!.gapBefore) && tokenAt(tokens, t - 1)!.capitalized) joins++;
	if (joins < LABELLED_ITEMS - 1) return found;
	let i = 0;
	while (i < tokens.length) {
		if (!tokens[i]!.capitalized) {
			i++;
			continue;
		}
		// a run of items from token i
		const starts: number[] = [];
		// each item's last token, read where a label opens the run
		const ends: number[] = [];
		// the last words of the items of several words (read for a common noun only where the run is long enough)
		let lastWords: number[] | null = null;
		let substituted = false;
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
			ends.push(end);
			if (end > at) (lastWords ??= []).push(end);
			// "Sheridan (Burns 61), Arbuckle": the substitute who came on for the player, and when, is an item too
			const substitute = substituteAfter(tokens, end);
			if (substitute !== null) {
				substituted = true;
				starts.push(end + 1);
				ends.push(substitute - 1);
				end = substitute;
			}
			const next = tokens[end + 1];
			if (!next || !next.capitalized || !separates(substitute === null ? next.gapBefore : next.gapBefore.slice(1))) {
				at = end + 1;
				break;
			}
			at = end + 1;
		}
		// (the length first: most runs are one name, and the words around them are then never lower-cased)
		const labelled = afterLineupLabel(tokens, i);
		// (a substitute's minute says line-up whatever an item's last word is: "Daniel Williams", not a venue's "Hotel")
		const sure = labelled || substituted;
		if (starts.length >= (labelled ? LABELLED_ITEMS : LIST_ITEMS) && !listOpened(tokenAt(tokens, i - 1)) && !COORDINATORS.has(tokens[at]?.lower ?? '') && (substituted || !namedByCommonNoun(tokens, lastWords, gazetteer))) {
			const places = starts.filter((s) => placeLike(candidateAt.get(s), gazetteer));
			const names = starts.filter((s) => nameLike(tokens[s]!, candidateAt.get(s), gazetteer));
			// (after a label a tie goes to the players: "Subs not used: Warrington, Maloney"; not "Venues used: Leeds, York")
			if (places.length * 2 < starts.length + (labelled ? 1 : 0) && names.length * 2 >= starts.length) {
				starts.forEach((s, k) => {
					for (let t = s; t <= (sure ? ends[k]! : s); t++) if (candidateAt.has(t)) found.set(t, sure);
				});
			}
		}
		i = Math.max(at, i + 1);
	}
	return found;
}
