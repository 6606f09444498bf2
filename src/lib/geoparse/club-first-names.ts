// "Chelsea boss Jose Mourinho … Chelsea began to dominate": a place's name that is also a first name is set
// aside as the first name where nothing places it (judge.ts). A text that gives the bare name a team's
// people ("… boss", "… striker", "… coach"), a plural verb as a side's ("Chelsea have signed", session 40) or a
// match's score ("Chester beat Leeds 2-1") names the club
// called after the place: a person is seldom called by a bare first name before a team's title. Not a
// crowd's word ("Dean supporters", "Kerry fans" are a politician's), nor a match without a score
// ("Lawrence v Texas" is a law case, "Shelby beat Memphis in the ward race" an election), nor against a
// side named by a bare first name too ("Madison beat Chelsea 6-4, 6-2" are two girls). Word classes
// only: no club or town is listed. The name read so once is that place at its other bare mentions
// (place-readings.ts), unless the text reads a person by it somewhere ("Chelsea Clinton", "Chelsea said").
import type { Candidate } from './candidates.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { sideInResult } from './team-towns.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';

// the titles of a team's people and its body of players ("Chelsea boss", "Tyler coach", "Everton captain")
const CLUB_ROLES = new Set(
	'boss manager coach captain skipper striker strikers winger wingers midfielder midfielders defender defenders goalkeeper keeper squad players quarterback pitcher'.split(' ')
);

// "Chelsea have signed", "Chelsea were beaten": British news gives a side a plural verb, where one person
// takes "has", "was"
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
// words that open a clause whose subject may follow: "because Chelsea have", "that Chelsea were", "said Chelsea were"
const CLAUSE_OPENERS = new Set(
	'because that if when while as since but though although after before until unless so where whether now said says insisted admitted believes think thinks'.split(' ')
);
const QUOTE_OR_BREAK = /["“”‘,:;]/;

/**
 * The name opens its clause as its subject, alone: a sentence's start, after a quotation mark or a comma, or after a
 * word opening a clause. Not "Chelsea and Tom have" (two people), "Did Chelsea have", "let Chelsea have" (a person
 * after a question's verb or a causative one).
 */
function subjectOfClause(candidate: Candidate, tokens: Token[]): boolean {
	const head = tokens[candidate.first]!;
	if (head.sentenceStart || candidate.first === 0 || QUOTE_OR_BREAK.test(head.gapBefore)) return true;
	return head.gapBefore === ' ' && CLAUSE_OPENERS.has(tokenAt(tokens, candidate.first - 1)?.lower ?? '');
}

/** The bare name before a team's title, or as a side in a match's result with a score against no bare first name. */
export function namesAClub(candidate: Candidate, tokens: Token[], text: string, gazetteer: Gazetteer): boolean {
	let after = tokens[candidate.last + 1];
	if (isPossessiveMark(after)) after = tokens[candidate.last + 2];
	if (after && after.gapBefore === ' ' && !after.capitalized && CLUB_ROLES.has(after.text)) return true;
	if (after && after.gapBefore === ' ' && PLURAL_VERBS.has(after.text) && subjectOfClause(candidate, tokens)) return true;
	return sideInResult(candidate, tokens, text) && !bareFirstNameAt(candidate.first - 2, tokens, gazetteer) && !bareFirstNameAt(candidate.last + 2, tokens, gazetteer);
}

/** tokens[at] is a capitalised first name standing alone: the other side of "Madison beat Chelsea". */
function bareFirstNameAt(at: number, tokens: Token[], gazetteer: Gazetteer): boolean {
	const word = tokens[at];
	const next = tokens[at + 1];
	return word !== undefined && word.capitalized && isFirstName(word.lower, gazetteer) && !(next?.capitalized && next.gapBefore === ' ');
}
