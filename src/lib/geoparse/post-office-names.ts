// Names only post offices bear (one-word ZIP towns, no population: candidates.ts reads them in running text).
// Many are surnames ("Sheriff Dale X", "the ruling in X's favor"), so such a name is a place only where the
// text itself sets it down as one, and never in a text that also uses it as a person's name.
import { isUnsizedTown, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { PERSON_TITLES } from './context-words.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { LISTED_PLACE } from './place-readings.ts';
import type { AcceptedMention } from './resolve.ts';
import type { ResolutionReason } from '../contracts.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';
import { townAsResidentAdjective } from './resident-adjective.ts';
import { AnchorIndex } from './anchors.ts';
import { kilometres } from './qualifies.ts';

// prepositions that set a place down; "to", "from", "by" and "with" take persons as readily as towns
const PLACING_PREPOSITIONS = new Set(['in', 'near', 'outside', 'of', 'between']);

/** The candidate names only towns known by a post office's name. */
export function postOfficeOnly(candidate: Candidate, gazetteer: Gazetteer): boolean {
	return candidate.places.every((k) => isUnsizedTown(gazetteer.places[k]!));
}

// how far back a list of names before the name is followed to its preposition ("in A, B and X")
const LIST_REACH = 6;

/** "in X", "near X", "in A and X" (not "in X's favor"): the preposition before the name, or before the list it ends, places it. */
function placedByPreposition(candidate: Candidate, tokens: Token[]): boolean {
	if (isPossessiveMark(tokens[candidate.last + 1])) return false;
	for (let i = candidate.first - 1; i >= 0 && i >= candidate.first - LIST_REACH; i--) {
		const token = tokens[i]!;
		if (PLACING_PREPOSITIONS.has(token.lower)) return true;
		if (!(token.capitalized && !token.sentenceStart) && token.lower !== 'and' && token.lower !== 'or') return false;
	}
	return false;
}

/** "Sheriff X", "Dale X", "X's favor": the text uses the name as a person's. */
function usedAsPerson(at: number, tokens: Token[], gazetteer: Gazetteer): boolean {
	const before = tokenAt(tokens, at - 1);
	if (before && (PERSON_TITLES.has(before.lower) || (before.capitalized && isFirstName(before.lower, gazetteer)))) return true;
	return isPossessiveMark(tokens[at + 1]) && !tokens[at + 2]?.capitalized;
}

// what sets such a name down as a place by itself: a qualifier ("X, Mont."), a parent, a list, a population
const PLACING_REASONS: ReadonlySet<ResolutionReason> = new Set(['qualified', 'named-parent', 'list-context', 'stated-population']);

// "Lubec and Eastport, which share a coach": a town of the text this close to the post office's says the story is
// about its area (a town, not a county or a state: those lie around many post offices of surnames)
const NEIGHBOUR_KM = 30;
// the most of the text's towns asked about (a long text's first ones)
const TOWNS_ASKED = 200;

interface Reading {
	mention: AcceptedMention;
	reasons: readonly ResolutionReason[];
	place: GazetteerPlace;
}

/**
 * The post-office-only names (lower case) the text places at least once and never uses as a person's: only
 * these are read, and then at every mention ("in X … X's mayor"); "to X", "from X" and a mere recurrence
 * do not place a name by themselves, but another of the text's towns within 30 km of the one read does.
 */
export function placedPostOfficeNames(readings: readonly Reading[], tokens: Token[], gazetteer: Gazetteer): Set<string> {
	const placed = new Set<string>();
	let towns: AnchorIndex | null = null;
	for (let k = 0; k < readings.length; k++) {
		const { mention, reasons, place } = readings[k]!;
		const { candidate } = mention;
		if (!postOfficeOnly(candidate, gazetteer)) continue;
		// ("a 34-year-old X man": the person's town, resident-adjective.ts)
		if (placedByPreposition(candidate, tokens) || townAsResidentAdjective(tokens, candidate.first, candidate.last) || mention.why === LISTED_PLACE || reasons.some((r) => PLACING_REASONS.has(r))) placed.add(mention.surface.toLowerCase());
		else if ((towns ??= new AnchorIndex(sizedTownsRead(readings))).hasNear(place, NEIGHBOUR_KM) || hyphenedOntoNeighbour(readings, k, tokens)) placed.add(mention.surface.toLowerCase());
	}
	// every use of the name counts, read as a place or not ("Sheriff Dale X" is no candidate at all)
	if (placed.size > 0) for (let i = 0; i < tokens.length; i++) if (placed.has(tokens[i]!.lower) && usedAsPerson(i, tokens, gazetteer)) placed.delete(tokens[i]!.lower);
	return placed;
}

/**
 * "Dutton-Brady edged Power": the name hyphened right onto the next or the last reading, a town within 30 km of its
 * own (a co-op's or a district's towns, hyphened-towns.ts), post office or not.
 */
function hyphenedOntoNeighbour(readings: readonly Reading[], k: number, tokens: readonly Token[]): boolean {
	const { candidate } = readings[k]!.mention;
	const next = readings[k + 1];
	if (next && next.mention.candidate.first === candidate.last + 1 && tokens[candidate.last + 1]!.gapBefore === '-' && kilometres(next.place, readings[k]!.place) <= NEIGHBOUR_KM) return true;
	const last = readings[k - 1];
	return last !== undefined && last.mention.candidate.last === candidate.first - 1 && tokens[candidate.first]!.gapBefore === '-' && kilometres(last.place, readings[k]!.place) <= NEIGHBOUR_KM;
}

/** The distinct towns of known size the text's names were read as (literal mentions, at most TOWNS_ASKED). */
function sizedTownsRead(readings: readonly Reading[]): Set<GazetteerPlace> {
	const towns = new Set<GazetteerPlace>();
	for (const { mention, place } of readings) {
		if (towns.size >= TOWNS_ASKED) break;
		if (mention.usage === 'literal' && place.kind === 'city' && !isUnsizedTown(place)) towns.add(place);
	}
	return towns;
}

// the words before a name that set it down as a location
const SITE_AS_TOWN_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'between']);

/**
 * "wheat at $5.35 at Kremlin and Hillsdale": a famous site's name written bare where a town's would be, after a
 * preposition of place or as an item of a list of names, may be a post office of the name (resolve.ts anchorOf).
 * Not the site's own uses: "the Kremlin said", "Kremlin policy drove prices up", "Kremlin officials".
 */
export function siteWrittenAsTown(candidate: Candidate, tokens: readonly Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	if (before && !before.capitalized && SITE_AS_TOWN_BEFORE.has(before.text)) return true;
	const after = tokens[candidate.last + 1];
	const gapBefore = tokens[candidate.first]!.gapBefore;
	// an item of a list: "Kremlin and Hillsdale", "Lahoma, Kremlin", "Drummond and Kremlin"
	if (after && ((after.gapBefore === ' ' && (after.text === 'and' || after.text === 'or')) || (after.gapBefore === ', ' && after.capitalized))) return true;
	return before !== undefined && ((gapBefore === ' ' && (before.text === 'and' || before.text === 'or')) || (gapBefore === ', ' && before.capitalized));
}
