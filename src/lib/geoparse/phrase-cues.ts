// What the words around a candidate say of it: a reporting verb after it, a preposition or list before it,
// an apposition that calls it a settlement, a residence ("Jane Doe, of Eudora,"). Read by judge.ts and
// place-readings.ts.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { ARTICLES, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, LOCATIVE_PREPOSITIONS, PERSON_TITLES, TOWN_PEOPLE } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';
import { computedOnce } from './computed-once.ts';
import { namesCoronavirus, placesNamedPlainly } from './pathogen-names.ts';
import { namesListItems } from './name-lists.ts';
import { isTranscript } from './speaker-labels.ts';
import { leadingPlacesByCountry } from './region-land.ts';
import { landsByCountry, type LandsByCountry } from './likened-landscapes.ts';
import { namesPlacingTowns } from './placing-names.ts';
import { isCommonWord } from './word-facts.ts';
import { regionKey } from './region-key.ts';
import { LIST_WORDS, spaceOrCommaSpace, wordAfterList } from './list-nouns.ts';
import { afterPartyInitial } from './party-towns.ts';

export interface JudgeContext {
	text: string;
	tokens: Token[];
	gazetteer: Gazetteer;
	/** candidates by their first token: a capitalised neighbour that is itself a place is no person or org name */
	candidateAt: Map<number, Candidate>;
	/** the text has a colon, which ends every gloss's label ("Tagalog:"): without one no name is in a gloss */
	mayHoldGlosses: boolean;
	/** the text names the coronavirus (read on first use: pathogen-names.ts) */
	aboutCoronavirus: () => boolean;
	/** the first places of names before no "virus" (read on first use: pathogen-names.ts) */
	namedPlainly: () => Set<number>;
	/** the first tokens of the candidates that are items of a list of names, a line-up (read on first use: name-lists.ts) */
	listedNames: () => Map<number, boolean>;
	/** the words the text writes in lower case, and those it capitalises inside a sentence (read on first use) */
	writtenCases: () => WrittenCases;
	/** the text's line-opening capitals before a colon are speakers, not listing headings (read on first use: speaker-labels.ts) */
	transcript: () => boolean;
	/** the names of the text's candidates by the first-level region their leading place lies in (read on first use) */
	namesByRegion: () => Map<string, Set<string>>;
	/** the candidates' leading places by the country they lie in (read on first use: region-land.ts) */
	leadingPlacesByCountry: () => Map<string, Set<number>>;
	/** the last offset at which each word asked about stands whole in the text, filled as asked (headline-words.ts) */
	lastWholeAt: () => Map<string, number>;
	/** the text's country and region names by country (read on first use: likened-landscapes.ts) */
	landsByCountry: () => LandsByCountry;
	/** for a town, the first two of the text's names that may place it (filled as asked: placing-names.ts) */
	namesPlacing: (place: GazetteerPlace) => readonly Candidate[];
}

export interface WrittenCases {
	lower: Set<string>;
	capitalisedInside: Set<string>;
}

/**
 * How the text writes the one-word names that open its sentences: in lower case somewhere, capitalised inside
 * a sentence somewhere. (Only those words are recorded: adding every word of the text to a set cost more.)
 */
function writtenCases(tokens: Token[], candidates: Iterable<Candidate>): WrittenCases {
	const cases: WrittenCases = { lower: new Set(), capitalisedInside: new Set() };
	const opening = new Set<string>();
	for (const candidate of candidates) if (candidate.first === candidate.last && tokens[candidate.first]!.sentenceStart) opening.add(tokens[candidate.first]!.lower);
	if (opening.size === 0) return cases;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (!opening.has(token.lower)) continue;
		if (!token.capitalized) cases.lower.add(token.text);
		else if (!token.sentenceStart && !insideLongerName(tokens, i)) cases.capitalisedInside.add(token.lower);
	}
	return cases;
}

/**
 * "the Mobile Data Association": a word capitalised as one of a longer name's words says nothing of how the
 * text writes the word alone; a place's own longer name ("Mobile County", "Mobile Bay") still does.
 */
function insideLongerName(tokens: Token[], i: number): boolean {
	const before = tokenAt(tokens, i - 1);
	const after = tokens[i + 1];
	const nameBefore = before !== undefined && tokens[i]!.gapBefore === ' ' && before.capitalized && !before.sentenceStart;
	const nameAfter = after !== undefined && after.gapBefore === ' ' && after.capitalized && !GEOGRAPHIC_HEADS.has(after.lower);
	return nameBefore || nameAfter;
}

/** The name keys of the candidates that are no ordinary word, by the region their leading place lies in. */
function namesByRegion(text: string, candidates: Iterable<Candidate>, gazetteer: Gazetteer): Map<string, Set<string>> {
	const names = new Map<string, Set<string>>();
	for (const candidate of candidates) {
		const key = candidateKey(text, candidate);
		if (isCommonWord(key, gazetteer)) continue;
		const region = regionKey(gazetteer.places[candidate.places[0]!]!);
		if (region === null) continue;
		const keys = names.get(region) ?? new Set<string>();
		keys.add(key);
		names.set(region, keys);
	}
	return names;
}

/** The context a text's candidates are judged in, with what is read once of the whole text. */
export function judgeContext(text: string, tokens: Token[], gazetteer: Gazetteer, candidateAt: Map<number, Candidate>): JudgeContext {
	return { text, tokens, gazetteer, candidateAt, mayHoldGlosses: text.includes(':'), aboutCoronavirus: computedOnce(() => namesCoronavirus(text)), namedPlainly: computedOnce(() => placesNamedPlainly(candidateAt.values(), tokens)), listedNames: computedOnce(() => namesListItems(tokens, candidateAt, gazetteer)), writtenCases: computedOnce(() => writtenCases(tokens, candidateAt.values())), transcript: computedOnce(() => isTranscript(text, candidateAt.values(), gazetteer)), namesByRegion: computedOnce(() => namesByRegion(text, candidateAt.values(), gazetteer)), leadingPlacesByCountry: computedOnce(() => leadingPlacesByCountry(candidateAt.values(), gazetteer)), lastWholeAt: computedOnce(() => new Map<string, number>()), landsByCountry: computedOnce(() => landsByCountry(candidateAt.values(), gazetteer)), namesPlacing: namesPlacingTowns(candidateAt, gazetteer) };
}

// Gap tests said as comparisons: judging asks them of every candidate's neighbours, and a regular
// expression costs tens of nanoseconds a call where most gaps are one space.
export function isApostrophe(gap: string): boolean {
	return gap === "'" || gap === '’';
}
/** The "s" of a possessive "'s" (the tokenizer leaves the apostrophe in the gap before it). */
export function isPossessiveMark(token: Token | undefined): boolean {
	return token !== undefined && token.text === 's' && isApostrophe(token.gapBefore);
}
export function spaceOrHyphen(gap: string): boolean {
	return gap === ' ' || gap === '-';
}
/** /^\s+$/ */
function whitespace(gap: string): boolean {
	return gap === ' ' || /^\s+$/.test(gap);
}

// "officials in Eudora said" (not "a source close to McGregor told")
export const PLACE_OF_SPEAKERS = new Set(['in', 'at', 'near', 'from']);
// "drivers who commute to Medford said", "families who moved to Salem told": a verb of going before "to"
// makes the name the end of the speakers' journey, not the one who speaks ("a source close to McGregor
// told", "a letter to Jones said" have no such verb). Not "go": what "goes to" or "went to" someone is given to
// a person ("Credit goes to Howard said the coach", "The contract went to Clayton told reporters")
const GOING_VERBS = new Set('commute commutes commuted commuting drive drives drove driving travel travels traveled travelled traveling travelling move moves moved moving relocate relocated head heads headed heading return returns returned returning fly flies flew flying walk walks walked'.split(' '));

/** "who commute to Medford said": the name is where the speakers go ("to" after a verb of going). */
export function goneToBySpeakers(candidate: Candidate, ctx: JudgeContext): boolean {
	const to = tokenAt(ctx.tokens, candidate.first - 1);
	const verb = tokenAt(ctx.tokens, candidate.first - 2);
	return to?.text === 'to' && verb !== undefined && whitespace(to.gapBefore) && whitespace(ctx.tokens[candidate.first]!.gapBefore) && GOING_VERBS.has(verb.lower);
}
/** "trucks bound for Pullman", "a flight bound for Denver": the name after "bound for" is where the journey ends. */
export function boundFor(candidate: Candidate, tokens: Token[]): boolean {
	const forWord = tokenAt(tokens, candidate.first - 1);
	if (forWord?.text !== 'for' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const bound = tokenAt(tokens, candidate.first - 2);
	return bound?.text === 'bound' && forWord.gapBefore === ' ';
}
const SPEECH_VERBS = new Set('said says told tells added wrote explained noted argued stated asked replied tweeted insisted warned claimed'.split(' '));

/** "Johnson said": the name is the subject of a reporting verb. */
export function speaksAfter(candidate: Candidate, ctx: JudgeContext): boolean {
	return subjectOfSpeech(candidate, ctx.tokens);
}

/** speaksAfter, from the text's tokens alone. */
export function subjectOfSpeech(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	return next !== undefined && whitespace(next.gapBefore) && SPEECH_VERBS.has(next.lower) && !officeHolderSpeaks(candidate, tokens);
}

/** "the governor of Zacatecas said", "the mayor of Irmo said": the holder of the place's office speaks, the name is where. */
function officeHolderSpeaks(candidate: Candidate, tokens: Token[]): boolean {
	const of = tokenAt(tokens, candidate.first - 1);
	const office = tokenAt(tokens, candidate.first - 2);
	return of?.text === 'of' && office !== undefined && !office.capitalized && of.gapBefore === ' ' && tokens[candidate.first]!.gapBefore === ' ' && PERSON_TITLES.has(office.text);
}

export function previousWord(candidate: Candidate, ctx: JudgeContext): string | undefined {
	const token = tokenAt(ctx.tokens, candidate.first - 1);
	return token && whitespace(ctx.tokens[candidate.first]!.gapBefore) ? token.lower : undefined;
}

export const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'community', 'suburb', 'hamlet', 'borough', 'township', 'municipality', 'settlement']);
// words that may follow the noun of an apposition that describes a place: "a town of 1,000", "a city in Kansas"
const AFTER_SETTLEMENT = new Set(['of', 'in', 'on', 'near', 'about', 'just', 'some', 'that', 'which', 'where', 'north', 'south', 'east', 'west', 'along', 'outside', 'between', 'across']);
// adjectives an apposition may put before its noun: "a small farming town"
const MAX_APPOSITION_ADJECTIVES = 3;

/**
 * The token index of an apposition's noun right after the name: ", " and an article, then up to `adjectives`
 * spaced lower-case words before one of `nouns` (", a small farming town", ", the local writer"); -1 for none.
 */
export function appositionNounAt(candidate: Candidate, tokens: readonly Token[], nouns: ReadonlySet<string>, adjectives: number): number {
	const article = tokens[candidate.last + 1];
	if (!article || article.gapBefore !== ', ' || !ARTICLES.has(article.text)) return -1;
	for (let i = candidate.last + 2; i <= candidate.last + 2 + adjectives && i < tokens.length; i++) {
		const word = tokens[i]!;
		if (word.capitalized || word.gapBefore !== ' ') return -1;
		if (nouns.has(word.text)) return i;
	}
	return -1;
}

/** "Troy, a town of about 1,000 in Doniphan County": an apposition that says the name is a settlement ("a city official" is no such apposition). */
export function appositiveCue(candidate: Candidate, tokens: Token[]): boolean {
	const noun = appositionNounAt(candidate, tokens, SETTLEMENT_NOUNS, MAX_APPOSITION_ADJECTIVES);
	if (noun < 0) return false;
	const next = tokens[noun + 1];
	return !next || next.gapBefore !== ' ' || AFTER_SETTLEMENT.has(next.text);
}

// prepositions that put a word English also has in a place: "schools in Troy", not "lost to Williams", "at Arsenal"
const PLACING_PREPOSITIONS = new Set(['in', 'near', 'outside', 'throughout', 'around']);

/** "in Troy": not "in Kelly's office" (a possessive), "in Congress" (an institution's word). */
export function nameAfterPreposition(candidate: Candidate, ctx: JudgeContext): boolean {
	if (!PLACING_PREPOSITIONS.has(previousWord(candidate, ctx) ?? '')) return false;
	const next = ctx.tokens[candidate.last + 1];
	if (next && (isApostrophe(next.gapBefore[0] ?? '') || isPossessiveMark(next))) return false;
	return !INSTITUTION_HEADS.has(ctx.tokens[candidate.last]!.lower);
}

/** "Jane Doe, of Eudora,", "Miss Abdhou, of Hayes,", "Sen. Carol Meeks, R-Guymon,": where a person lives, as news writes it. */
export function residence(candidate: Candidate, ctx: JudgeContext): boolean {
	const of = tokenAt(ctx.tokens, candidate.first - 1);
	if (of?.text === 'of') return of.gapBefore === ', ' && ctx.tokens[candidate.first]!.gapBefore === ' ';
	return afterPartyInitial(ctx.tokens, candidate.first);
}

// a list of places runs this many items back to its preposition at most ("in A, B, C and D")
const MAX_LIST_ITEMS = 12;

/** The candidate that ends right before a list joiner ("Arlington [and] Fairfax", "Dayton, Xenia"), if any. */
export function previousListItem(candidate: Candidate, ctx: JudgeContext): Candidate | null {
	const { tokens } = ctx;
	const gap = tokens[candidate.first]!.gapBefore;
	let last: number;
	if (gap !== ' ' && /^\s*,\s*$/.test(gap)) last = candidate.first - 1;
	else if (gap === ' ' && LIST_WORDS.has(tokenAt(tokens, candidate.first - 1)?.text ?? '') && spaceOrCommaSpace(tokenAt(tokens, candidate.first - 1)!.gapBefore)) last = candidate.first - 2;
	else return null;
	for (let first = last; first >= 0 && first > last - ctx.gazetteer.maxNameWords; first--) {
		const item = ctx.candidateAt.get(first);
		if (item && item.last === last) return item;
	}
	return null;
}

/**
 * "from Arlington and Fairfax", "in Dayton, Xenia and Fairborn": an item of a list of names that a
 * locative preposition opens is read as a place like the first ("Fairfax" is a first name too).
 */
export function listedAfterLocative(candidate: Candidate, ctx: JudgeContext): boolean {
	return listOpenedBy(candidate, ctx, LOCATIVE_PREPOSITIONS) !== null;
}

/** An item of a list of names that one of the words opens ("from Arlington and Fairfax"), or null. */
function listOpenedBy(candidate: Candidate, ctx: JudgeContext, words: Set<string>): Candidate | null {
	let item: Candidate | null = candidate;
	for (let n = 0; n < MAX_LIST_ITEMS; n++) {
		item = previousListItem(item, ctx);
		if (!item) return null;
		if (words.has(previousWord(item, ctx) ?? '')) return item;
	}
	return null;
}

// people a place's name after "in" tells where they are: "officials in Irmo and Cayce said"
// (and those a local paper asks about trade, work and school: "merchants in Belton and Hewitt said")
const SPEAKER_NOUNS = new Set([
	...TOWN_PEOPLE,
	...'residents chiefs mayors officers administrators businesses farmers families neighbors neighbours merchants retailers owners managers shoppers customers workers employees drivers members volunteers organizers organisers'.split(' ')
]);

// "residents of Clifton Heights said": after the speakers, "of" names their place too
const SPEAKERS_OF = new Set(['of']);

// those who live in a place: "residents of A and B" names where they live whatever they did, as "in" does
const RESIDENT_NOUNS = new Set(['residents', 'inhabitants', 'villagers', 'townspeople']);
// ... but residents live in buildings as often: "residents of Kennedy, Jackson and Adams halls"
const BUILDING_PLURALS = new Set(['halls', 'flats', 'towers', 'blocks', 'houses', 'homes', 'estates', 'buildings', 'courts', 'streets', 'roads', 'avenues', 'apartments', 'dormitories', 'dorms', 'wards']);

/**
 * "residents of Halifax and Lucinda were told to leave": a later item of a list right after "residents of".
 * The first item ("Residents of Bethany, a care home") is left to its own words, as is a lone name: where it is
 * a place, the later items' reading places it too (place-readings.ts).
 */
export function placeOfResidents(candidate: Candidate, ctx: JudgeContext): boolean {
	const first = listOpenedBy(candidate, ctx, SPEAKERS_OF);
	return first !== null && RESIDENT_NOUNS.has(tokenAt(ctx.tokens, first.first - 2)?.lower ?? '') && !BUILDING_PLURALS.has(wordAfterList(candidate, ctx.tokens) ?? '');
}

/**
 * "leaders in Irmo, West Columbia and Cayce said", "residents of Drexel Hill and Clifton Heights said": an
 * item of a list of places the speakers are in (not "training in Holland and Ferguson said"), or the place
 * right after "residents of".
 */
export function listedAfterSpeakersPlace(candidate: Candidate, ctx: JudgeContext): boolean {
	const opening = listOpenedBy(candidate, ctx, PLACE_OF_SPEAKERS);
	if (opening !== null && SPEAKER_NOUNS.has(tokenAt(ctx.tokens, opening.first - 2)?.lower ?? '')) return true;
	const first = previousWord(candidate, ctx) === 'of' ? candidate : listOpenedBy(candidate, ctx, SPEAKERS_OF);
	return first !== null && SPEAKER_NOUNS.has(tokenAt(ctx.tokens, first.first - 2)?.lower ?? '');
}
