// What judge.ts asks of a candidate and the words around it: its best place and whether its name alone
// makes it known, whether a qualifier after it settles it, the words right before it and the capitalised
// words a longer name would go on with, and whether its neighbours are well-known places.
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { CAPITALISED_ARTICLES, COMMON_WORD, DIVISION_NOUNS, EVERYDAY_WORD, FUNCTION_WORDS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, PERSON_TITLES, POSITION_WORDS } from './context-words.ts';
import { pairedTown } from './place-pairs.ts';
import { isPossessiveMark, previousWord, spaceOrHyphen, type JudgeContext } from './phrase-cues.ts';
import { qualifies } from './qualifies.ts';
import { tokenAt, type Token } from './tokens.ts';
import { commonness, isTitleOrHeadWord } from './word-facts.ts';
import { spelledAlike } from './known-abroad.ts';
import { hyphenedNeighbours } from './hyphened-towns.ts';
import { SIZED_OWN_BEARER } from './named-places.ts';

// A place this important is meant by its name unless the context says otherwise
// (countries, continents, regions, cities of 100,000 people and more).
export const WELL_KNOWN = 100_000;

export function bestPlace(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace {
	return gazetteer.places[candidate.places[0]!]!;
}

function countryOrRegion(candidate: Candidate, gazetteer: Gazetteer): boolean {
	const kind = bestPlace(candidate, gazetteer).kind;
	return kind === 'country' || kind === 'region';
}

/** Whether the name reads first as a country, a continent or a first-level region: a state acts as a lender or an author, a town does not. */
export function readsAsStateOrRegion(candidate: Candidate, gazetteer: Gazetteer): boolean {
	const place = bestPlace(candidate, gazetteer);
	return place.kind === 'country' || place.kind === 'continent' || place.featureCode === 'ADM1';
}

// Region names that are ordinary direction words ("West" region of Cameroon): never well known by themselves.
export const GENERIC_NAMES = new Set('north south east west northeast northwest southeast southwest central northern southern eastern western centre center capital coast interior islands lakes highlands lowlands midlands'.split(' '));

export function isWellKnown(candidate: Candidate, place: GazetteerPlace, word: string | null): boolean {
	if (word !== null && GENERIC_NAMES.has(word)) return false;
	return place.kind !== 'city' || candidate.importance[0]! >= WELL_KNOWN;
}

/**
 * "Auf Wiedersehen, Pet", "Sam said", "Jada thanked the fans": a first name or an everyday word that names the
 * city only as one of its other names (another language's, an old one: Perth, Damascus, Jeddah), no spelling of
 * its own ("Geneva" of Genève, "Roma" stay) nor a word of it ("Vegas" of Las Vegas), does not make the name known
 * where no town of some size bears it as its own: the ordinary-word and first-name checks read it as a town's.
 */
export function ordinaryOtherName(candidate: Candidate, place: GazetteerPlace, word: string | null, firstName: boolean, gazetteer: Gazetteer): boolean {
	if (word === null || !candidate.alternate[0] || !(firstName || commonness(word, gazetteer) >= EVERYDAY_WORD)) return false;
	if (spelledAlike(word, place) || nameKey(place.name).split(' ').includes(word)) return false;
	// ... nor where a town of some size bears the name as its own ("Victoria", British Columbia's capital;
	// "Franklin", Tennessee): the name is that town's, read as the name of a town of its size is
	for (let k = 1; k < candidate.places.length; k++) if (!candidate.alternate[k] && gazetteer.places[candidate.places[k]!]!.population >= SIZED_OWN_BEARER) return false;
	return true;
}

// A first-level region this small (its towns' people) is no better known than a town of its size
const SMALL_REGION = 10_000;

/** "Paul scored 31 points": a small region (Paul, Cape Verde) named like a person is not known by its name alone. */
export function smallRegionNamedLikeAPerson(candidate: Candidate, place: GazetteerPlace, firstName: boolean): boolean {
	return firstName && place.kind === 'region' && candidate.importance[0]! < SMALL_REGION;
}

/**
 * "Beşiktaş beat Fenerbahçe", "Hamdan said": a small district read by its bare name (a big city's district whose
 * seat GeoNames files as a section of the city) is no better known than a town of its people; named with its
 * word ("Beşiktaş District", "the Bijnor district") it stays known.
 */
export function smallDistrictNamedBare(candidate: Candidate, place: GazetteerPlace, text: string, tokens: readonly Token[]): boolean {
	if (place.kind !== 'district' || candidate.importance[0]! >= WELL_KNOWN) return false;
	const next = tokens[candidate.last + 1];
	if (next && DIVISION_NOUNS.has(next.lower)) return false;
	return candidateKey(text, candidate) !== nameKey(place.name);
}

export function isQualified(candidate: Candidate, ctx: JudgeContext): boolean {
	const next = ctx.candidateAt.get(candidate.last + 1);
	if (!next || !/^\s*,\s*$/.test(ctx.text.slice(candidate.end, next.start))) return false;
	return qualifiedBy(candidate, next, ctx);
}

/** Whether a place of the candidate's name lies in one of the qualifier's leading readings ("Paris" in "France", in "Texas"). */
export function qualifiedBy(candidate: Candidate, qualifier: Candidate, ctx: JudgeContext): boolean {
	const qualifiers = qualifier.places.slice(0, 5).map((i) => ctx.gazetteer.places[i]!);
	return candidate.places.slice(0, 25).some((i) => qualifiers.some((q) => qualifies(ctx.gazetteer.places[i]!, q, ctx.gazetteer)));
}

/** A gloss's label ("Tagalog:") may name a language: no everyday English word, or a demonym ("German:"). */
export function mayNameLanguage(label: string, gazetteer: Gazetteer): boolean {
	return commonness(label, gazetteer) < EVERYDAY_WORD || gazetteer.demonyms.has(label);
}

/** "the Dallas Fort Worth area": one of two near well-known towns side by side (place-pairs.ts), asked where a rule would drop it. */
export function pairedHere(candidate: Candidate, ctx: JudgeContext): boolean {
	return pairedTown(candidate, ctx.candidateAt, ctx.tokens, ctx.gazetteer, (c) => isWellKnown(c, bestPlace(c, ctx.gazetteer), surfaceWord(c, ctx.tokens)));
}

export function wellKnownCandidateAt(token: number, ctx: JudgeContext): boolean {
	const neighbour = ctx.candidateAt.get(token);
	if (!neighbour) return false;
	return neighbour.via !== 'name' || isWellKnown(neighbour, bestPlace(neighbour, ctx.gazetteer), surfaceWord(neighbour, ctx.tokens));
}

/** A name of more than one word starts at the token ("Ohio Lake Erie": "Lake Erie" is its own name, Ohio stays). */
export function startsLongerName(token: number, ctx: JudgeContext): boolean {
	const neighbour = ctx.candidateAt.get(token);
	return neighbour !== undefined && neighbour.last > neighbour.first;
}

/** The word before the candidate is a capitalised name's word: no function word ("The Metro"), or an acronym ("GMU Metro"). */
export function nameWordBefore(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	return before !== undefined && before.capitalized && !FUNCTION_WORDS.has(before.lower) && !POSITION_WORDS.has(before.lower);
}

export function surfaceWord(candidate: Candidate, tokens: Token[]): string | null {
	return candidate.first === candidate.last ? tokens[candidate.first]!.lower : null;
}

/** No name runs longer; an unbounded look-ahead made a run of capitalised words quadratic. */
const MAX_FOLLOWING_NAME_WORDS = 16;

/** The capitalised words right after the name, up to the next break: "Minsk [Group]", "Baku [Congress Center]". */
export function followingNameWords(candidate: Candidate, ctx: JudgeContext): Token[] {
	const words: Token[] = [];
	for (let i = candidate.last + 1; i < ctx.tokens.length && words.length < MAX_FOLLOWING_NAME_WORDS; i++) {
		const token = ctx.tokens[i]!;
		// "The Allendale Woman’s Club": a possessive inside the longer name does not end it
		if (isPossessiveMark(token) && words.length > 0) continue;
		if (!spaceOrHyphen(token.gapBefore) || !token.capitalized) break;
		// "Annville-Cleona": a neighbouring town hyphened after the name is a place of its own, no word of this one
		if (words.length === 0 && token.gapBefore === '-' && hyphenedNeighbours(candidate, ctx.candidateAt.get(i), ctx.tokens, ctx.gazetteer, ctx.candidateAt)) break;
		// "in Parkland, Florida The controversy": an article starts a new phrase (a lost full stop), not a longer name
		if (token.gapBefore === ' ' && CAPITALISED_ARTICLES.has(token.text)) break;
		// "an England Under-21 match", "Wales U21s lost": an age group after a country's or a region's name is its
		// side, no longer name ("the Toronto Under-18 Hockey League" goes on to one; a town's may be a club named
		// like a town abroad, "Ajax U19", and stays inside the name)
		if (words.length === 0 && sideOfAgeGroup(ctx.tokens, i) && countryOrRegion(candidate, ctx.gazetteer)) break;
		words.push(token);
	}
	return words;
}

// "U21", "U-19", "Under-21s": a side's age limit
const AGE_LIMIT = /^\d{2}s?$/;
const SHORT_AGE_GROUP = /^U\d{2}s?$/;

/** tokens[at] opens an age group ("Under-21", "U-19", "U21") that no capitalised word continues into a longer name. */
function sideOfAgeGroup(tokens: readonly Token[], at: number): boolean {
	const token = tokens[at]!;
	let end = at + 1;
	if (!SHORT_AGE_GROUP.test(token.text)) {
		const age = tokens[at + 1];
		if (!(token.text === 'Under' || token.text === 'U') || age === undefined || age.gapBefore !== '-' || !AGE_LIMIT.test(age.text)) return false;
		end = at + 2;
	}
	const next = tokens[end];
	return !(next && next.capitalized && spaceOrHyphen(next.gapBefore));
}

export function previousToken(candidate: Candidate, ctx: JudgeContext): Token | undefined {
	const token = tokenAt(ctx.tokens, candidate.first - 1);
	// only a word in the same phrase: "Emin Huseynov", "Mr. Heiden", not "... in Aghdam. Huseynov"
	const gap = ctx.tokens[candidate.first]!.gapBefore;
	if (!token || !(spaceOrHyphen(gap) || (gap === '. ' && PERSON_TITLES.has(token.lower)))) return undefined;
	// "the A429 Cirencester junction": codes and numbers are no part of a person's name
	return /\d/.test(token.text) ? undefined : token;
}

/** "Orange Line", "the Orange line": the name modifies the capitalised word after it, or a lower-case one after "the". */
export function modifiesNoun(candidate: Candidate, ctx: JudgeContext): boolean {
	const next = ctx.tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ' || !/^\p{L}+$/u.test(next.text) || GEOGRAPHIC_HEADS.has(next.lower)) return false;
	if (next.capitalized) return !wellKnownCandidateAt(candidate.last + 1, ctx);
	return previousWord(candidate, ctx) === 'the' && commonness(next.text, ctx.gazetteer) >= COMMON_WORD;
}

/** See judgeCandidate: the candidate's best place bears its name only as an alternate name, and a longer name goes on. */
export function exonymHeadingName(candidate: Candidate, ctx: JudgeContext, headNoun: string, lastWord: string): boolean {
	if (candidate.via !== 'name' || !candidate.alternate[0]) return false;
	if (isTitleOrHeadWord(headNoun) || INSTITUTION_HEADS.has(lastWord)) return false;
	return ctx.candidateAt.has(candidate.last + 1) && !wellKnownCandidateAt(candidate.last + 1, ctx);
}

// a name of a few words at most ends right before the compound ("Leeds", "Milton Keynes")
const NAME_BEFORE_COMPASS_WORDS = 4;

/** Whether another candidate of the text ends right before this one. */
export function candidateEndsBefore(candidate: Candidate, ctx: JudgeContext): boolean {
	for (let t = candidate.first - 1; t >= 0 && t >= candidate.first - NAME_BEFORE_COMPASS_WORDS; t--) if (ctx.candidateAt.get(t)?.last === candidate.first - 1) return true;
	return false;
}
