// Words around a place's name that make it the name of something else: a storm ("Hurricane Florence"),
// a club ("Real Madrid", "Dynamo Kyiv"), a firm whose officer is named ("Toyota President Akio Toyoda"),
// a person whose surname follows ("Kobe Bryant"). Word classes, not names: none of the places is listed.
import { CALENDAR_WORDS, FUNCTION_WORDS, HOLIDAYS, PERSON_TITLES } from './context-words.ts';
import type { Candidate } from './candidates.ts';
import { isFirstLevelRegion, type Gazetteer } from '../gazetteer/types.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { nameRightBefore } from './name-before.ts';
import { isCommonWord, isFirstName } from './word-facts.ts';

/** Storms are given people's names; the word for the storm comes first ("Tropical Storm Sydney"). */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tornado']);

/**
 * Words that open a football or sports club's name before its city: Spanish and Portuguese "Real"
 * (royal), "Atlético", "Sporting", "Racing", Italian "Inter", the Soviet sports societies' "Dynamo",
 * "Dinamo", "Spartak", "Lokomotiv", "Torpedo", French "Olympique", German "Borussia".
 */
const CLUB_OPENERS = new Set(['real', 'atletico', 'atlético', 'athletic', 'sporting', 'racing', 'inter', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'torpedo', 'olympique', 'borussia']);

/** Titles of a firm's officers; a city has a mayor, a club a coach (GeoWebNews reads "Arizona coach" as the place). */
const FIRM_TITLES = new Set(['president', 'chairman', 'chairwoman', 'ceo', 'founder', 'cofounder', 'co-founder']);

/** The capitalised word right before the name, one space away, or undefined. */
function wordBefore(candidate: Candidate, tokens: Token[]): Token | undefined {
	const before = tokenAt(tokens, candidate.first - 1);
	return before && before.capitalized && tokens[candidate.first]!.gapBefore === ' ' ? before : undefined;
}

/** "Hurricane Florence", "Cyclone Victoria": the name after a capitalised word for a storm is the storm's. */
export function stormName(candidate: Candidate, tokens: Token[]): boolean {
	const before = wordBefore(candidate, tokens);
	return candidate.via === 'name' && before !== undefined && STORM_WORDS.has(before.lower);
}

/** "Real Madrid", "Dynamo Kyiv": a club's opening word before the city it carries, at a sentence start too. */
export function clubName(candidate: Candidate, tokens: Token[]): boolean {
	const before = wordBefore(candidate, tokens);
	return candidate.via === 'name' && before !== undefined && CLUB_OPENERS.has(before.lower);
}

/**
 * "the Mumbai Indians", "the Cleveland Indians": a town's name followed by a nationality in the plural
 * that ends the capitalised run is a team's name (people of a nation in a town are "Indians in Mumbai",
 * "Mumbai's Indians"); the town is a word of the team's name, and so is the nationality. Only with sport
 * around it (sportsContextAround, asked by the judge): "Miami Cubans" in other news are the city's Cubans.
 */
export function townBeforeTeamDemonym(candidate: Candidate, tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): boolean {
	if (candidate.via !== 'name' || tokens[candidate.last + 1]?.gapBefore !== ' ' || everydayWordName(candidate, tokens, gazetteer)) return false;
	const demonym = candidateAt.get(candidate.last + 1);
	return demonym !== undefined && pluralDemonymEndsName(demonym, tokens);
}

/** The nationality of such a team's name: right after a town's name, one space between. */
export function teamDemonymAfterTown(candidate: Candidate, tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer, townAt: (candidate: Candidate) => boolean): boolean {
	if (candidate.via !== 'demonym' || tokens[candidate.first]!.gapBefore !== ' ' || !pluralDemonymEndsName(candidate, tokens)) return false;
	// (town names run to a few words: "Kansas City Indians")
	const town = nameRightBefore(candidate, candidateAt, 3);
	return town !== undefined && town.via === 'name' && !everydayWordName(town, tokens, gazetteer) && townAt(town);
}

/**
 * "As Mexicans, we …": a one-word name that is a function word, or an everyday word (Norway, Boston) where
 * its capital says nothing (opening a sentence), opens no team's name; "the Boston Germans" mid-sentence may.
 */
function everydayWordName(town: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const word = tokens[town.first]!;
	if (town.first !== town.last) return false;
	return FUNCTION_WORDS.has(word.lower) || ((word.sentenceStart || word.allCaps) && isCommonWord(word.lower, gazetteer));
}

function pluralDemonymEndsName(demonym: Candidate, tokens: Token[]): boolean {
	const word = tokens[demonym.last]!;
	if (demonym.via !== 'demonym' || demonym.first !== demonym.last || !word.capitalized || word.allCaps || !word.text.endsWith('s')) return false;
	const next = tokens[demonym.last + 1];
	return !next || next.gapBefore !== ' ' || !next.capitalized;
}

/**
 * "Bayern Munich", "Hessen Kassel": a first-level region's name right before, one space away, the name of
 * a town in it makes a club's or a firm's name; a place is written the other way round, with a comma
 * ("Munich, Bavaria"). True for either name of the pair.
 */
export function regionBeforeItsTown(candidate: Candidate, tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): boolean {
	if (candidate.via !== 'name') return false;
	const town = tokens[candidate.last + 1]?.gapBefore === ' ' ? candidateAt.get(candidate.last + 1) : undefined;
	if (town && townInRegion(candidate, town, gazetteer)) return true;
	if (tokens[candidate.first]!.gapBefore !== ' ') return false;
	const region = nameRightBefore(candidate, candidateAt, 3);
	return region !== undefined && townInRegion(region, candidate, gazetteer);
}

function townInRegion(region: Candidate, town: Candidate, gazetteer: Gazetteer): boolean {
	if (region.via !== 'name' || town.via !== 'name') return false;
	const area = gazetteer.places[region.places[0]!]!;
	const place = gazetteer.places[town.places[0]!]!;
	return isFirstLevelRegion(area) && place.kind === 'city' && place.country === area.country && place.admin1 === area.admin1;
}

/**
 * "Toyota President Akio Toyoda", "Cadillac President Johan de Nysschen": a town's name right before a
 * capitalised title of a firm's officer and the officer's name is the firm's name (a country or a
 * region has a president of its own, "Kenya President").
 */
export function firmBeforeOfficer(candidate: Candidate, tokens: Token[]): boolean {
	const title = tokens[candidate.last + 1];
	const name = tokens[candidate.last + 2];
	if (candidate.via !== 'name' || !title || !name || title.gapBefore !== ' ' || !title.capitalized || !FIRM_TITLES.has(title.lower)) return false;
	return name.gapBefore === ' ' && name.capitalized && !FUNCTION_WORDS.has(name.lower);
}

/**
 * "Kobe Bryant watched", "Boston Scott ran": a well-known town's name followed by one capitalised word
 * that is a given name or a surname used as one (the first-name lists carry "Bryant", "Scott"), seldom an
 * ordinary word ("Logan" is: "Boston Logan" is the airport) and no well-known place of its own, with the
 * sentence going on after it, is a person. `wellKnownPlaceAt` is the judge's.
 */
export function surnameAfter<C>(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer, wellKnownPlaceAt: (token: number, context: C) => boolean, context: C): boolean {
	const at = candidate.last + 1;
	const surname = tokens[at];
	if (candidate.via !== 'name' || !surname || surname.gapBefore !== ' ' || !surname.capitalized || surname.allCaps) return false;
	// ("in Lagos April 4": a date after the name, however many are called April)
	if (CALENDAR_WORDS.has(surname.lower) || HOLIDAYS.has(surname.lower)) return false;
	if (!isFirstName(surname.lower, gazetteer) || isCommonWord(surname.lower, gazetteer) || wellKnownPlaceAt(at, context)) return false;
	// the sentence goes on after the person's name ("Bryant was", "Bryant's"), not a list's ("Coventry
	// Charlton v Yeovil", "Birmingham Yardley, Surrey South West")
	const next = tokens[at + 1];
	if (!next) return false;
	if (isPossessiveMark(next)) return true;
	return next.gapBefore === ' ' && !next.capitalized && next.text.length > 1 && /^\p{Ll}+$/u.test(next.text);
}

/** People who work for an institution, and what it does when it speaks ("White House aides", "the Kremlin said"). */
const STAFF_WORDS = new Set('aide aides staff staffer staffers adviser advisers advisor advisors official officials correspondent correspondents press spokesman spokeswoman spokesperson chief chiefs counsel lawyer lawyers sources'.split(' '));
const INSTITUTION_VERBS = new Set('said says announced declined denied confirmed warned insisted responded'.split(' '));

/**
 * "White House press secretary", "Kremlin spokesman", "the White House declined": a building's name
 * (a site) before the words for its staff or for what it says is the institution housed there, no
 * location ("from the White House residence", "a White House dinner" stay).
 */
export function institutionOfSite(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (candidate.via !== 'name' || !next || next.gapBefore !== ' ') return false;
	return STAFF_WORDS.has(next.lower) || PERSON_TITLES.has(next.lower) || (!next.capitalized && INSTITUTION_VERBS.has(next.text));
}
