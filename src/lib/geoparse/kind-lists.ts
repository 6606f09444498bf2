// "carmakers such as Vexa, Toyota and Ordo", "artists like Ashanti and Brandy": the items of a list that a
// plural noun for firms or people opens with "such as", "like" or "including" are firms or people, whatever
// towns or regions bear their names. A list of places says so by its own noun ("countries such as",
// "markets like", "cities including"); a noun not known here leaves the list alone, as do clubs and teams,
// which the news names after their towns. A state lends, buys and plays a part as a firm does ("lenders such
// as China", "big players like India"), so a list of firms drops only towns; no state is a singer or an actor.
import type { Gazetteer } from '../gazetteer/types.ts';
import { readsAsStateOrRegion } from './candidate-neighbours.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { isApostrophe } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isVerbAfterName } from './verb-after.ts';

// plural nouns for firms, and for what a state may be too (a word in "-makers" too: "carmakers", "chipmakers", "handset makers")
const FIRM_KINDS = new Set('firms companies corporations brands manufacturers retailers banks insurers lenders airlines broadcasters publishers labels studios services providers players'.split(' '));
// plural nouns for people
const PERSON_KINDS = new Set('artists singers bands musicians stars actors actresses authors writers celebrities'.split(' '));
type ListKind = 'firm' | 'person' | null;
// the words right before an item: an opener, or the "and"/"or" before the last item
const LIST_WORDS_BEFORE = new Set(['as', 'like', 'including', 'and', 'or']);
// how many items before the name the list is read back over
const ITEMS_BACK = 8;
// how many words an item may run to
const ITEM_WORDS = 4;
// the last words of a firm's name that end no place's ("General Motors", "Matsuda Electric"; not "Bank", which
// ends the West Bank's, nor "Lines", "Capital" or "Energy")
const FIRM_ENDINGS = new Set('inc corp corporation ltd llc plc motors airlines airways holdings industries electric electronics pharmaceuticals technologies computers software telecom'.split(' '));

function joinsItemWords(gap: string): boolean {
	return gap === ' ' || gap === '-' || isApostrophe(gap);
}

/** The first token of the item that ends at `last`: capitalised words (and an "'s") joined without a comma, or -1. */
function itemStart(tokens: readonly Token[], last: number): number {
	let first = last;
	if (!tokens[first]?.capitalized) return -1;
	while (first > last - ITEM_WORDS && joinsItemWords(tokens[first]!.gapBefore) && (tokenAt(tokens, first - 1)?.capitalized || tokenAt(tokens, first - 1)?.text === 's')) first--;
	return first;
}

/** Whether the lower-case word opens a list of firms ("carmakers", "firms", "makers") or of people ("artists"). */
function firmOrPersonKind(token: Token | undefined): ListKind {
	if (token === undefined || token.capitalized) return null;
	if (FIRM_KINDS.has(token.text) || token.text.endsWith('makers')) return 'firm';
	return PERSON_KINDS.has(token.text) ? 'person' : null;
}

/** The opener before the list's first item at `first`: "such as", "like", "including" after a firm's or a person's kind. */
function openedByFirmOrPersonKind(tokens: readonly Token[], first: number): ListKind {
	const opener = tokenAt(tokens, first - 1);
	if (!opener || tokens[first]!.gapBefore !== ' ') return null;
	let head = first - 2;
	if (opener.text === 'as' && opener.gapBefore === ' ' && tokenAt(tokens, first - 2)?.text === 'such') head = first - 3;
	else if (opener.text !== 'like' && opener.text !== 'including') return null;
	// ("carmakers such as", "carmakers, including")
	const gap = tokens[head + 1]!.gapBefore;
	return gap === ' ' || gap === ', ' ? firmOrPersonKind(tokens[head]) : null;
}

/**
 * The item that holds the name ends where the list goes on or the clause does ("…, Thomson and Ordo are",
 * "Ordo amongst others"), not before a lower-case noun the name modifies ("co-stars including Japanese pop
 * stars") nor a possessive ("firms such as Japan's Sony": the owner of an item, not one).
 */
function itemEndsAfter(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	let last = candidate.last;
	while (last < candidate.last + ITEM_WORDS && tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ') last++;
	const next = tokens[last + 1];
	if (next === undefined || (next.gapBefore !== ' ' && !isApostrophe(next.gapBefore))) return true;
	if (next.capitalized || isApostrophe(next.gapBefore)) return false;
	return FUNCTION_WORDS.has(next.lower) || isVerbAfterName(next, gazetteer);
}

/**
 * The name is an item of a list of firms or people (see above): reading back from it over items apart by
 * commas to the opener. "And" or "or" may stand only right before the name's own item — the list ends with
 * it ("players like A, B and C, England …": England is after the list).
 */
export function itemOfFirmOrPersonList(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	let first = itemStart(tokens, candidate.last);
	if (first < 0 || first > candidate.first) return false;
	// (the cheap exit first: most names stand after no list's opener, comma or "and")
	const before = tokenAt(tokens, first - 1);
	if (!before || (tokens[first]!.gapBefore !== ', ' && !LIST_WORDS_BEFORE.has(before.text))) return false;
	if (!itemEndsAfter(candidate, tokens, gazetteer)) return false;
	for (let items = 0; items < ITEMS_BACK; items++) {
		const kind = openedByFirmOrPersonKind(tokens, first);
		// (a list of firms holds states too: "lenders such as China")
		if (kind !== null) return kind === 'person' || !readsAsStateOrRegion(candidate, gazetteer);
		const before = tokenAt(tokens, first - 1);
		let last: number;
		if (items === 0 && before !== undefined && (before.text === 'and' || before.text === 'or') && tokens[first]!.gapBefore === ' ') {
			// ("A, B and C" or "A, B, and C")
			const gap = before.gapBefore;
			if (gap !== ' ' && gap !== ', ') return false;
			last = first - 2;
		} else if (tokens[first]!.gapBefore === ', ') last = first - 1;
		else return false;
		first = itemStart(tokens, last);
		if (first < 0) return false;
		// "Yamaha, General Motors and Tayoda": an earlier item named as a firm ("… Motors", "… Corp") makes a list of firms
		if (last > first && FIRM_ENDINGS.has(tokens[last]!.lower)) return !readsAsStateOrRegion(candidate, gazetteer);
	}
	return false;
}

/**
 * "Hitachi and Matsuda Electric are joining forces": the name paired by "and" with a firm named as one (its last
 * word a firm's: FIRM_ENDINGS), the pair the subject of a verb, is a firm too; not after a
 * function word ("talks between Detroit and General Motors": a city's government may deal with a firm) nor
 * before a noun ("Atlanta and Delta Air Lines hubs").
 */
export function pairedWithFirm(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && FUNCTION_WORDS.has(before.lower)) return false;
	const and = tokens[candidate.last + 1];
	if (!and || and.text !== 'and' || and.gapBefore !== ' ' || tokens[candidate.last + 2]?.gapBefore !== ' ') return false;
	let last = candidate.last + 2;
	if (!tokens[last]!.capitalized) return false;
	while (last < candidate.last + 1 + ITEM_WORDS && tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ') last++;
	const next = tokens[last + 1];
	if (!next || !isVerbAfterName(next, gazetteer)) return false;
	return last > candidate.last + 2 && FIRM_ENDINGS.has(tokens[last]!.lower) && !readsAsStateOrRegion(candidate, gazetteer);
}
