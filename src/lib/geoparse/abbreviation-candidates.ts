// Abbreviation candidates ("US", "U.S.", "UAE"): the recogniser's pass for the gazetteer's case-sensitive
// short forms, beside findNameCandidates' pass for names (candidates.ts merges the two).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { escapeRegExp } from '../regexp.ts';
import type { Candidate } from './candidates.ts';
import { FUNCTION_WORDS } from './context-words.ts';
import { lookup, single } from './name-lookup.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { respanned } from './respanned.ts';
import { tokenAt, tokenEndingAt, tokenize, type Token } from './tokens.ts';

interface AbbreviationMatcher {
	/** each abbreviation's first word: "U" of "U.S.", "T" of "T&T", "UAE" */
	firstWords: Set<string>;
	/** every abbreviation on word boundaries, sticky: tried only where a first word starts */
	pattern: RegExp;
	/** every first word is capitalised (as abbreviations are): other tokens need no look-up */
	capitalised: boolean;
}

const matchers = new WeakMap<Gazetteer, AbbreviationMatcher | null>();

function abbreviationMatcher(gazetteer: Gazetteer): AbbreviationMatcher | null {
	let matcher = matchers.get(gazetteer);
	if (matcher === undefined) {
		const forms = [...gazetteer.abbreviations.keys()].sort((a, b) => b.length - a.length);
		const escaped = forms.map(escapeRegExp);
		const firstWords = new Set(forms.map((form) => /^[\p{L}\p{N}]*/u.exec(form)![0]));
		matcher = forms.length
			? {
					firstWords,
					pattern: new RegExp(`(?<![\\p{L}\\p{N}.&])(?:${escaped.join('|')})(?![\\p{L}\\p{N}&]|\\.\\p{L})`, 'uy'),
					capitalised: [...firstWords].every((word) => tokenize(word)[0]?.capitalized)
				}
			: null;
		matchers.set(gazetteer, matcher);
	}
	return matcher;
}

// "the Wash.", "The Wash. The Fens": a word cut short by a full stop ("Wash." for Washington, "Ind.") after an
// article is a name of its own where its stop ends the sentence: the text or line ends there, or the next word
// opens a sentence (a capitalised function word: "The", "It", "In"). Before a name's next word it is the
// abbreviation ("the Calif. Highway Patrol", "the Pa. Turnpike"); "the U.S.", its stops inside it, always is.
const ONE_WORD_CUT_SHORT = /^\p{Lu}\p{Ll}+\.$/u;

function endsSentenceAfterArticle(form: string, before: Token | undefined, next: Token | undefined): boolean {
	if (before?.lower !== 'the' || !ONE_WORD_CUT_SHORT.test(form)) return false;
	return next === undefined || next.gapBefore.includes('\n') || (next.capitalized && FUNCTION_WORDS.has(next.lower));
}

// "the province of Beira Alta.": a word cut short by a full stop right after a capitalised word (a space between,
// no comma) where the stop ends the sentence is the last word of that longer name ("Edmonton, Alta." has its
// comma; "from Lethbridge Alta. to Regina" goes on in lower case, the abbreviation's stop inside the sentence)
// ... but not where the capitalised words before name a town of the state or province abbreviated ("born in Macon
// Ga. She", "Salem Ore." at a line's end, "Fort Myers Fla. The"): the town and its state without the comma
const TOWN_WORDS = 3;
function endsLongerName(form: string, tokens: Token[], first: number, next: Token | undefined, text: string, gazetteer: Gazetteer): boolean {
	const token = tokens[first]!;
	const before = tokenAt(tokens, first - 1);
	if (!ONE_WORD_CUT_SHORT.test(form) || token.gapBefore !== ' ' || !before?.capitalized || before.allCaps || FUNCTION_WORDS.has(before.lower)) return false;
	if (!(next === undefined || next.gapBefore.includes('\n') || next.capitalized)) return false;
	const region = gazetteer.places[gazetteer.abbreviations.get(form)!]!;
	for (let k = first - 1; k >= Math.max(0, first - TOWN_WORDS); k--) {
		if (!tokens[k]!.capitalized || (k < first - 1 && tokens[k + 1]!.gapBefore !== ' ')) break;
		const match = lookup(gazetteer, nameKey(text.slice(tokens[k]!.start, before.end)), k === first - 1);
		if (match && namesPlaceOfState(match, region, gazetteer)) return false;
	}
	return true;
}

/** "Salem Ore.": the next candidate is a word cut short by a full stop (a state's abbreviation) after one space. */
export function cutShortAfterSpace(text: string, candidate: Candidate, next: Candidate): boolean {
	return next.via === 'abbreviation' && next.start === candidate.end + 1 && text[candidate.end] === ' ' && ONE_WORD_CUT_SHORT.test(text.slice(next.start, next.end));
}

/**
 * "in Salem Ore. The mayor", "born in Quincy Ill. and": a name right before a state's word cut short (no comma
 * between) names a town of that state where one bears it; the two are not a given name and a surname.
 */
export function townBeforeStateCutShort(candidate: Candidate, text: string, gazetteer: Gazetteer, candidateAt: ReadonlyMap<number, Candidate>): boolean {
	const state = candidateAt.get(candidate.last + 1);
	if (!state || !cutShortAfterSpace(text, candidate, state)) return false;
	return namesTownOfState(candidate, gazetteer.places[state.places[0]!]!, gazetteer);
}

// Two tests of a name before a state's word cut short, told apart on purpose: any place of the state by any of its
// names ("Orange County Calif.", a county) keeps the word cut short the state's, not the end of a longer name;
// only a town by its own name keeps the name before it a town rather than a person's name.

/** Whether a name names any place of the state or province, by any of its names. */
function namesPlaceOfState(named: Pick<Candidate, 'places'>, state: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return named.places.some((index) => liesInState(gazetteer.places[index]!, state));
}

/** Whether a name names, by its own name (not another), a town of the state or province. */
function namesTownOfState(named: Pick<Candidate, 'places' | 'alternate'>, state: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return named.places.some((index, k) => !named.alternate[k] && gazetteer.places[index]!.kind === 'city' && liesInState(gazetteer.places[index]!, state));
}

function liesInState(place: GazetteerPlace, state: GazetteerPlace): boolean {
	return place.country === state.country && place.admin1 === state.admin1;
}

/**
 * Case-sensitive abbreviations ("US", "U.S.", "UAE"), matched exactly as written and on word boundaries.
 * A match is kept only where it begins and ends on tokens, so it begins where a token that is its
 * first word begins: the pattern is tried only there, not at every character of the text.
 */
export function findAbbreviationCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
	const found: Candidate[] = [];
	const matcher = abbreviationMatcher(gazetteer);
	if (!matcher) return found;
	const { firstWords, pattern, capitalised } = matcher;
	let matchedUpTo = 0;
	for (let first = 0; first < tokens.length; first++) {
		const token = tokens[first]!;
		if ((capitalised && !token.capitalized) || token.start < matchedUpTo || !firstWords.has(token.text)) continue;
		pattern.lastIndex = token.start;
		const match = pattern.exec(text);
		if (!match) continue;
		const end = token.start + match[0].length;
		matchedUpTo = end;
		const last = tokenEndingAt(tokens, match[0].endsWith('.') ? end - 1 : end);
		if (last < 0) continue;
		if (endsSentenceAfterArticle(match[0], tokenAt(tokens, first - 1), tokens[last + 1]) || endsLongerName(match[0], tokens, first, tokens[last + 1], text, gazetteer)) continue;
		found.push(respanned(single(gazetteer, gazetteer.abbreviations.get(match[0])!, 'abbreviation'), token.start, end, first, last));
	}
	return found;
}
