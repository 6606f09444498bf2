// A demonym that names a group of people in a census breakdown or an ancestry list, not a place:
// "95.1% White, 2.3% African American, 0.5% Native American", "German (31.2%)", "of German, Irish
// and English ancestry". Elsewhere a demonym stays ("African Americans and German, Irish and other
// immigrant populations" is gold in GeoWebNews).
import { isFirstLevelRegion, type Gazetteer } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { stateReadings } from './state-readings.ts';
import { COORDINATORS, LOCATIVE_PREPOSITIONS } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';

// Words a group's name may take in front of a demonym ("Native American", "African American")
const GROUP_WORDS_BEFORE = 2;
// Words of a list of groups before its noun ("German, Irish, Scotch-Irish and English ancestry")
const LIST_WORDS = 12;
const ANCESTRY_NOUNS = new Set(['ancestry', 'ancestries', 'descent', 'heritage', 'origin', 'origins', 'extraction']);
const DIGITS = /^\d+$/;
// between a group's name and what follows when the name is the whole item of a breakdown
const ITEM_ENDS = /^\s*[,;.)(]/;

function groupWord(token: Token | undefined): boolean {
	return token !== undefined && token.capitalized && !token.sentenceStart && !DIGITS.test(token.text);
}

/** "2.3% African", "(50.0%) White", "12 percent Hispanic": a percentage right before the token at `at`. */
function percentageBefore(tokens: readonly Token[], at: number): boolean {
	const token = tokens[at]!;
	const previous = tokenAt(tokens, at - 1);
	if (!previous) return false;
	if (/^%\)?\s+$/.test(token.gapBefore)) return DIGITS.test(previous.text);
	return token.gapBefore === ' ' && (previous.lower === 'percent' || (previous.lower === 'cent' && tokenAt(tokens, at - 2)?.lower === 'per'));
}

/** "German (31.2%)": a parenthesised percentage right after the token at `at`. */
function percentageAfter(text: string, tokens: readonly Token[], at: number): boolean {
	let next = at + 1;
	if (!/^\s*\($/.test(tokens[next]?.gapBefore ?? '') || !DIGITS.test(tokens[next]!.text)) return false;
	// "31.2", "1,234"
	while (DIGITS.test(tokens[next + 1]?.text ?? '') && /^[.,]$/.test(tokens[next + 1]!.gapBefore) && next < at + 3) next++;
	const rest = text.slice(tokens[next]!.end, tokens[next]!.end + 9).toLowerCase();
	return rest.startsWith('%') || /^\s*(percent|per cent)/.test(rest);
}

/** "of German, Irish and English ancestry": the list of capitalised words from `at` ends in an ancestry noun. */
function ancestryListFrom(tokens: readonly Token[], at: number): boolean {
	for (let i = at + 1; i <= at + LIST_WORDS && i < tokens.length; i++) {
		const token = tokens[i]!;
		if (!/^(\s+|\s*,\s*|-)$/.test(token.gapBefore)) return false;
		if (ANCESTRY_NOUNS.has(token.lower)) return true;
		if (!groupWord(token) && !COORDINATORS.has(token.lower)) return false;
	}
	return false;
}

// "64% Romanians, 26% Roma, 7% Hungarians", "Slovaks 80%, Roma 15%": a name alone as an item of an ethnic
// breakdown (another percentage beside it, a census or ethnic word before it, and another item a people's
// name) is a people named like a town (the Roma, not Rome); a country's name stays, and so do shares of
// places, which US local news gives beside "residents" or "population" ("passed in Kent 61%, Ravenna 55%")
const PERCENT_AFTER = /^\s*\(?\d+(?:[.,]\d+)?\s*%/;
const PERCENT_AFTER_CHARS = 12;
const BREAKDOWN_WINDOW = 40;
const PEOPLE_WORDS = /\b(?:ethnic|ethnicity|census|inhabitants|population|residents|nationalit(?:y|ies)|composition)\b/i;
const PEOPLE_WORDS_WINDOW = 200;

/** Whether a percent sign stands in the text from `from` to `to`: a loop, before any slice or expression. */
function percentSignWithin(text: string, from: number, to: number): boolean {
	for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 37) return true;
	return false;
}

/** "64% Romanians, 26% Roma": a demonym among the other tokens within BREAKDOWN_WINDOW characters of the candidate. */
function peopleNamedBeside(candidate: Candidate, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	for (let i = candidate.first - 1; i >= 0 && tokens[i]!.end >= candidate.start - BREAKDOWN_WINDOW; i--) {
		if (candidateAt.get(i)?.via === 'demonym') return true;
	}
	for (let i = candidate.last + 1; i < tokens.length && tokens[i]!.start <= candidate.end + BREAKDOWN_WINDOW; i++) {
		if (candidateAt.get(i)?.via === 'demonym') return true;
	}
	return false;
}

/**
 * A one-word name with a percentage right before or after it, another percentage and a people's name within a
 * few words and a word of peoples before; never straight after a locative word ("passed in Kent 61%").
 */
function aloneInBreakdown(candidate: Candidate, text: string, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	if (candidate.last !== candidate.first) return false;
	const head = tokens[candidate.first]!;
	// (asked of every one-word name: the expressions only where a percent sign is there to find)
	const before = head.gapBefore.includes('%') && /%\s+$/.test(head.gapBefore) && DIGITS.test(tokenAt(tokens, candidate.first - 1)?.text ?? '');
	const next = tokens[candidate.last + 1];
	const after = !before && percentSignWithin(text, candidate.end, candidate.end + PERCENT_AFTER_CHARS) && PERCENT_AFTER.test(text.slice(candidate.end, candidate.end + PERCENT_AFTER_CHARS));
	if (before ? !(next === undefined || ITEM_ENDS.test(next.gapBefore) || COORDINATORS.has(next.lower)) : !after) return false;
	if (after && head.gapBefore === ' ' && LOCATIVE_PREPOSITIONS.has(tokenAt(tokens, candidate.first - 1)?.lower ?? '')) return false;
	// another item of the breakdown: a second percentage sign near this one
	const around = text.slice(Math.max(0, candidate.start - BREAKDOWN_WINDOW), candidate.end + BREAKDOWN_WINDOW);
	if (around.indexOf('%') === around.lastIndexOf('%')) return false;
	return PEOPLE_WORDS.test(text.slice(Math.max(0, candidate.start - PEOPLE_WORDS_WINDOW), candidate.start)) && peopleNamedBeside(candidate, tokens, candidateAt);
}

// "Roma people", "Roma Czechs", "non-Roma passengers": a place's other-language name before a people's noun
// or a people's plural, or after "non-", is a people named like the town (the Roma, not Roma for Rome); a
// town's own name stays ("Liverpool people" are the city's). Read so once, the name is the people all
// through the text (index.ts).
const PEOPLE_NOUNS = new Set(['minority', 'minorities', 'gypsies', 'gypsy']);

function peopleNamedLikeATown(candidate: Candidate, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	if (candidate.first !== candidate.last || !candidate.alternate[0]) return false;
	const head = tokens[candidate.first]!;
	if (head.gapBefore === '-' && tokenAt(tokens, candidate.first - 1)?.lower === 'non') return true;
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return false;
	if (!next.capitalized) return PEOPLE_NOUNS.has(next.text);
	const people = candidateAt.get(candidate.last + 1);
	return people?.via === 'demonym' && people.first === people.last && next.text.endsWith('s');
}

// "the Mizo and Naga peoples", "the Kuki tribes": names listed after "the" before a plural noun of peoples
// are peoples, not the towns named like them (Naga in the Philippines); a name a country or a first-level
// region bears stays, since its tribes are the land's ("the Oklahoma tribes", "the Washington and Oregon tribes")
const PEOPLES_NOUNS = new Set(['peoples', 'tribes']);

// between the words of a list of peoples: a space or a comma
const LIST_GAP = /^(\s+|\s*,\s*)$/;

/** A capitalised word or a join of a list of peoples ("Mizo", "and"). */
function listWord(token: Token | undefined): boolean {
	return token !== undefined && (groupWord(token) || COORDINATORS.has(token.lower));
}

/** Some reading of the name is a country or a first-level region (a state the gazetteer files under its cities' name too: "Washington", "New York"). */
function namesALand(candidate: Candidate, text: string, gazetteer: Gazetteer | null): boolean {
	if (gazetteer === null) return false;
	return candidate.places.some((k) => gazetteer.places[k]!.kind === 'country' || isFirstLevelRegion(gazetteer.places[k]!)) || stateReadings(candidateKey(text, candidate), gazetteer).length > 0;
}

function listedBeforePeoplesNoun(candidate: Candidate, tokens: readonly Token[]): boolean {
	let after = candidate.last + 1;
	while (after <= candidate.last + LIST_WORDS && LIST_GAP.test(tokens[after]?.gapBefore ?? '') && listWord(tokens[after])) after++;
	const noun = tokens[after];
	if (!noun || noun.gapBefore !== ' ' || !PEOPLES_NOUNS.has(noun.text) || COORDINATORS.has(tokenAt(tokens, after - 1)?.lower ?? '')) return false;
	let before = candidate.first - 1;
	while (before >= candidate.first - LIST_WORDS && LIST_GAP.test(tokens[before + 1]!.gapBefore) && listWord(tokenAt(tokens, before))) before--;
	return tokenAt(tokens, before)?.lower === 'the' && !COORDINATORS.has(tokens[before + 1]!.lower);
}

/**
 * Whether `candidate` names a population group (see the module comment). A place's own name does only as
 * the first word of a group's name in a census breakdown ("0.1% Pacific Islander"), alone as an item of
 * an ethnic breakdown where it is no country's, or by another language's name before a people's word; a
 * demonym also alone.
 */
export function namesPopulationGroup(candidate: Candidate, text: string, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>, isCountry = false, gazetteer: Gazetteer | null = null): boolean {
	if (candidate.via === 'name' && !isCountry && (aloneInBreakdown(candidate, text, tokens, candidateAt) || peopleNamedLikeATown(candidate, tokens, candidateAt) || (listedBeforePeoplesNoun(candidate, tokens) && !namesALand(candidate, text, gazetteer)))) return true;
	// (a place's name, on the path every one takes: only before a capitalised word)
	if (candidate.via !== 'demonym' && !(tokens[candidate.last + 1]?.gapBefore === ' ' && tokens[candidate.last + 1]!.capitalized)) return false;
	let first = candidate.first;
	for (let n = 0; n < GROUP_WORDS_BEFORE && tokenAt(tokens, first - 1) && tokens[first]!.gapBefore === ' ' && groupWord(tokenAt(tokens, first - 1)); n++) first--;
	let last = candidate.last;
	while (last < candidate.last + GROUP_WORDS_BEFORE && tokens[last + 1]?.gapBefore === ' ' && groupWord(tokens[last + 1])) last++;
	const itemEnds = last + 1 >= tokens.length || ITEM_ENDS.test(tokens[last + 1]!.gapBefore) || COORDINATORS.has(tokens[last + 1]!.lower) || tokens[last + 1]!.lower === 'from';
	if (candidate.via !== 'demonym') return itemEnds && last > candidate.last && first === candidate.first && percentageBefore(tokens, first);
	if (itemEnds && percentageBefore(tokens, first)) return true;
	if (percentageAfter(text, tokens, last)) return true;
	return ancestryListFrom(tokens, candidate.last);
}
