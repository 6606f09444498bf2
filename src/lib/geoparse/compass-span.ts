// "South Florida", "Western US", "Northern Europe", "East Yorkshire": a compass word capitalised right
// before a place's name is a word of the toponym (the part of the place it names), so the toponym's
// span starts there. The place is the same: the gazetteer rarely has the part ("East Yorkshire" is
// Yorkshire), and a part it has ("North Carolina", "West Bank") is one candidate already. GeoWebNews
// marks such spans whole, every time (135 of 135 of its toponyms after a capitalised position word).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { EVERYDAY_WORD } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';

export const COMPASS_WORDS: ReadonlySet<string> = new Set(
	'north south east west northern southern eastern western central northeast northwest southeast southwest northeastern northwestern southeastern southwestern'.split(' ')
);

/** The offset where the toponym starts when a capitalised compass word stands right before the candidate, else null. */
export function compassStart(candidate: Candidate, tokens: Token[]): number | null {
	const word = tokenAt(tokens, candidate.first - 1);
	if (!word || tokens[candidate.first]!.gapBefore !== ' ' || !word.capitalized || !COMPASS_WORDS.has(word.lower)) return null;
	return word.start;
}

/** Whether every word of the candidate is a compass word ("North West", "South East"). */
export function compassWordsOnly(candidate: Candidate, tokens: Token[]): boolean {
	for (let t = candidate.first; t <= candidate.last; t++) if (!COMPASS_WORDS.has(tokens[t]!.lower)) return false;
	return true;
}

// "Lower Carniola", "Upper Lusatia", "the Upper Sava Valley": the lie of the land or the course of a river names a
// part of the place as a compass word does; only capitalised ("the lower Mekong" is a stretch, not a name)
const PART_WORDS: ReadonlySet<string> = new Set(['upper', 'lower']);

/**
 * The offset where the toponym starts when a capitalised Upper or Lower stands right before the candidate, else
 * null. Not before a country's name: "Upper Canada" was a province of its own, no part of the country read.
 */
export function partWordStart(candidate: Candidate, place: GazetteerPlace, tokens: readonly Token[]): number | null {
	const word = tokenAt(tokens, candidate.first - 1);
	if (!word || place.kind === 'country' || tokens[candidate.first]!.gapBefore !== ' ' || !word.capitalized || !PART_WORDS.has(word.lower)) return null;
	return word.start;
}

/**
 * "the Northern Rivers region", "the Western Isles": a compass word before an everyday English word
 * makes a name of its own that the gazetteer lacks, not a part of the place that bears the word alone
 * (Rivers State, Nigeria).
 */
export function compassNamesItsOwn(candidate: Candidate, tokens: Token[], commonWords: ReadonlyMap<string, number>): boolean {
	if (candidate.first !== candidate.last || compassStart(candidate, tokens) === null) return false;
	const word = tokens[candidate.first]!.lower;
	// a plural is read by its singular ("rivers": SUBTLEX counts it mostly as a surname)
	const singular = word.endsWith('s') ? word.slice(0, -1) : word;
	return Math.max(commonWords.get(word) ?? 0, commonWords.get(singular) ?? 0) >= EVERYDAY_WORD;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** "12 km north-west of Falun", "south of Lampeter": a direction from the name places it, as "near" does. */
export function directionFrom(candidate: Candidate, tokens: Token[]): boolean {
	const of = tokenAt(tokens, candidate.first - 1);
	const direction = tokenAt(tokens, candidate.first - 2);
	return !!of && !!direction && of.text === 'of' && of.gapBefore === ' ' && tokens[candidate.first]!.gapBefore === ' ' && !direction.capitalized && DIRECTIONS.has(direction.lower);
}

/**
 * "south-east Asia", "southern Africa", "eastern Europe": the first of the lower-case compass words (one, or
 * two joined by a hyphen) right before a name, where news writes a quarter of a continent in lower case.
 */
export function lowerCompassBefore(candidate: Candidate, tokens: Token[]): number | null {
	const word = tokenAt(tokens, candidate.first - 1);
	if (!word || tokens[candidate.first]!.gapBefore !== ' ' || word.capitalized || !COMPASS_WORDS.has(word.text)) return null;
	const before = tokenAt(tokens, candidate.first - 2);
	return before && word.gapBefore === '-' && !before.capitalized && COMPASS_WORDS.has(before.text) ? candidate.first - 2 : candidate.first - 1;
}

/**
 * "the North East of Kenya", "Nigeria's South West", "the North West Frontier Province": compass words alone that
 * name a part of another land (the land after "of", a possessive owner before them) or open a longer name (a
 * capitalised word after them) are no region of their own, whatever country the text names elsewhere; "the North
 * East of Ghana" and "Fiji's Western Division" keep that country's region, where the land is the country itself ("the North
 * East of Scotland" is no English region). `countriesOf` gives the countries a candidate names as a country.
 */
export function compassPartOfOther(candidate: Candidate, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>, country: string, countriesOf: (other: Candidate) => readonly (string | null)[]): boolean {
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === ' ' && next.capitalized) return true;
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && before.text === 's' && (before.gapBefore === "'" || before.gapBefore === '’')) return !ownedByCountry(candidate.first - 2, candidateAt, country, countriesOf);
	if (!next || next.text !== 'of') return false;
	const land = candidateAt.get(candidate.last + 2);
	return land !== undefined && !countriesOf(land).includes(country);
}

/** Whether the name ending at token `last` ("Fiji" of "Fiji's Western Division") has a place in the country. */
function ownedByCountry(last: number, candidateAt: ReadonlyMap<number, Candidate>, country: string, countriesOf: (other: Candidate) => readonly (string | null)[]): boolean {
	for (let first = last; first >= 0 && first > last - 5; first--) {
		const owner = candidateAt.get(first);
		if (owner && owner.last === last) return countriesOf(owner).includes(country);
	}
	return false;
}

/**
 * "the English-speaking North-West and South-West regions … Douala, Garoua": compass-named regions abroad that only
 * each other place in their country (the text's other places all lie in other countries) are no region of that
 * country: they lie in the land the text is about, which the gazetteer may lack them in. `isCompass` says whether a
 * resolution is of such a name.
 */
export function placedByCompassNamesAlone<R extends { place: GazetteerPlace }>(place: GazetteerPlace, resolutions: readonly R[], isCompass: (r: R) => boolean): boolean {
	let elsewhere = false;
	for (const r of resolutions) {
		if (r.place === place || !r.place.country || isCompass(r)) continue;
		if (r.place.country === place.country) return false;
		elsewhere = true;
	}
	return elsewhere;
}
