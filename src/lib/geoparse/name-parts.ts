// A country's name or demonym as a word of a longer name that is no place the gazetteer has, as the history
// sections of articles about small places write them: "the Viceroyalty of New Spain" (no Spain), "Indian
// Territory" (no India), "the Turkey River" (no Türkiye), "Mali Ston" (a Croatian village, no Mali), and a
// creek's name that is only an old name of a town elsewhere ("Duck Creek" for Garland, Texas). General
// forms only: no list of the names.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';
import { CALENDAR_WORDS } from './context-words.ts';

// capitalised heads that make a proper name of a feature or a territory out of the word before them
// (not "Lake": "China Lake" lies in China, Maine, the town the gazetteer reads there)
const FEATURE_OR_TERRITORY_HEADS = new Set(['river', 'creek', 'brook', 'bayou', 'mountains', 'hills', 'canyon', 'territory', 'territories']);
// heads of a stream's name ("Duck Creek", "Plum Run")
const STREAM_HEADS = new Set(['creek', 'brook', 'run', 'bayou', 'river', 'fork', 'branch']);
// a town this big next to a country's name is known by itself, and the two are a list ("Mali Bamako")
const SMALL_TOWN = 100_000;

/**
 * "New Spain", "New France", "New Sweden": a country's name right after a capitalised "New" names a colony
 * the gazetteer lacks (it has the names that are places today: New Zealand, New Mexico, New Caledonia).
 */
function newBeforeCountry(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokens[candidate.first - 1];
	return before?.text === 'New' && tokens[candidate.first]!.gapBefore === ' ';
}

/** "Indian Territory", "the Turkey River": a capitalised feature's or territory's head right after the name. */
function featureHeadAfter(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	return !!next && next.gapBefore === ' ' && next.capitalized && !next.allCaps && FEATURE_OR_TERRITORY_HEADS.has(next.lower);
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
	if ((gazetteer.commonWords.get(word) ?? 0) > 0 || CALENDAR_WORDS.has(word)) return false;
	const country = gazetteer.places[candidate.places[0]!]!.country;
	const place = gazetteer.places[town.places[0]!]!;
	return place.kind === 'city' && place.population < SMALL_TOWN && place.country !== country;
}

/** Whether a country's name (or a demonym) is a word of a longer name here (see the module comment). */
export function countryInsideLongerName(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer, candidateAt: Map<number, Candidate>): boolean {
	if (candidate.via === 'demonym') return featureHeadAfter(candidate, tokens);
	if (candidate.via !== 'name' || gazetteer.places[candidate.places[0]!]!.kind !== 'country') return false;
	return newBeforeCountry(candidate, tokens) || featureHeadAfter(candidate, tokens) || beforeTownAbroad(candidate, tokens, gazetteer, candidateAt);
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
