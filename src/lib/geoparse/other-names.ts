// A place name that is part of another name: a code ("A/Perth/16/2009"), a compound ("Melbourne-Blake"),
// a firm ("Johnson & Johnson"), a thing named after a small place ("the Tribune", "a Holstein herd",
// "Eva's Village"), an institution ("the University of Manchester"), a person ("according to Chad").
// General cues of form only: no list of brands, people or events.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { DIVISION_NOUNS, EVERYDAY_WORD, FUNCTION_WORDS, INSTITUTION_HEADS } from './context-words.ts';
import { titledDivision } from './division-titles.ts';
import { insideCandidate } from './foreign-name-words.ts';
import { nameCue, type NameCue, type NameCueContext } from './name-cues.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isVerbAfterName } from './verb-after.ts';
import { ARTICLE_NAME } from './article-names.ts';
import { commonness } from './word-facts.ts';
import { personsNameEndsAt } from './person-of-place.ts';
import { afterPartyInitial } from './party-towns.ts';
import { hyphenedNeighbours } from './hyphened-towns.ts';
import { ownedOnlyByTown } from './town-possessions.ts';
import { otherNameInRegion } from './region-key.ts';
import type { JudgeContext } from './phrase-cues.ts';

export type OtherName = NameCue | 'organisation' | 'after-article' | 'possessive-name' | 'institution' | 'dedication';

// "the church of St Mary", "St Michael's Church", "dedicated to All Saints": a saint a building is
// named for (English and Polish village articles name one in nearly every parish), not the Jamaican
// parish or the Minnesota city of that name
const SAINT_WORDS = new Set(['st', 'saint', 'ss', 'sts', 'ste', 'sainte', 'san', 'santa']);
const DEDICATED_BUILDINGS = new Set(['church', 'chapel', 'cathedral', 'abbey', 'priory', 'basilica', 'minster', 'oratory', 'shrine', 'parish']);
// the buildings and grounds named for a saint whose name takes the apostrophe alone ("St James' Park")
const DEDICATED_GROUNDS = new Set(['Park', 'Hospital', 'Church', 'Cathedral', 'Chapel', 'School', 'College', 'Hall', 'Gate', 'Well', 'Abbey', 'Square']);
// how far back a list of saints may reach: "St Peter and St Paul", "St Mary, St Anne and St Joseph"
const SAINT_LIST_REACH = 8;

const UPPER = /^\p{Lu}/u;
/** A capitalised word joined by a space: the name runs on ("St James' Park Rangers"). */
function capitalisedAfter(token: Token | undefined): boolean {
	return token !== undefined && token.gapBefore === ' ' && UPPER.test(token.text);
}
// position words that other languages hyphen before a region's name ("Bas-Saint-Laurent", "Haute-Marne", "Alto-Paraná")
const POSITION_PREFIXES = new Set(['bas', 'basse', 'haut', 'haute', 'hautes', 'hauts', 'nord', 'sud', 'grand', 'grande', 'petit', 'petite', 'alto', 'alta', 'baixo', 'baixa', 'bajo', 'baja']);
// Korean and Japanese division suffixes written after a hyphen: eup and myeon (towns and townships of a county),
// gun (county), dong and ri (villages); machi and chō (towns), mura and son (villages)
const DIVISION_SUFFIXES = new Set(['eup', 'myeon', 'gun', 'dong', 'ri', 'machi', 'chō', 'cho', 'mura', 'son']);
const SCHOOL_WORDS = new Set(['University', 'College', 'Colleges', 'Institute']);
// the members a fraternal order is named by, before the "of" of its name ("Knights of Columbus", "Daughters of Utah Pioneers")
const ORDER_MEMBERS = new Set(['Knights', 'Sons', 'Daughters', 'Sisters', 'Brothers']);

/**
 * The members' word at `at` opens a fraternal order's name: not after a surname or an ampersand, where it names a
 * family, a firm or a band whose "of" places it ("Ringling Brothers of Baraboo", "Smith & Sons of Dayton"); an
 * article the tokens do not mark as a sentence's start ("PETERSBURG — The Sons of Norway") is no surname.
 */
function fraternalOrder(tokens: Token[], at: number): boolean {
	const members = tokens[at];
	if (!members || !ORDER_MEMBERS.has(members.text)) return false;
	const before = tokenAt(tokens, at - 1);
	return !members.gapBefore.includes('&') && !(before && members.gapBefore === ' ' && (before.text === '&' || (before.capitalized && !before.sentenceStart && !FUNCTION_WORDS.has(before.lower))));
}
// lower-case words for a publication after its name ("the Herald newspaper"; not "paper": "the Kent paper mill")
const PUBLICATION_KINDS = new Set(['newspaper', 'magazine', 'tabloid', 'broadsheet']);

/** The candidate, "and", one capitalised word that is no well-known place, then a school's word. */
function pairedSchoolName(candidate: Candidate, tokens: Token[], wellKnownPlaceAt: (token: number) => boolean): boolean {
	const and = tokens[candidate.last + 1];
	const partner = tokens[candidate.last + 2];
	const school = tokens[candidate.last + 3];
	if (!and || !partner || !school || and.text !== 'and' || and.gapBefore !== ' ' || partner.gapBefore !== ' ' || school.gapBefore !== ' ') return false;
	return partner.capitalized && !partner.allCaps && SCHOOL_WORDS.has(school.text) && !wellKnownPlaceAt(candidate.last + 2);
}
const SAINT = /^(?:St\.?|Saint|Ste\.?) \p{Lu}/u;
// what a firm, not a town, owns: "Zara's headquarters", "Cadillac's sales" (a town has a mayor and residents)
const FIRM_BELONGINGS = new Set('shares stock sales profit profits revenue revenues earnings headquarters shareholders investors customers products brand stores executives subsidiary'.split(' '));

/**
 * What other name the candidate belongs to, if its form says so. `wellKnown` places keep more of their
 * readings ("the Bronx" is still a place; "the Tribune" is a newspaper).
 */
export function otherNameAround(candidate: Candidate, place: GazetteerPlace, ctx: NameCueContext & Pick<JudgeContext, 'namesByRegion'>, wellKnownPlaceAt: (token: number) => boolean, wellKnown: boolean, firstName: boolean): OtherName | null {
	const { text, tokens } = ctx;
	const cue = nameCue(candidate, place, ctx, wellKnown, firstName);
	if (cue) return cue;
	// "A/Perth/16/2009", "H1N1/California/7": a name between slashes beside numbers is a code
	if (text[candidate.end] === '/' && /^\/\S*\d/.test(text.slice(candidate.end, candidate.end + 24))) return 'code';
	if (text.charAt(candidate.start - 1) === '/' && /\d\S*\/$/.test(text.slice(Math.max(0, candidate.start - 24), candidate.start))) return 'code';
	// "B/Victoria", "B/Yamagata lineages": a name after a single capital and a slash is a lineage's code
	if (text.charAt(candidate.start - 1) === '/' && /(?:^|[^\p{L}\p{N}])\p{Lu}\/$/u.test(text.slice(Math.max(0, candidate.start - 3), candidate.start))) return 'code';
	// "Melbourne-Blake", "Shin-Soo": a hyphen into another capitalised word that is no well-known place
	// ("Baku-Tbilisi" is two)
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === '-') {
		// ("Cuba-Rushford Central School": two neighbouring towns, hyphened-towns.ts)
		if (next.capitalized && !wellKnownPlaceAt(candidate.last + 1) && !hyphenedNeighbours(candidate, ctx.candidateAt.get(candidate.last + 1), tokens, ctx.gazetteer, ctx.candidateAt)) return 'compound-name';
		// "Obama-era", "Newton-meters": a small place's name as the head of a compound word (not "Boseong-eup",
		// "Shirakawa-mura": the town with its Korean or Japanese division suffix)
		if (!next.capitalized && !wellKnown && !DIVISION_SUFFIXES.has(next.text)) return 'compound-name';
	}
	// "Bas-Saint-Laurent", "Haute-Côte-Nord": hyphened after a position word of another language or a
	// capitalised word that names no place, the name is the end of a longer one ("Cootamundra-Gundagai" and
	// "Dallas-Fort Worth" are two places; "IBA-Karachi", "UW-Madison" a campus and its town; a country or
	// continent after a prefix or a person is still itself: "Sino-Japan talks", "the Biden-Mexico accord")
	const previousWord = tokenAt(tokens, candidate.first - 1);
	const nation = place.kind === 'country' || place.kind === 'continent';
	// ("Rep. Jay Pruitt, R-Hooker": a party's initial before the member's town, party-towns.ts; a member's home is a
	// town, no land: "R-Scotland" is Scotland, Connecticut, which the gazetteer may lack)
	if (previousWord && !nation && tokens[candidate.first]!.gapBefore === '-' && previousWord.capitalized && !previousWord.allCaps && (POSITION_PREFIXES.has(previousWord.lower) || !insideCandidate(candidate.first - 1, ctx.candidateAt)) && !(place.kind === 'city' && afterPartyInitial(tokens, candidate.first))) return 'compound-name';
	// "Johnson & Johnson", "Salt + Smoke", "Bed Bath & Beyond" (the judge keeps a well-known place as embedded)
	const joinedAfter = text.slice(candidate.end, candidate.end + 3);
	const joinedBefore = text.slice(Math.max(0, candidate.start - 3), candidate.start);
	if ((joinedAfter === ' & ' || joinedAfter === ' + ') && UPPER.test(text.slice(candidate.end + 3, candidate.end + 4))) return 'organisation';
	if ((joinedBefore === ' & ' || joinedBefore === ' + ') && tokenAt(tokens, candidate.first - 1)?.capitalized) return 'organisation';
	// "Washington and Lee University", "Franklin and Marshall College": two names joined before a school's word
	if (pairedSchoolName(candidate, tokens, wellKnownPlaceAt)) return 'organisation';
	const previous = tokenAt(tokens, candidate.first - 1);
	const joined = tokens[candidate.first]!.gapBefore === ' ';
	// "called the Red Cross.", "the Tribune –", "the Red Cross opened": a small place's name after "the",
	// standing alone or before a verb, names a thing called after it ("the Nenagh district", "the
	// Republic and …" stay: a noun or a list follows); not a place whose own name begins with the article
	// ("flooding in the Dalles closed schools": article-names.ts)
	// ... or before the kind of publication it names ("told the Herald newspaper")
	const standsAlone = !next || (next.gapBefore !== ' ' && /^\s*[.,;:!?–—"”]/.test(next.gapBefore));
	if (!wellKnown && previous && joined && previous.lower === 'the' && !ARTICLE_NAME.test(place.name) && (standsAlone || PUBLICATION_KINDS.has(next.text) || isVerbAfterName(next, ctx.gazetteer) || verbAfterPairedName(next, candidate.last, tokens, ctx.gazetteer)) && !titledDivision(candidate, tokens) && !endsInDivisionNoun(candidate, tokens)) return 'after-article';
	// "Eva's Village", "St. Peter's Basilica": a small place's name owning a capitalised noun names a site
	// ... also where the name read takes the s in ("St. Mary's" read as St. Marys, Georgia)
	const sTaken = tokens[candidate.last]!.text === 's' && /^['’]$/.test(tokens[candidate.last]!.gapBefore);
	const s = sTaken ? tokens[candidate.last] : tokens[candidate.last + 1];
	const ownedAt = candidate.last + (sTaken ? 1 : 2);
	const owned = tokens[ownedAt];
	const possessive = s !== undefined && s.text === 's' && /^['’]$/.test(s.gapBefore);
	// (not the town's main street or its First church: "Walnut Grove's Main Street", town-possessions.ts)
	if (!wellKnown && possessive && owned && owned.gapBefore === ' ' && UPPER.test(owned.text) && !ownedOnlyByTown(tokens, ownedAt, place.country === 'US', () => otherNameInRegion(place, candidateKey(text, candidate), ctx.namesByRegion), ctx.gazetteer)) return 'possessive-name';
	// "St. Mary's Hospital", "St. Paul's Cathedral": a saint's name owning a capitalised noun names what is
	// dedicated to the saint, whatever towns bear the name ("St. Mary's County" is read whole before this)
	if (possessive && owned && owned.gapBefore === ' ' && UPPER.test(owned.text) && SAINT.test(text.slice(candidate.start, candidate.end))) return 'dedication';
	// ... also where a saint's name in s takes the apostrophe alone before a building or ground that ends the
	// name ("St. James' Park in", "St Thomas' Hospital"); a town in s owns other things ("St. Louis' Forest Park",
	// "St Helens' Labour MP", "St. Charles' Main Street")
	if (next && /^['’] $/.test(next.gapBefore) && text[candidate.end - 1] === 's' && DEDICATED_GROUNDS.has(next.text) && !capitalisedAfter(tokens[candidate.last + 2]) && SAINT.test(text.slice(candidate.start, candidate.end))) return 'dedication';
	// "Cadillac's sales", "Zara's headquarters": what a small place's name owns is a firm's
	if (!wellKnown && possessive && owned && owned.gapBefore === ' ' && FIRM_BELONGINGS.has(owned.text)) return 'possessive-name';
	// "Victoria's Secret stores": an everyday word the name owns, then what a firm owns, is a brand's name,
	// however well known the place ("Britain's Tesco stores" stay: "Tesco" is no everyday word)
	const belonging = tokens[ownedAt + 1];
	if (possessive && owned && owned.gapBefore === ' ' && UPPER.test(owned.text) && !owned.allCaps && commonness(owned.lower, ctx.gazetteer) >= EVERYDAY_WORD && belonging?.gapBefore === ' ' && FIRM_BELONGINGS.has(belonging.text)) return 'possessive-name';
	// "a McDonald's franchise": one of many things called by a small place's name is a brand
	if (!wellKnown && possessive && previous && joined && /^an?$/i.test(previous.text)) return 'possessive-name';
	// "according to Chad", "according to Davis": a source quoted is a person
	const to = tokenAt(tokens, candidate.first - 1);
	const according = tokenAt(tokens, candidate.first - 2);
	if ((firstName || !wellKnown) && to?.text === 'to' && according?.lower === 'according' && joined) return 'person-name';
	if (dedicatedTo(candidate, tokens)) return 'dedication';
	// "the University of Manchester", "Bank of America": a place word after an institution's "of"; "the Knights of
	// Columbus", "the Sons of Norway": after a fraternal order's members
	const institution = tokenAt(tokens, candidate.first - 2);
	// (not a person's surname: "a daughter, Linda Hall of Paris")
	if (to?.text === 'of' && joined && institution?.capitalized && (INSTITUTION_HEADS.has(institution.lower) || fraternalOrder(tokens, candidate.first - 2)) && to.gapBefore === ' ' && !(DIVISION_NOUNS.has(institution.lower) && divisionOfNamed(candidate.first - 2, ctx.candidateAt)) && !personsNameEndsAt(candidate.first - 2, tokens, ctx.gazetteer)) return 'institution';
	// ... and the second of two lands a union's name joins: "the Federation of Rhodesia and Nyasaland"
	if (to?.text === 'and' && to.gapBefore === ' ' && joined && secondOfUnion(candidate.first - 2, tokens, ctx.candidateAt)) return 'institution';
	return null;
}

// the heads of a union's name, which joins its lands after "of" ("the Federation of Rhodesia and Nyasaland")
const UNION_HEADS = new Set(['federation', 'confederation', 'union']);
// the most words of the first land's name
const UNION_LAND_WORDS = 3;

/** A name ends at token `end` that follows a union's capitalised head and "of". */
function secondOfUnion(end: number, tokens: Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	for (let first = end; first > end - UNION_LAND_WORDS; first--) {
		if (candidateAt.get(first)?.last !== end) continue;
		const of = tokenAt(tokens, first - 1);
		const head = tokenAt(tokens, first - 2);
		return of?.text === 'of' && of.gapBefore === ' ' && !!head?.capitalized && UNION_HEADS.has(head.lower);
	}
	return false;
}

/** "the Nenagh Municipal District would meet": a name of several words ending in a division's noun is that division, which takes the article. */
function endsInDivisionNoun(candidate: Candidate, tokens: Token[]): boolean {
	return candidate.last > candidate.first && DIVISION_NOUNS.has(tokens[candidate.last]!.lower);
}

// how far back a division's name may begin before its noun ("the San Pedro de Macorís Department")
const DIVISION_NAME_REACH = 4;

/**
 * "the Quindío Department of Colombia", "the Cordillera Department of Paraguay": a noun that is both an
 * institution's head and a division's ("Department") closing a place's name makes that division, and the
 * name after its "of" is the land it lies in, not a ministry's ("the Department of Justice").
 */
function divisionOfNamed(noun: number, candidateAt: ReadonlyMap<number, Candidate>): boolean {
	for (let first = noun; first >= 0 && first >= noun - DIVISION_NAME_REACH; first--) {
		const candidate = candidateAt.get(first);
		// the division's own name ending in the noun, or a place's name just before it
		if (candidate && (candidate.last === noun || candidate.last === noun - 1)) return true;
	}
	return false;
}

// capitalised words the second name of "the X and the Y" may run to before its verb ("the Salvation Army")
const MAX_PAIRED_NAME_WORDS = 4;

/** "the Red Cross and the Salvation Army said": the pair of bodies, subject of the verb after the second. */
function verbAfterPairedName(next: Token | undefined, last: number, tokens: Token[], gazetteer: Gazetteer): boolean {
	if (next?.text !== 'and' || next.gapBefore !== ' ' || tokens[last + 2]?.text !== 'the') return false;
	for (let k = last + 3; k < tokens.length && k <= last + 2 + MAX_PAIRED_NAME_WORDS; k++) {
		const token = tokens[k]!;
		if (token.gapBefore !== ' ') return false;
		if (!token.capitalized) return k > last + 3 && isVerbAfterName(token, gazetteer);
	}
	return false;
}

function word(tokens: Token[], i: number): string {
	return tokenAt(tokens, i)?.lower ?? '';
}

/** "dedicated to (St) X", "the church of St X": the words right before token `i` dedicate what follows. */
function dedicationBefore(tokens: Token[], i: number, saint: boolean): boolean {
	if ((word(tokens, i - 2) === 'dedicated' || word(tokens, i - 2) === 'dedication') && word(tokens, i - 1) === 'to') return true;
	return saint && word(tokens, i - 1) === 'of' && DEDICATED_BUILDINGS.has(word(tokens, i - 2));
}

/**
 * Whether the candidate names a saint or feast a building is dedicated to: "the Church of St Peter and
 * St Paul", "St Michael's Church", "a chapel dedicated to All Saints".
 */
function dedicatedTo(candidate: Candidate, tokens: Token[]): boolean {
	const saint = SAINT_WORDS.has(word(tokens, candidate.first));
	if (dedicationBefore(tokens, candidate.first, saint)) return true;
	if (!saint) return false;
	// "St Michael's Church", "St Mary's parish church"
	const s = tokens[candidate.last + 1];
	const building = tokens[candidate.last + 2];
	if (s?.text === 's' && /^['’]$/.test(s.gapBefore) && building && building.gapBefore === ' ') {
		const noun = building.lower;
		if (DEDICATED_BUILDINGS.has(noun) && noun !== 'parish') return true;
		if (noun === 'parish' && word(tokens, candidate.last + 3) === 'church') return true;
	}
	// a later saint of a list that a dedication starts ("… of St Peter and St Paul")
	const joiner = word(tokens, candidate.first - 1);
	if (joiner !== 'and' && joiner !== '&' && tokens[candidate.first]!.gapBefore !== ', ') return false;
	for (let i = candidate.first - 2; i >= 0 && i >= candidate.first - SAINT_LIST_REACH; i--) {
		if (SAINT_WORDS.has(word(tokens, i)) && tokens[i]!.capitalized && dedicationBefore(tokens, i, true)) return true;
		if (/[.;:!?]/.test(tokens[i + 1]!.gapBefore)) return false;
	}
	return false;
}
