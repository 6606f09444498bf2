// "the Kingdom of Hungary", "the Grand Duchy of Posen", "the Captaincy General of the Philippines", "the
// Russian Empire", "the Ukrainian SSR", "the Dutch Republic": history sections name the state a place
// belonged to by a title and the land (or town) it was named after. The gazetteer has the land, not the
// state: the whole title is one toponym placed at that land (the core of a state named for it), not the
// land's name read alone inside a longer name, which counts as a place of its own and, for a town, a wrong one.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { EVERYDAY_WORD, FUNCTION_WORDS, VERBS_AFTER_COLONY } from './context-words.ts';
import { commonness } from './word-facts.ts';
import { kilometres } from './qualifies.ts';
import { respanned } from './respanned.ts';
import type { Resolution } from './resolve.ts';

// titles of historical states before "of" and the land's name (modern divisions' titles are division-titles.ts's)
// ("the Province of Schleswig-Holstein", "the Republic of Yucatán", "the Marquisate of Saluzzo": a province or
// republic of the past is named whole, at its land, as today's are: "the Province of Alberta")
// ("the Colony of Natal", "the Caliphate of Córdoba", "the Empire of Trebizond", "the Protectorate of Aden": a
// colony, caliphate, empire or protectorate named for its land or its capital is placed there too; so are the
// provinces and vassal states of the Ottoman and Russian empires: "the Khedivate of Egypt", "the Regency of
// Algiers", "the Eyalet of Bosnia")
const STATE_TITLES = new Set(['Kingdom', 'Principality', 'Duchy', 'Archduchy', 'Electorate', 'Margraviate', 'Marquisate', 'Landgraviate', 'Viceroyalty', 'Khanate', 'Sultanate', 'Emirate', 'Caliphate', 'Imamate', 'Empire', 'Colony', 'Protectorate', 'Dominion', 'Tsardom', 'Despotate', 'Banate', 'Bishopric', 'Archbishopric', 'Lordship', 'Province', 'Republic', 'Khedivate', 'Regency', 'Beylik', 'Eyalet', 'Vilayet', 'Sanjak', 'Pashalik', 'Exarchate']);
// ... of which these also end the name of a division or state before them
const HEADS_OF_NAMES = new Set(['Province', 'Republic']);
// a word that opens the title before one of those: "Grand Duchy", "Captaincy General", "Prince-Bishopric"
const TITLE_OPENERS: Record<string, string> = { Duchy: 'Grand', Principality: 'Grand', General: 'Captaincy', Bishopric: 'Prince', Archbishopric: 'Prince' };
// words after a people's name that make a state of it
const STATE_NOUNS_AFTER = new Set(['Empire', 'SSR', 'ASSR', 'Republic', 'Kingdom', 'Commonwealth']);

/** The index of the title's first token before tokens[first] ("Kingdom" of "Kingdom of [the] X"), or -1. */
function titleStart(tokens: readonly Token[], first: number): number {
	let of = first - 1;
	if (tokenAt(tokens, of)?.text === 'the' && tokens[first]!.gapBefore === ' ') of--;
	const title = tokenAt(tokens, of - 1);
	if (tokenAt(tokens, of)?.text !== 'of' || tokens[of]!.gapBefore !== ' ' || tokens[of + 1]!.gapBefore !== ' ' || !title) return -1;
	const opener = tokenAt(tokens, of - 2);
	if (title.text === 'General') return opener?.text === 'Captaincy' && title.gapBefore === ' ' ? of - 2 : -1;
	if (!STATE_TITLES.has(title.text)) return -1;
	return opener !== undefined && TITLE_OPENERS[title.text] === opener.text && (title.gapBefore === ' ' || title.gapBefore === '-') ? of - 2 : of - 1;
}

/** The candidate with the historical state's title around it ("Kingdom of X", "X Empire"), when there is one and no name before it reaches into the title from outside. */
export function withStateTitle(candidate: Candidate, tokens: readonly Token[], previous: Candidate | undefined): Candidate {
	// "the Russian Empire", "the Ukrainian SSR": after a people's name only (a town's name before "Empire" is
	// as often another town's old name, "Vijayanagara" of Vizianagaram)
	const next = tokens[candidate.last + 1];
	if (candidate.via === 'demonym' && next && next.gapBefore === ' ' && STATE_NOUNS_AFTER.has(next.text)) return respanned(candidate, candidate.start, next.end, candidate.first, candidate.last + 1);
	if (candidate.via !== 'name') return candidate;
	const start = titleStart(tokens, candidate.first);
	// a name inside the title itself ("Grand", a town in France) gives way to it (candidates.ts drops it)
	if (start < 0 || (previous && previous.last >= start && previous.first < start)) return candidate;
	// "the Guanentá Province of the Santander Department": after a capitalised word a province's or a
	// republic's title ends that word's name, and the land after "of" is another place (not after a
	// people's name: "the Prussian Province of Pomerania")
	const before = tokenAt(tokens, start - 1);
	if (HEADS_OF_NAMES.has(tokens[start]!.text) && before?.capitalized && before.text !== 'The' && !(previous?.via === 'demonym' && previous.last === start - 1)) return candidate;
	return respanned(candidate, tokens[start]!.start, candidate.end, start, candidate.last);
}

// how far a colony's land lies from its rulers' country (between the gazetteer's points) at the least
const COLONY_KM = 2000;

/** Whether every word of the candidate's name is an everyday English word ("Free State", not "Congo"). */
function everydayWordsOnly(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	for (let k = candidate.first; k <= candidate.last; k++) if (commonness(tokens[k]!.lower, gazetteer) < EVERYDAY_WORD) return false;
	return true;
}

/**
 * "British India", "Belgian Congo", "Russian America": a people's name right before a land of another
 * country is a colony's name, one toponym placed at the land (not the people's country and the land apart).
 * Only a country, a region of another country or a land of several, overseas or far off as colonies were: "Russian Siberia"
 * names that country's own land, "Turkish Cyprus", "Israeli Gaza strikes" a neighbour's (the people's name
 * stays a demonym, as GeoWebNews marks it), "German Munich" a town.
 */
export function withColonisersBefore(candidate: Candidate, tokens: readonly Token[], previous: Candidate | undefined, gazetteer: Gazetteer): Candidate {
	if (candidate.via !== 'name' || previous?.via !== 'demonym' || previous.last !== candidate.first - 1 || tokens[candidate.first]!.gapBefore !== ' ') return candidate;
	const land = gazetteer.places[candidate.places[0]!]!;
	const people = gazetteer.places[previous.places[0]!]!;
	// (a land of several countries is one too: "French West Africa", "British East Africa")
	const severalCountries = land.kind === 'region' && land.country === null;
	if ((land.kind !== 'country' && land.kind !== 'region') || (land.country === null && !severalCountries) || people.country === null || land.country === people.country) return candidate;
	if (kilometres(land, people) < COLONY_KM) return candidate;
	// "the Irish Free State": a land named only by everyday words after a people's name is that people's own state,
	// one toponym at their country, not a colony at the far land those words name (the Free State, South Africa)
	if (everydayWordsOnly(candidate, tokens, gazetteer)) return respanned({ places: previous.places, importance: previous.importance, alternate: previous.alternate, via: 'name' }, previous.start, candidate.end, previous.first, candidate.last);
	// "the Dutch East Indies": a land whose name goes on is a word of a longer name the gazetteer lacks
	const after = tokens[candidate.last + 1];
	if (after && after.capitalized && after.gapBefore === ' ') return candidate;
	// "the Russian Syria campaign", "the French Mali operation": before a lower-case noun the pair modifies it,
	// a people's name and a country as before; a colony's name stands before punctuation, a verb or a preposition
	if (after && after.gapBefore === ' ' && !FUNCTION_WORDS.has(after.lower) && !VERBS_AFTER_COLONY.has(after.lower)) return candidate;
	return respanned(candidate, previous.start, candidate.end, previous.first, candidate.last);
}

/** Whether a reading of the name is a region of it, or a town of it in the country itself (a province's seat). */
function knownProvince(readings: readonly number[], country: GazetteerPlace, gazetteer: Gazetteer): boolean {
	const key = nameKey(country.name);
	return readings.some((index) => {
		const other = gazetteer.places[index]!;
		return nameKey(other.name) === key && (other.kind === 'region' || (other.kind === 'city' && other.country === country.country));
	});
}

/**
 * "the Province of Canada" (1841–67), "the Province of Upper Canada": a province is a part of a state, so one
 * named after a country is not that country, and the country's point (Canada's lies in Alberta) is no point of
 * it. The gazetteer lacks such provinces: the country's name read inside the title (at most one word of its own
 * between, "Upper") is left unmapped. (A state's title over a country's name, "the Kingdom of Hungary", "the
 * Dominion of Canada", names the country itself and stays; so does a modern province the gazetteer knows by the
 * name, as a region or as its seat town in that country: "the Province of Luxembourg", "the Province of Panama",
 * where the country's point lies within a province's width.)
 */
export function provincesNamedForCountries(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): number[] {
	const found: number[] = [];
	for (let i = 0; i < results.length; i++) {
		const { place, mention } = results[i]!;
		// (the title's words first: knownProvince makes a key of each of the name's readings)
		if (place.kind !== 'country' || !inProvinceTitle(mention.candidate.first, tokens) || knownProvince(mention.candidate.places, place, gazetteer)) continue;
		if (!placesAroundPoint(results, place)) found.push(i);
	}
	return found;
}

/** The country's name at this token is read inside "Province of X" or "Province of Upper X". */
function inProvinceTitle(first: number, tokens: readonly Token[]): boolean {
	let at = first;
	// the title read whole with the land ("Province of Canada" as one toponym)
	if (tokens[at]!.text === 'Province' && tokens[at + 1]?.text === 'of') return true;
	// ... or a word of the province's own before the land ("Province of Upper Canada")
	const own = tokenAt(tokens, at - 1);
	if (own?.capitalized && own.gapBefore === ' ' && tokens[at]!.gapBefore === ' ') at--;
	// (not "the Kotayk Province of Armenia": after a capitalised word the title ends that word's name, as above)
	const named = tokenAt(tokens, at - 3);
	return tokenAt(tokens, at - 1)?.text === 'of' && tokenAt(tokens, at - 2)?.text === 'Province' && !(named?.capitalized && named.text !== 'The');
}

// "Bosra … part of the Province of Syria", "Stobi … in the Province of Macedonia": a Roman or church province on the
// country's own land, where the text's places in that country lie around the country's point, is its land; Canada's
// towns of Ontario and Quebec lie thousands of km from its point in Alberta
const AROUND_POINT_KM = 1_000;

/** Most of the text's own places in the country lie within a province's reach of the country's point. */
function placesAroundPoint(results: readonly Resolution[], country: GazetteerPlace): boolean {
	let vote = 0;
	for (const other of results) {
		if (other.place.kind === 'country' || other.place.country !== country.country || other.outsideNamedCountry) continue;
		vote += kilometres(other.place, country) < AROUND_POINT_KM ? 1 : -1;
	}
	return vote > 0;
}
