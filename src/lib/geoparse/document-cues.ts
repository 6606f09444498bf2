// What the words around a mention say about which of its homonyms is meant: the parents named in the
// same sentence or the document's opening ("Salem, in Washington County, Indiana"), the kind of place
// the phrase names ("the state of …", "a small town"), and lists of places of one kind.
import { nameKey } from '../gazetteer/normalize.ts';
import { decodePlaceReference } from '../gazetteer/references.ts';
import { isCapital, isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { LIST_WORDS, listOfRivers, singularDivisionAfterList, wordAfterList } from './list-nouns.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFeatureOrLand } from './natural-features.ts';
import { capitalOrAtLeast } from './known-abroad.ts';
import { ARTICLES, ISLAND_HEADS } from './context-words.ts';
import { stateOfficeAfter, townOfficeAfter } from './office-after.ts';
import { rankedInLand } from './ranked-in-land.ts';

/** Which kind of place the phrase around a name asks for ('settlement': any but a feature, a land or a state). */
export type KindCue = 'region' | 'district' | 'city' | 'town' | 'water' | 'settlement' | 'island';

const REGION_NOUNS = new Set(['state', 'province', 'region', 'oblast', 'governorate', 'prefecture']);
const DISTRICT_NOUNS = new Set(['county', 'parish', 'district', 'borough']);
const CITY_NOUNS = new Set(['city', 'municipality', 'capital', 'commune', 'suburb']);
// a place called one of these is never a national capital or a big city
// ("a rural locality": what Russian statistics call their villages; a barangay is a Philippine village
// or city quarter, a frazione an Italian hamlet)
const TOWN_NOUNS = new Set(['town', 'village', 'hamlet', 'township', 'borough', 'community', 'settlement', 'locality', 'barangay', 'frazione']);
// the words before "capital of X" that leave X the land whose capital it is ("the capital of Peru", "the former
// capital of Portuguese India"), not a city called a capital ("the state capital of Durango")
const CAPITAL_OF_LAND = new Set(['a', 'an', 'the', 'its', 'their', 'former', 'ancient', 'old', 'first', 'historic']);
const COPULAS = new Set(['is', 'was', 'remains', 'became']);
const MAX_DESCRIPTION_WORDS = 3;

function cueOf(noun: string): KindCue | null {
	if (TOWN_NOUNS.has(noun)) return 'town';
	if (REGION_NOUNS.has(noun)) return 'region';
	if (DISTRICT_NOUNS.has(noun)) return 'district';
	if (CITY_NOUNS.has(noun)) return 'city';
	if (ISLAND_HEADS.has(noun)) return 'island';
	return null;
}

/**
 * "the state of Washington", "the Town of Washington", "Washington state", "Washington is a small
 * town": the kind of place a phrase names, from the words right around the name.
 */
export function kindCue(candidate: Candidate, tokens: Token[]): KindCue | null {
	const of = tokenAt(tokens, candidate.first - 1);
	const noun = tokenAt(tokens, candidate.first - 2);
	if (of && noun && of.text === 'of' && / $/.test(of.gapBefore) && / $/.test(tokens[candidate.first]!.gapBefore) && !endsOtherName(tokens, candidate.first - 2)) {
		// ("the capital of Peru" is no city: a capital is what the land after "of" has; but "the state capital of
		// Durango", "the Peruvian capital of Lima" call the name after "of" a capital, a city; ranked-in-land.ts)
		const cue = (noun.lower === 'capital' && CAPITAL_OF_LAND.has(tokenAt(tokens, candidate.first - 3)?.lower ?? '')) || rankedInLand(noun, tokenAt(tokens, candidate.first - 3)) ? null : cueOf(noun.lower);
		if (cue) return cue;
		// "the governor of Zacatecas": a state's or province's office, as after the name
		if (noun.lower === 'governor') return 'region';
	}
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === ' ' && !next.capitalized && cueOf(next.text) === 'region') return 'region';
	if (stateOfficeAfter(candidate, tokens)) return 'region';
	if (townOfficeAfter(candidate, tokens)) return 'town';
	const verb = predicateStart(candidate, tokens);
	if (verb >= 0 && COPULAS.has(tokens[verb]!.text)) return describedAs(tokens, verb + 1);
	return pluralCueAfter(candidate, tokens) ?? pluralCueBefore(candidate, tokens);
}

// "the nearby towns of Wentworth and Chester", "the villages of Ashby, Hope and Lee": a plural noun of
// settlements and "of" before the list the name stands in call each item a place of that kind
// ("communities" and "settlements" also name groups and agreements: not read so)
const SETTLEMENT_PLURALS = new Map([
	['towns', 'town'],
	['villages', 'village'],
	['hamlets', 'hamlet'],
	['townships', 'township'],
	['cities', 'city'],
	['municipalities', 'municipality'],
	['communes', 'commune'],
	['suburbs', 'suburb']
]);
// the list's words looked back over: a dozen names of a word or two, with their commas and "and"
const MAX_LIST_TOKENS = 24;

function pluralCueBefore(candidate: Candidate, tokens: Token[]): KindCue | null {
	const noun = pluralNounBefore(candidate, tokens);
	return noun !== null && SETTLEMENT_SINGULARS.has(noun) ? cueOf(noun) : null;
}
const SETTLEMENT_SINGULARS = new Set(SETTLEMENT_PLURALS.values());

/**
 * "the provinces of Herat, Balkh and Kabul", "the health districts of A, B and C": the kind of division a
 * plural before "of" calls each item of the list the name stands in, as "A, B and C provinces" does (not
 * "boroughs" nor "parishes": a borough may be a town, a city's quarter or a county, a parish a church's).
 * Apart from kindCue: it weighs the homonyms, but keeps no name on its own (a city's quarter the gazetteer
 * lacks, "the districts of Mirpur and Gulshan" in Dhaka, is no district of that name abroad).
 */
export function divisionCueBefore(candidate: Candidate, tokens: Token[]): KindCue | null {
	const noun = pluralNounBefore(candidate, tokens);
	return noun !== null && !SETTLEMENT_SINGULARS.has(noun) && noun !== 'borough' && noun !== 'parish' ? cueOf(noun) : null;
}

/** "the villages of Ashby, Hope and Lee", "the counties of Kerry and Clare": the singular of the plural before "of" that opens the name's list. */
export function pluralNounBefore(candidate: Candidate, tokens: Token[]): string | null {
	for (let k = candidate.first - 1, n = 0; k >= 1 && n < MAX_LIST_TOKENS; k--, n++) {
		const token = tokens[k]!;
		const gapAfter = tokens[k + 1]!.gapBefore;
		if (gapAfter !== ' ' && gapAfter !== ', ') return null;
		if (token.text === 'of') {
			const plural = tokenAt(tokens, k - 1)!.lower;
			const noun = SETTLEMENT_PLURALS.get(plural) ?? PLURAL_NOUNS.get(plural);
			return noun && token.gapBefore === ' ' && gapAfter === ' ' ? noun : null;
		}
		if (!token.capitalized && !LIST_WORDS.has(token.text)) return null;
	}
	return null;
}

/**
 * "the Thaba Chweu Local Municipality of Mpumalanga": a capitalised noun right after another capitalised
 * word (no article) ends that other name; it says what the other place is, not what the name after "of"
 * is ("The Town of Washington" keeps its cue).
 */
function endsOtherName(tokens: Token[], noun: number): boolean {
	const before = tokenAt(tokens, noun - 1);
	return tokens[noun]!.capitalized && before !== undefined && before.capitalized && !ARTICLES.has(before.lower) && tokens[noun]!.gapBefore === ' ';
}

// how far a bracketed aside after a name may run ("Hasanabad (Persian: …, also Romanized as Ḩasanābād and Hasan Abad)")
const MAX_ASIDE_TOKENS = 40;
const OPENINGS = /[([]/g;
const CLOSINGS = /[)\]]/g;

// "Pandan, officially the Municipality of Pandan, is a municipality", "Dolores, also spelled Dolor, is a
// town": the words that open an aside between commas giving the place's other names
const COMMA_ASIDES = new Set(['officially', 'also', 'formerly', 'locally', 'historically', 'sometimes']);
// "Bakau, known as Brighton until 1960, is a town", "Pandan, once called Dolor, is": these open such an aside
// only before a naming word ("Jordan, once a refugee, is a town councillor" gives no other name)
const NAMING_ASIDES = new Set(['known', 'once', 'previously', 'originally']);
const NAMING_WORDS = new Set(['as', 'called', 'named', 'known', 'spelled', 'spelt']);

/** The lower-case word after the comma that closes an aside of other names (brackets inside it skipped), or -1. */
function pastCommaAside(candidate: Candidate, tokens: Token[]): number {
	let depth = 0;
	for (let k = candidate.last + 2; k < tokens.length && k <= candidate.last + MAX_ASIDE_TOKENS; k++) {
		const gap = tokens[k]!.gapBefore;
		if (/[.!?]\s/.test(gap)) return -1;
		depth += (gap.match(OPENINGS)?.length ?? 0) - (gap.match(CLOSINGS)?.length ?? 0);
		if (depth === 0 && /, $/.test(gap)) return tokens[k]!.capitalized ? -1 : k;
	}
	return -1;
}

/**
 * The token that starts what a text says of a name, past one bracketed aside: "Paris (Persian: …, also
 * Romanized as Pārīz) is a village", "Dąbrowa [dɔmˈbrɔva] is", "Lisbon (/ˈlɪzbən/) is". -1 where no
 * lower-case word follows the name (or its aside) after a space.
 */
export function predicateStart(candidate: Candidate, tokens: Token[]): number {
	let k = candidate.last + 1;
	const next = tokens[k];
	if (!next) return -1;
	if (next.gapBefore === ', ' && (COMMA_ASIDES.has(next.text) || (NAMING_ASIDES.has(next.text) && NAMING_WORDS.has(tokens[k + 1]?.text ?? '')))) return pastCommaAside(candidate, tokens);
	if (next.gapBefore !== ' ') {
		if (!/^ [([]/.test(next.gapBefore)) return -1;
		let depth = 0;
		for (; k < tokens.length && k <= candidate.last + MAX_ASIDE_TOKENS; k++) {
			const gap = tokens[k]!.gapBefore;
			if (k > candidate.last + 1 && /[.!?]\s/.test(gap)) return -1;
			depth += (gap.match(OPENINGS)?.length ?? 0) - (gap.match(CLOSINGS)?.length ?? 0);
			if (depth <= 0 && k > candidate.last + 1) break;
		}
		const after = tokens[k];
		if (!after || depth !== 0 || !/[)\]] $/.test(after.gapBefore)) return -1;
	}
	return tokens[k]!.capitalized ? -1 : k;
}

// "Niger and Kaduna states", "Fulton, Cobb and DeKalb counties": the plural noun after a list names
// the kind of every item (singular: the noun a division's full name ends in)
const PLURAL_NOUNS = new Map<string, string>([...REGION_NOUNS, ...DISTRICT_NOUNS].map((noun) => [noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : noun.endsWith('sh') ? `${noun}es` : `${noun}s`, noun]));
/** "Fulton and DeKalb counties": the singular of the plural noun that ends the list the name starts or stands in. */
export function pluralNounAfter(candidate: Candidate, tokens: Token[], word = wordAfterList(candidate, tokens)): string | null {
	return word === null ? null : (PLURAL_NOUNS.get(word) ?? null);
}

/**
 * pluralNounAfter, or the singular county word after two names or more ("Williamson and Franklin county
 * officials"): it weighs the homonyms but keeps no name the recogniser dropped ("Sheriff Brown and Jackson
 * county deputies").
 */
export function divisionNounAfterList(candidate: Candidate, tokens: Token[]): string | null {
	const at = singularDivisionAfterList(candidate, tokens);
	return at >= 0 ? tokens[at]!.text : pluralNounAfter(candidate, tokens);
}

function pluralCueAfter(candidate: Candidate, tokens: Token[]): KindCue | null {
	const word = wordAfterList(candidate, tokens);
	// "the Benue and Niger rivers": each name is a river's, the country's or state's name though it is
	if (listOfRivers(candidate, tokens, word)) return 'water';
	const noun = pluralNounAfter(candidate, tokens, word);
	return noun === null ? null : noun === 'borough' ? null : cueOf(noun);
}

// the quarter of a land a phrase names: "in eastern Washington", "across upstate New York"
const QUARTERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upstate', 'downstate']);

/** "eastern Washington", "Upstate New York": a word for a quarter of a land right before the name (capitalised as a region's usual name too). */
export function afterQuarterWord(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	return !!before && tokens[candidate.first]!.gapBefore === ' ' && QUARTERS.has(before.lower);
}

// what is said only of places (not of firms, which are founded and incorporated): "Greenville is located"
const PLACE_PREDICATES = new Set(['located', 'situated', 'settled', 'platted']);

/** "Greenville is located …", "Oakland was settled …", "Troy lies on …": a verb said only of places, right after the name. */
export function placePredicate(candidate: Candidate, tokens: Token[]): boolean {
	const at = predicateStart(candidate, tokens);
	const copula = tokenAt(tokens, at);
	const verb = tokens[at + 1];
	if (at >= 0 && copula?.text === 'lies' && verb?.gapBefore === ' ' && WHERE_A_PLACE_LIES.has(verb.text) && !WHERE_A_PERSON_LIES.has(tokens[at + 2]?.text ?? '')) return true;
	if (at >= 0 && !!copula && !!verb && verb.gapBefore === ' ' && COPULAS_OF_STATE.has(copula.text) && PLACE_PREDICATES.has(verb.text)) return true;
	if (at < 0) return false;
	if (DISTANCE_VERBS.has(tokens[at]!.text)) return distanceAway(tokens, at + 1);
	// verbless only where the name opens a clause ("…, Duncan 9 miles to the south"): after a verb the name
	// is its object, and people are found or stopped so far from somewhere ("found Grace 2 miles north of …")
	return opensClause(candidate, tokens) && distanceAway(tokens, at);
}
// "Pigeon is 12 miles to the west", "Cross 5 km to the east", "lies some 20 km north-west of": how far
// and which way a name lies from here is said only of places (a person is so far from the finish, not
// "to the west" of it). Not "was": a story tells where a person was ("Chase was 3 miles west of town
// when the storm hit"); a place still is where it was
const DISTANCE_VERBS = new Set(['is', 'lies', 'lay', 'sits', 'stands']);

/** The name starts the text, a sentence or a clause: after a stop, a comma, a semicolon, a colon or "and". */
function opensClause(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	if (!before) return true;
	const gap = tokens[candidate.first]!.gapBefore;
	return /[.!?,;:]['"’”)]*\s|\n/.test(gap) || (gap === ' ' && before.lower === 'and');
}
export const ROUGHLY: ReadonlySet<string> = new Set(['about', 'approximately', 'around', 'roughly', 'some', 'nearly', 'almost', 'just', 'only', 'over', 'under']);
export const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mi', 'miles', 'mile']);
/** the words that say which way a place lies from another but give no compass bearing */
export const UNBEARING_WORDS: ReadonlySet<string> = new Set(['upstream', 'downstream', 'inland', 'offshore']);
const BEARING_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', ...UNBEARING_WORDS]);
const MAX_UNIT_ASIDE = 5;

/** A distance from `at` on ("12 miles (19 km) to the west", "5 km north of", "20 km from Brno"). */
function distanceAway(tokens: Token[], at: number): boolean {
	let k = ROUGHLY.has(tokens[at]?.text ?? '') ? at + 1 : at;
	if (!/^\d+$/.test(tokens[k]?.text ?? '')) return false;
	// "12.5 km", "1,200 miles"
	while (/^[.,]$/.test(tokens[k + 1]?.gapBefore ?? '') && /^\d+$/.test(tokens[k + 1]!.text)) k++;
	const unit = tokens[k + 1];
	if (!unit || !/^[ -]?$/.test(unit.gapBefore) || !DISTANCE_UNITS.has(unit.text)) return false;
	k += 2;
	// "(19 km)": the same distance in the other unit
	if (/^ \($/.test(tokens[k]?.gapBefore ?? '')) {
		const end = k + MAX_UNIT_ASIDE;
		while (k < end && k < tokens.length && !/\) $/.test(tokens[k]!.gapBefore)) k++;
	}
	const word = tokens[k];
	if (!word || !/^\)? $/.test(word.gapBefore)) return false;
	if (BEARING_WORDS.has(word.text)) return true;
	// "to the west", "to its south"
	if (word.text === 'to' && (tokens[k + 1]?.text === 'the' || tokens[k + 1]?.text === 'its')) return BEARING_WORDS.has(tokens[k + 2]?.text ?? '');
	// "20 km from Brno" (not "10 km from the finish")
	return word.text === 'from' && !!tokens[k + 1]?.capitalized;
}
// "Troy lies on the east bank of the Hudson", "Sarny lies 12 km south of …": where a place lies, said right
// after its name (a person lies to someone, about something, or in bed: "Troy lies in hospital")
const WHERE_A_PLACE_LIES = new Set(['on', 'in', 'along', 'at', 'near', 'between', 'beside', 'astride', 'across', 'within', 'just', 'some', 'approximately', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'upstream', 'downstream', 'halfway']);
const WHERE_A_PERSON_LIES = new Set(['bed', 'hospital', 'wait', 'state', 'intensive', 'critical', 'pain', 'hiding']);
const COPULAS_OF_STATE = new Set(['is', 'was']);

/** "Hasanabad is a village …", "Lima is a city …": the sentence describes the place as one of its kind. */
export function describesPlace(candidate: Candidate, tokens: Token[]): boolean {
	const at = predicateStart(candidate, tokens);
	return at >= 0 && COPULAS.has(tokens[at]!.text) && describedAs(tokens, at + 1) !== null;
}

/** "… is a small rural town": the noun a copula and an article introduce, a few adjectives on. */
function describedAs(tokens: Token[], from: number): KindCue | null {
	if (!ARTICLES.has(tokens[from]?.lower ?? '')) return null;
	for (let i = from + 1; i <= from + MAX_DESCRIPTION_WORDS && i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.capitalized || token.gapBefore !== ' ') return null;
		// "the county seat": a town or city, not a county
		if (token.text === 'county' && tokens[i + 1]?.text === 'seat') return 'city';
		// "a census-designated place": the US census's word for a town without a government
		if (token.text === 'designated' && tokens[i + 1]?.text === 'place') return 'town';
		const cue = cueOf(token.text);
		// "the state capital", "a county town": the last noun is the head, the one before says whose
		const head = tokens[i + 1];
		if (cue && head && head.gapBefore === ' ' && !head.capitalized) return cueOf(head.text) ?? cue;
		if (cue) return cue;
	}
	return null;
}

export function fitsCue(place: GazetteerPlace, cue: KindCue): boolean {
	switch (cue) {
		case 'region':
			return place.kind === 'region';
		case 'district':
			// Uganda's and Malawi's districts are the first level: "Buikwe District" is a region
			return place.kind === 'district' || (place.kind === 'region' && DISTRICT_NAME.test(place.name));
		case 'city':
			return place.kind === 'city';
		case 'town':
			return place.kind === 'city' && !capitalOrAtLeast(place, TOWN_POPULATION);
		case 'water':
			return place.kind === 'water';
		case 'settlement':
			return !isFeatureOrLand(place) && !isFirstLevelRegion(place);
		// "the island of Trinidad", "the island of Cyprus": an island or an island's country, never a town of the name
		// (nor a province that shares an island's name: "the island of Flores" is no department of Uruguay)
		case 'island':
			return place.kind === 'landform' || place.kind === 'country';
	}
}
const DISTRICT_NAME = /\sdistrict$/i;
// English and South Asian towns reach 250,000 people ("Luton is a town in Bedfordshire")
const TOWN_POPULATION = 300_000;

// the words a first-level division's full name may end in where news writes "the X region" or "X
// province" for it: Russia's krais and Ukraine's oblasts are regions in English news ("the Krasnoyarsk
// region" is Krasnoyarsk Krai, whose bare name is the city's)
const REGION_NAME_WORDS = [...REGION_NOUNS, 'krai'];

/** The key of the river a name before "river(s)" means: "the Ohio river" is the gazetteer's "Ohio River". */
export function riverNameKey(surface: string): string {
	return nameKey(`${surface} river`);
}

/**
 * Extra homonyms a cue brings in: "the state of Washington" is what the gazetteer calls "Washington
 * State", "the Krasnoyarsk region" "Krasnoyarsk Krai", "the Kagera region" "Kagera Region".
 */
export function cuedNameKeys(surface: string, cue: KindCue | null): string[] {
	if (cue === 'water') return [riverNameKey(surface)];
	return cue === 'region' ? REGION_NAME_WORDS.map((word) => nameKey(`${surface} ${word}`)) : [];
}

/**
 * A national capital's own first-level region bears its name, bare or with a division word (Beirut
 * Governorate, Moscow, Tokyo): the capital's territory, so "central Beirut" and "northern Moscow" are quarters of the city. A
 * lesser city's namesake region is a land of its own ("central New York" is the state's middle, New York
 * State; "northern Idlib" the governorate).
 */
export function capitalsOwnRegion(surface: string, city: GazetteerPlace, gazetteer: Gazetteer): boolean {
	if (!isCapital(city)) return false;
	return [nameKey(surface), ...cuedNameKeys(surface, 'region')].some((key) =>
		(gazetteer.byName.get(key) ?? []).some((value) => {
			const place = gazetteer.places[decodePlaceReference(value).index]!;
			return isFirstLevelRegion(place) && place.country === city.country && place.admin1 === city.admin1;
		}),
	);
}

const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;

/** Whether two mentions in a row are joined as items of a list ("Michigan, Oregon and Idaho"). */
export function listJoined(text: string, left: Candidate, right: Candidate): boolean {
	return right.start - left.end <= 7 && LIST_GAP.test(text.slice(left.end, right.start));
}

// "the Florina regional unit of Western Macedonia", "the Elena district, in …": a lower-case division word after a
// name, then "of", "in" or a stop, calls the name a division's (a first name is no division's name); not a title
// that goes on ("the Victoria county commissioner")
const DIVISION_NOUNS_AFTER = new Set(['district', 'county', 'province', 'region', 'municipality', 'prefecture', 'department', 'commune', 'woreda', 'zone', 'regency', 'governorate']);
const REGIONAL_UNIT = new Set(['unit', 'district']);
const AFTER_DIVISION = new Set(['of', 'in']);

/** A lower-case division word follows the candidate, then "of", "in" or no word ("the Florina regional unit of …"). */
export function divisionNounAfter(candidate: Candidate, tokens: Token[]): boolean {
	const word = tokens[candidate.last + 1];
	if (word?.gapBefore !== ' ') return false;
	const regional = word.text === 'regional' && tokens[candidate.last + 2]?.gapBefore === ' ' && REGIONAL_UNIT.has(tokens[candidate.last + 2]!.text);
	if (!regional && !DIVISION_NOUNS_AFTER.has(word.text)) return false;
	const next = tokens[candidate.last + (regional ? 3 : 2)];
	return !next || next.gapBefore !== ' ' || AFTER_DIVISION.has(next.text);
}
