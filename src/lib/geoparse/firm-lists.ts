// "between Google, Microsoft and Yahoo", "Paramount, Universal and Warner Brothers said": a list of three or more
// joined by "and" or "or" whose other items are all capitalised names the recogniser reads as no place (firms, brands,
// people) lists things of their kind, and a town's name in it is one of them: the studio, not Paramount,
// California; the search firm, not Topeka (whose stunt name was "Google"). An item holding a name read as a
// place ("Paramount, Bellflower and Downey") makes the list a list of places.
import type { ResolutionReason } from '../contracts.ts';
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { byOtherNameOnly } from './by-other-name.ts';
import type { Candidate } from './candidates.ts';
import { CALENDAR_WORDS, COORDINATORS } from './context-words.ts';
import { subtitleAfterColon } from './colon-subtitles.ts';
import type { Verdict } from './judge.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { kilometres } from './qualifies.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { sportsContextAround } from './team-towns.ts';
import { capitalisedRunStart, tokenAt, type Token } from './tokens.ts';
import { NONE_NEAR, restsOn } from './weak-reasons.ts';

// where things are, not who deals with whom: "born in Paramount and Jacobstown" lists places the gazetteer may lack
const STATIC_PREPOSITIONS = new Set('in at near around outside across within inside throughout'.split(' '));
// the other items a list needs: three names listed are three things of a kind
const OTHER_ITEMS = 2;
// a town this close to another of the text's lies in the text's area
const AREA_KM = 150;
// how many items either side of the name are looked at
const ITEMS = 4;

interface Item {
	first: number;
	last: number;
}

/** The run of capitalised words, one space apart, that ends at `last` (within its sentence). */
function runEndingAt(tokens: readonly Token[], last: number): Item {
	return { first: capitalisedRunStart(tokens, last), last };
}

/** The run of capitalised words, one space apart, that starts at `first`. */
function runStartingAt(tokens: readonly Token[], first: number): Item {
	let last = first;
	while (tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ' && !tokens[last + 1]!.sentenceStart) last++;
	return { first, last };
}

const isConjunction = (token: Token | undefined): boolean => token !== undefined && COORDINATORS.has(token.text) && (token.gapBefore === ' ' || token.gapBefore === ', ');

/** The items listed with the candidate (", X" or "and X" after it, "X," or "X and" before it), and whether a conjunction joins them. */
function listedItems(candidate: Candidate, tokens: readonly Token[]): { items: Item[]; joined: boolean } {
	const items: Item[] = [];
	let joined = false;
	for (let t = candidate.last + 1, n = 0; n < ITEMS && !joined; n++) {
		const token = tokens[t];
		if (!token) break;
		let first: number;
		if (token.gapBefore === ', ' && token.capitalized && !token.sentenceStart) first = t;
		else if (isConjunction(token) && tokens[t + 1]?.capitalized && tokens[t + 1]!.gapBefore === ' ') {
			first = t + 1;
			joined = true;
		} else break;
		const item = runStartingAt(tokens, first);
		items.push(item);
		t = item.last + 1;
	}
	for (let t = candidate.first, n = 0; n < ITEMS; n++) {
		const head = tokens[t]!;
		const before = tokenAt(tokens, t - 1);
		let last: number;
		if (head.gapBefore === ', ' && before?.capitalized) last = t - 1;
		else if (head.gapBefore === ' ' && isConjunction(before) && tokenAt(tokens, t - 2)?.capitalized) {
			last = t - 2;
			joined = true;
		} else break;
		const item = runEndingAt(tokens, last);
		items.push(item);
		if (tokens[item.first]!.sentenceStart) break;
		t = item.first;
	}
	// (the list's first item, after which its preposition stands)
	const opening = Math.min(candidate.first, ...items.map((item) => item.first));
	if (STATIC_PREPOSITIONS.has(tokenAt(tokens, opening - 1)?.lower ?? '') && tokens[opening]!.gapBefore === ' ') return { items, joined: false };
	return { items, joined };
}

/**
 * Whether the candidate stands in a list joined by "and" or "or" whose other items all hold no name the
 * recogniser kept as a place (`keptAt`: the tokens of the kept candidates), one of them at least a
 * name written with a capital in mid-sentence (a sentence's first word proves nothing).
 */
export function listedAmongNonPlaces(candidate: Candidate, tokens: readonly Token[], keptAt: ReadonlySet<number>): boolean {
	// (a possessive town modifies its item, it is not one: "Coldplay, Muse and Bath's own Tears for Fears")
	if (isPossessiveMark(tokens[candidate.last + 1])) return false;
	const { items, joined } = listedItems(candidate, tokens);
	// (two names joined are often one name: "Bethnal Green and Bow", "Neath and Ospreys", "Jak and Daxter")
	if (!joined || items.length < OTHER_ITEMS) return false;
	// (a list of clubs is a list of their towns, as GeoWebNews reads a club named by its town: "Arsenal, Spurs and
	// Burnley all won", "Celtic, Hibernian and Motherwell reached the semi-finals of the league cup")
	const first = Math.min(candidate.first, ...items.map((item) => item.first));
	const last = Math.max(candidate.last, ...items.map((item) => item.last));
	if (sportsContextAround(first, last, tokens as Token[])) return false;
	let named = false;
	for (const item of items) {
		for (let t = item.first; t <= item.last; t++) if (keptAt.has(t)) return false;
		// (a sentence's first word proves nothing, nor does a day's or a month's name: "On Thursday, Sandwich and Moultonborough firefighters")
		if (CALENDAR_WORDS.has(tokens[item.first]!.lower)) continue;
		if (!tokens[item.first]!.sentenceStart || item.last > item.first) named = true;
	}
	return named;
}

/**
 * A town nothing but its size, its country or its name alone chose, small enough to be known at home only (or
 * named only by another of its names: "Google" for Topeka): what a firm's name may be.
 */
export function weakTownReading(mention: AcceptedMention, place: GazetteerPlace, reasons: readonly ResolutionReason[], gazetteer: Gazetteer): boolean {
	if (place.kind !== 'city' || mention.usage !== 'literal' || !restsOn(reasons, NONE_NEAR)) return false;
	return (place.population < KNOWN_ABROAD && !isCapital(place)) || byOtherNameOnly(mention, place, gazetteer);
}

/**
 * Whether another town of the text lies near the listed one: a list of villages the gazetteer lacks ("Osakis,
 * Garfield and Carlos are small towns", "Bulape, Mweka and Mushenge health zones") lies in the text's area; a
 * firm's namesake town lies anywhere.
 */
function townNearOthers(listed: Resolution, resolutions: readonly Resolution[]): boolean {
	return resolutions.some((other) => other.place.kind === 'city' && other.mention.key !== listed.mention.key && kilometres(other.place, listed.place) <= AREA_KM);
}

/** townNearOthers asked once for each name and place: a text that lists the same town again is not scanned again. */
function townNearOthersOnce(resolutions: readonly Resolution[]): (listed: Resolution) => boolean {
	const answers = new Map<GazetteerPlace, Map<string, boolean>>();
	return (listed) => {
		let byKey = answers.get(listed.place);
		if (!byKey) answers.set(listed.place, (byKey = new Map()));
		let answer = byKey.get(listed.mention.key);
		if (answer === undefined) byKey.set(listed.mention.key, (answer = townNearOthers(listed, resolutions)));
		return answer;
	};
}

/** The tokens of the names the recogniser kept ("Isle of Wight": all three). */
function keptTokens(candidates: readonly Candidate[], verdicts: readonly Verdict[]): Set<number> {
	const kept = new Set<number>();
	candidates.forEach((candidate, i) => {
		if (verdicts[i]!.keep) for (let t = candidate.first; t <= candidate.last; t++) kept.add(t);
	});
	return kept;
}

/**
 * The keys of the names the text lists among non-places (listedAmongNonPlaces) or writes as a work's subtitle
 * ("GTA: San Andreas", colon-subtitles.ts) where they are weakly read towns: each of its weak readings is that thing.
 */
export function namesReadAsThings(resolutions: readonly Resolution[], candidates: readonly Candidate[], verdicts: readonly Verdict[], tokens: readonly Token[], gazetteer: Gazetteer): Set<string> {
	const found = new Set<string>();
	let keptAt: Set<number> | null = null;
	const nearOthers = townNearOthersOnce(resolutions);
	for (const result of resolutions) {
		if (found.has(result.mention.key) || !weakTownReading(result.mention, result.place, result.reasons, gazetteer)) continue;
		keptAt ??= keptTokens(candidates, verdicts);
		if (subtitleAfterColon(result.mention.candidate, tokens) || (listedAmongNonPlaces(result.mention.candidate, tokens, keptAt) && !nearOthers(result))) found.add(result.mention.key);
	}
	return found;
}
