// "support Real Madrid", "after Hurricane Florence": an everyday English word capitalised right before a
// place's name, mid-sentence, opens a longer name (a club, a storm, a ship), and the place is a word of it.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, POSITION_WORDS } from './context-words.ts';
import type { NameCueContext } from './name-cues.ts';
import { kilometres } from './qualifies.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isAccentedFirstName, isCommonWord, isTitleOrHeadWord } from './word-facts.ts';

// "Air India has ordered …", "Radio France said": words that open an airline's or a broadcaster's name
// before a place's, also where they open the sentence (no place is called "Air" or "Radio" anything)
const NAME_OPENERS = new Set(['Air', 'Radio']);

/**
 * Whether `before`, the capitalised word right before the candidate, is such a word: after a lower-case
 * word (not in a Title Case headline, "Storm Hits Texas"), no well-known place itself, and no title or
 * position word ("South Florida", "Lake Tahoe", "Mayor Paris" are read elsewhere), and no function word
 * left capitalised by a lost full stop ("six minutes late After Paris").
 */
export function wordOfLongerName(before: Token, candidate: Candidate, ctx: NameCueContext, wellKnownPlaceAt: (token: number) => boolean): boolean {
	if (acronymBefore(before, candidate, ctx, wellKnownPlaceAt)) return true;
	if (firmTailBefore(before, candidate, ctx.tokens)) return true;
	if (vesselNameBefore(before, candidate, ctx, wellKnownPlaceAt)) return true;
	if (NAME_OPENERS.has(before.text) && candidate.via === 'name' && ctx.tokens[candidate.first]!.gapBefore === ' ') return true;
	// (a word that names a small place too, "Real", is still that word here)
	if (candidate.via !== 'name' || !before.capitalized || before.allCaps || before.text.length < 2 || before.sentenceStart || wellKnownPlaceAt(candidate.first - 1)) return false;
	const opener = tokenAt(ctx.tokens, candidate.first - 2);
	if (!opener || opener.capitalized || !/^\s+$/.test(before.gapBefore)) return false;
	if (FUNCTION_WORDS.has(before.lower) || POSITION_WORDS.has(before.lower) || isTitleOrHeadWord(before.lower)) return false;
	return isCommonWord(before.lower, ctx.gazetteer);
}


// the words a firm's name ends in before the land its branch serves ("Toyota Motor Manufacturing Kentucky",
// "Toyota Motor North America", "HSBC Bank Malta")
const FIRM_TAILS = new Set(['Motor', 'Motors', 'Manufacturing', 'Bank', 'Airlines', 'Airways', 'Insurance', 'Holdings', 'Industries', 'Pharmaceuticals', 'Steel', 'Mining', 'Telecom', 'Energy']);

/** A firm's capitalised name ending in such a word right before the place, one space between each. */
function firmTailBefore(before: Token, candidate: Candidate, tokens: Token[]): boolean {
	if (candidate.via !== 'name' || !FIRM_TAILS.has(before.text) || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const firm = tokenAt(tokens, candidate.first - 2);
	return firm !== undefined && before.gapBefore === ' ' && firm.capitalized;
}

// kinds of ship whose name follows ("the tanker Nordic Hamburg", "the bulk carrier Ocean Brisbane")
const VESSEL_NOUNS = new Set(['tanker', 'freighter', 'ship', 'vessel', 'carrier', 'trawler', 'ferry', 'liner', 'frigate', 'destroyer', 'warship', 'yacht', 'tug', 'dredger', 'icebreaker']);

/**
 * "the tanker Nordic Hamburg": a capitalised word that is no place, between a kind of ship and a place's name,
 * opens the ship's name, and the place is a word of it ("the ferry Isle of Arran", "the ship New Zealand sent"
 * start with the place's own name and stay).
 */
function vesselNameBefore(before: Token, candidate: Candidate, ctx: NameCueContext, wellKnownPlaceAt: (token: number) => boolean): boolean {
	if (candidate.via !== 'name' || !before.capitalized || before.allCaps || before.sentenceStart || before.gapBefore !== ' ' || ctx.tokens[candidate.first]!.gapBefore !== ' ') return false;
	const kind = tokenAt(ctx.tokens, candidate.first - 2);
	return kind !== undefined && !kind.capitalized && VESSEL_NOUNS.has(kind.lower) && !ctx.candidateAt.has(candidate.first - 1) && !wellKnownPlaceAt(candidate.first - 1);
}

// compass points abbreviated ("SW London", "NE Ohio") place the name, they open no longer one
const COMPASS_LETTERS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'NNE', 'ENE', 'ESE', 'SSE', 'SSW', 'WSW', 'WNW', 'NNW']);

/**
 * "HMS Belfast", "USS Arizona", "FC Barcelona", "CTV Saskatoon": a short acronym right before a place's
 * name (in text that is not all capitals) opens a ship's, a club's or a broadcaster's name. An acronym
 * that is a place itself ("US", "UK") makes a list or a qualifier instead; one that is only a small town's
 * name too ("EA Mobile": Ea, Spain) is still the acronym.
 */
function acronymBefore(before: Token, candidate: Candidate, ctx: NameCueContext, wellKnownPlaceAt: (token: number) => boolean): boolean {
	if (candidate.via !== 'name' || !before.allCaps || ctx.tokens[candidate.first]!.allCaps || ctx.tokens[candidate.first]!.gapBefore !== ' ') return false;
	if (!/^\p{Lu}{2,4}$/u.test(before.text) || COMPASS_LETTERS.has(before.text)) return false;
	// (an acronym that is only another place's foreign name, "HMS" for Homs, is still the acronym)
	const place = ctx.candidateAt.get(candidate.first - 1);
	return !place || (place.via === 'name' && (place.alternate[0] === true || !wellKnownPlaceAt(candidate.first - 1)));
}

/**
 * "ITV1's Hell's Kitchen", "Channel 4's Dispatches", "Radio 4's Woman's Hour": a name owned by a name that
 * ends in a number (a channel, a station, a model) is that owner's programme or product; no place's name
 * ends in a number ("New York's Hell's Kitchen" stays the neighbourhood).
 */
export function ownedByNumberedName(candidate: Candidate, tokens: Token[]): boolean {
	const possessive = tokenAt(tokens, candidate.first - 1);
	const owner = tokenAt(tokens, candidate.first - 2);
	if (candidate.via !== 'name' || !isPossessiveMark(possessive) || !owner || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const ownerEnd = owner.text.charCodeAt(owner.text.length - 1);
	return ownerEnd >= 48 && ownerEnd <= 57 && (/\p{L}/u.test(owner.text) || tokenAt(tokens, candidate.first - 3)?.capitalized === true);
}

/**
 * "Union Station", "Central Station": a name ending in "Station" that the place bears only as another
 * (often its old railway) name is the station, a site, where the text names it; a place whose own name
 * it is ("McMurdo Station") stays.
 */
export function stationNamedAfterPlace(candidate: Candidate, tokens: Token[]): boolean {
	return candidate.via === 'name' && candidate.last > candidate.first && candidate.alternate[0] === true && tokens[candidate.last]!.text === 'Station';
}

// kinds of car a maker's name comes before ("a Lincoln sedan", "a Lancaster convertible")
const CAR_BODIES = new Set(['sedan', 'sedans', 'coupe', 'coupes', 'hatchback', 'hatchbacks', 'convertible', 'minivan', 'minivans', 'roadster', 'limousine', 'limo', 'suv', 'suvs']);

/** "a Lincoln sedan": a name right before a kind of car is the car's make, not the place. */
export function carMakeBefore(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	return candidate.via === 'name' && !!next && next.gapBefore === ' ' && CAR_BODIES.has(next.lower);
}

// a letter English spells without: the word is another language's ("Tả", "Cát")
const NON_ENGLISH_LETTER = /[\u00C0-\u024F\u1E00-\u1EFF]/u;

/**
 * "Tả Van", "Cát Bà": two one-word names side by side, the first small and spelt with letters English has
 * not, make one local name the gazetteer lacks; neither word is the place it names alone (Van, Turkey; Tả
 * in Micronesia). A country or region after it qualifies it instead ("Coyoacán Mexico").
 */
export function pairOfLocalName(first: Candidate | undefined, second: Candidate | undefined, tokens: Token[], gazetteer: Gazetteer, wellKnownFirst: () => boolean): boolean {
	if (!first || !second || first.via !== 'name' || second.via !== 'name' || first.first !== first.last || second.first !== first.last + 1) return false;
	const word = tokens[first.first]!;
	const next = tokens[second.first]!;
	if (next.gapBefore !== ' ' || !NON_ENGLISH_LETTER.test(word.text) || wellKnownFirst()) return false;
	// ("Andrés Medina", "Raúl Tarija": a first name with its accents is a person's, the second word a surname)
	if (isAccentedFirstName(word.lower, gazetteer)) return false;
	// ("the Kruševo Republic", "Kruševo Municipality": a head word makes the first the name's place)
	if (GEOGRAPHIC_HEADS.has(next.lower) || INSTITUTION_HEADS.has(next.lower)) return false;
	return gazetteer.places[second.places[0]!]!.kind === 'city';
}

/**
 * "Champaign Centennial", "Rockford Auburn", "Liverpool Riverside": a town's name right after a sizeable
 * town's, one space between, names a school, team or seat of the first town (a list of towns has commas; a
 * region or country after a town qualifies it: "Baku Azerbaijan"). The second is no place of its own. Not
 * after a word that names a small town too ("College Cambridge", "Gangs Of New York"), nor the same name
 * twice (a headline run into its text: "rejoins Bath Bath have signed").
 */
// a town this large names its schools after its parts or after other places ("Centennial", "Glendale");
// a smaller name before another is more often a person's or a run-in headline's ("Baros Liverpool forward")
const TOWN_WITH_SCHOOLS = 20_000;

export function schoolAfterTown(town: Candidate | undefined, candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	if (!town || town.via !== 'name' || candidate.via !== 'name' || town.last !== candidate.first - 1 || tokens[candidate.first]!.gapBefore !== ' ') return false;
	// ("ATLANTA Buckhead": a dateline's capitals end there)
	const first = tokens[town.first]!;
	// ("Metro Atlanta", "Downtown Dallas": a position word places the name)
	if (first.allCaps || first.sentenceStart || POSITION_WORDS.has(first.lower) || town.places[0] === candidate.places[0]) return false;
	if (gazetteer.places[candidate.places[0]!]!.kind !== 'city' || gazetteer.places[town.places[0]!]!.kind !== 'city') return false;
	if (isCommonWord(first.lower, gazetteer) || town.importance[0]! < TOWN_WITH_SCHOOLS) return false;
	return !twinOfTown(town, candidate, tokens, gazetteer);
}

// words that follow a pair of neighbouring towns named as one ("the Tampa St. Petersburg area")
const TWIN_AREA_WORDS = new Set(['area', 'region', 'metro', 'metropolitan', 'metroplex', 'airport', 'twin', 'expressway', 'corridor', 'conurbation']);
// schools take the names of distant places ("Centennial", "Auburn"); twin cities lie within ~30 km
const TWIN_KM = 50;
const TWIN_SIZE = 10_000;

/** "Minneapolis St. Paul", "Ottawa Gatineau metro": the second is a sizeable town near the first, or the pair names an area. */
function twinOfTown(town: Candidate, candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const next = tokens[candidate.last + 1];
	if (next && TWIN_AREA_WORDS.has(next.lower)) return true;
	const home = gazetteer.places[town.places[0]!]!;
	return candidate.places.some((index, i) => candidate.importance[i]! >= TWIN_SIZE && kilometres(home, gazetteer.places[index]!) <= TWIN_KM);
}
