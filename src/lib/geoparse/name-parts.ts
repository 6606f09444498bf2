// A country's name or demonym as a word of a longer name that is no place the gazetteer has, as the history
// sections of articles about small places write them: "the Viceroyalty of New Spain" (no Spain), "Indian
// Territory" (no India), "the Turkey River" (no Türkiye), "Mali Ston" (a Croatian village, no Mali), "Austria-Hungary"
// (a union, neither country), and a
// creek's name that is only an old name of a town elsewhere ("Duck Creek" for Garland, Texas). General
// forms only: no list of the names.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { CALENDAR_WORDS, INDEFINITE_ARTICLES, VERBS_AFTER_COLONY } from './context-words.ts';
import { nameRightBefore } from './name-before.ts';
import { commonness, isCommonWord } from './word-facts.ts';

// capitalised heads that make a proper name of a feature or a territory out of the word before them
// (not "Lake": "China Lake" lies in China, Maine, the town the gazetteer reads there)
const FEATURE_OR_TERRITORY_HEADS = new Set(['river', 'creek', 'brook', 'bayou', 'mountains', 'hills', 'canyon', 'territory', 'territories']);
// ... and, after a demonym, the singular heads of one feature's name ("French Mountain", "Indian Valley", "English
// Bay"): a people's adjective names no country there (the plural "the Greek Islands" still says whose islands they are)
const DEMONYM_FEATURE_HEADS = new Set(['mountain', 'hill', 'valley', 'bay', 'island', 'lake', 'peak', 'point', 'cove', 'harbour', 'harbor']);
// heads of a stream's name ("Duck Creek", "Plum Run")
const STREAM_HEADS = new Set(['creek', 'brook', 'run', 'bayou', 'river', 'fork', 'branch']);
// a town this big next to a country's name is known by itself, and the two are a list ("Mali Bamako")
const SMALL_TOWN = 100_000;

/**
 * "New Spain", "New France", "New Sweden": a country's name right after a capitalised "New" names a colony
 * the gazetteer lacks (it has the names that are places today: New Zealand, New Mexico, New Caledonia).
 */
function newBeforeCountry(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	return before?.text === 'New' && tokens[candidate.first]!.gapBefore === ' ';
}

/** Words that place "New X" as a name: "in New Galicia", "of New Castile". */
const WORDS_BEFORE_COLONY = new Set(['in', 'of', 'from', 'to', 'into', 'across', 'throughout', 'within', 'through']);

/**
 * "New" before a region names a colony only where "New X" stands as a name: after "in"/"of", before punctuation
 * or a verb. Before other words "New" is the adjective of a noun phrase ("New Texas laws", "New Ohio Rules").
 */
function colonyNameHere(candidate: Candidate, tokens: Token[]): boolean {
	const newWord = tokenAt(tokens, candidate.first - 1)!;
	const before = tokenAt(tokens, candidate.first - 2);
	if (before && newWord.gapBefore === ' ' && WORDS_BEFORE_COLONY.has(before.text)) return true;
	const after = tokens[candidate.last + 1];
	return !after || after.gapBefore.trim() !== '' || VERBS_AFTER_COLONY.has(after.text);
}

/** "Indian Territory", "the Turkey River": a capitalised feature's or territory's head right after the name. */
function featureHeadAfter(candidate: Candidate, tokens: Token[], heads: ReadonlySet<string> = FEATURE_OR_TERRITORY_HEADS): boolean {
	const next = tokens[candidate.last + 1];
	return !!next && next.gapBefore === ' ' && next.capitalized && !next.allCaps && heads.has(next.lower);
}

/**
 * "French Mountain", "Indian Island": a demonym before the capitalised head of one feature's name, where the head ends
 * the name; not where a capitalised word goes on ("the Swiss Lake Geneva shore", a title-cased headline: "Greek Island
 * Wildfires Force Evacuations"), "of" qualifies it ("the Greek Island of Rhodes"), a common word after "the ... Island"
 * makes it a noun's modifier ("the Japanese Island nation"), or an article makes it a common noun ("a Greek Island").
 */
function featureNamedByDemonym(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	if (!featureHeadAfter(candidate, tokens, DEMONYM_FEATURE_HEADS)) return false;
	const before = tokenAt(tokens, candidate.first - 1)?.lower ?? '';
	const after = tokens[candidate.last + 2];
	if (after?.gapBefore === ' ' && /^\p{L}+$/u.test(after.text)) {
		if (after.capitalized || after.text === 'of') return false;
		if (before === 'the' && isCommonWord(after.text, gazetteer)) return false;
	}
	// ("a Greek Island": an article makes the head a common noun)
	return !INDEFINITE_ARTICLES.has(before);
}

/**
 * "Mali Ston", "Veliki Tabor": a country's one-word name right before a small town's of another country, with
 * one space between, is the first word of that town's longer name ("small" in South Slavic), not a list.
 */
function beforeTownAbroad(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer, candidateAt: Map<number, Candidate>): boolean {
	if (candidate.first !== candidate.last) return false;
	const town = candidateAt.get(candidate.last + 1);
	if (!town || tokens[town.first]!.gapBefore !== ' ' || town.via !== 'name') return false;
	// ("Moscow, Russia Thursday", "India Gaming", "Azerbaijan Mine Action Agency": an English word, not a town)
	const word = tokens[town.first]!.lower;
	if (commonness(word, gazetteer) > 0 || CALENDAR_WORDS.has(word)) return false;
	const country = gazetteer.places[candidate.places[0]!]!.country;
	const place = gazetteer.places[town.places[0]!]!;
	return place.kind === 'city' && place.population < SMALL_TOWN && place.country !== country;
}

// what may follow a union's name that ends its phrase: "part of Austria-Hungary until 1918", "in Austria-Hungary."
const UNION_ENDS = /^\s*[,.;:)]/;
const WORDS_AFTER_UNION = new Set(['and', 'or', 'in', 'until', 'till', 'from', 'to', 'after', 'before', 'was', 'were', 'had', 'which', 'where', 'when']);

function countryAt(candidate: Candidate | undefined, gazetteer: Gazetteer): boolean {
	return !!candidate && candidate.via === 'name' && gazetteer.places[candidate.places[0]!]!.kind === 'country';
}

/**
 * "a crown land of Austria-Hungary until 1918": two countries' names joined by a hyphen into a name that ends
 * its phrase name a union of them, no one place; before a noun they are the two ("the Russia-Ukraine war",
 * "an Armenia-Italy forum").
 */
function unionOfCountries(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer, candidateAt: Map<number, Candidate>): boolean {
	const next = tokens[candidate.last + 1];
	let last = candidate.last;
	if (next?.gapBefore === '-' && countryAt(candidateAt.get(candidate.last + 1), gazetteer)) last = candidateAt.get(candidate.last + 1)!.last;
	else if (tokens[candidate.first]!.gapBefore !== '-' || !countryAt(candidateAt.get(unionStart(candidate, candidateAt)), gazetteer)) return false;
	const after = tokens[last + 1];
	return !after || UNION_ENDS.test(after.gapBefore) || (after.gapBefore === ' ' && WORDS_AFTER_UNION.has(after.text));
}

/** The first token of the name of one or two words right before the candidate, across the hyphen ("Austria" of "Austria-Hungary"). */
function unionStart(candidate: Candidate, candidateAt: Map<number, Candidate>): number {
	return nameRightBefore(candidate, candidateAt, 2)?.first ?? -1;
}

/** Whether a country's name (or a demonym) is a word of a longer name here (see the module comment). */
export function countryInsideLongerName(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer, candidateAt: Map<number, Candidate>): boolean {
	if (candidate.via === 'demonym') return featureHeadAfter(candidate, tokens) || featureNamedByDemonym(candidate, tokens, gazetteer);
	if (candidate.via !== 'name') return false;
	const kind = gazetteer.places[candidate.places[0]!]!.kind;
	// "New Galicia", "New Castile", "New Andalusia": a region's name after "New" names a colony too
	if (kind === 'region' && newBeforeCountry(candidate, tokens)) return colonyNameHere(candidate, tokens);
	if (kind !== 'country') return false;
	return newBeforeCountry(candidate, tokens) || featureHeadAfter(candidate, tokens) || beforeTownAbroad(candidate, tokens, gazetteer, candidateAt) || unionOfCountries(candidate, tokens, gazetteer, candidateAt);
}

/**
 * "Duck Creek enters the Ohio": a stream's name that the gazetteer has only as a town's old or foreign name
 * (Garland, Texas was Duck Creek) names a stream, not that town.
 */
export function streamNamedLikeOldTown(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	// (not where a town bears the name as its own: the village of Black River, New York, on the Black River)
	if (candidate.via !== 'name' || candidate.first === candidate.last || !candidate.alternate.every(Boolean)) return false;
	return gazetteer.places[candidate.places[0]!]!.kind === 'city' && STREAM_HEADS.has(tokens[candidate.last]!.lower);
}
