// How a line or a sentence opens, read by judge.ts: a listing's town heading in capitals before a colon
// ("CLINTONVILLE: Blood drive Monday"), and an English word opening a sentence that the text shows to be that
// word ("Mobile operators" where "mobile" is written in lower case elsewhere).
import { isCapital } from '../gazetteer/types.ts';
import { COMMON_WORD, TOWN_PEOPLE } from './context-words.ts';
import { CIVIC_POSSESSIONS } from './firm-cues.ts';
import type { Judging } from './judge.ts';
import { otherNameInRegion } from './region-key.ts';
import type { Token } from './tokens.ts';
import { isNounAfterName } from './verb-after.ts';
import { commonness } from './word-facts.ts';

// "CLINTONVILLE: Blood drive Monday", "NEW LONDON: A fish fry": a calendar's or blotter's items open with
// their town in capitals and a colon
const HEADING_COLON = /^: \S/;

/**
 * A name wholly in capitals opening a sentence or a line ("7 p.m.\nIOLA:") before a colon, no ordinary
 * word ("NOTE:", "ALERT:" stay words).
 */
export function listingHeading(j: Judging): boolean {
	const { candidate, tokens, word, gazetteer } = j;
	if (!headingPlace(j)) return false;
	for (let t = candidate.first + 1; t <= candidate.last; t++) if (!tokens[t]!.allCaps) return false;
	return commonness(word, gazetteer) < COMMON_WORD;
}

/**
 * The token opens a sentence or a line ("… at 7 p.m. MOTT: Water main work", "10 a.m. Helen — Christmas market": an
 * abbreviation's dot, which the tokeniser lets run on, ends the item before it too). Read by dashed-items.ts too.
 */
export function opensLineItem(head: Token): boolean {
	return head.sentenceStart || head.gapBefore.includes('\n') || head.gapBefore === '. ';
}

/** Opening a sentence or a line, before ": " and a word ("MOTT: Water main work"). */
export function headingPlace(j: Judging): boolean {
	const { candidate, ctx, head } = j;
	return opensLineItem(head) && HEADING_COLON.test(ctx.text.slice(candidate.end, candidate.end + 3));
}

/**
 * An English word opening a sentence (or a headline) that the text shows to be that word: "Ban on forced
 * retirement", a common word that reads a town only by one of its other names (Van's); "Mobile operators" in a
 * text that writes "mobile" in lower case elsewhere and never capitalises it inside a sentence; "Oral cholera
 * vaccine" before a noun, where nothing else of the text lies in the town's country (Oral, Kazakhstan) and no
 * sentence names the town inside it.
 */
export function sentenceWord(j: Judging, common: number): boolean {
	const { candidate, ctx, head } = j;
	if (common >= COMMON_WORD && candidate.alternate[0]) return true;
	if (common === 0) return false;
	const cases = ctx.writtenCases();
	if (common >= COMMON_WORD && !isCapital(j.place) && beforeLowerNoun(j) && !countryNamedOtherwise(j) && !cases.capitalisedInside.has(head.lower)) return true;
	return cases.lower.has(head.lower) && !cases.capitalisedInside.has(head.lower) && !regionNamedOtherwise(j);
}

/** "Mobile will open… mobile homes across Baldwin County": another name of the text leads to a place in the town's own first-level region. */
export function regionNamedOtherwise(j: Judging): boolean {
	return otherNameInRegion(j.place, j.head.lower, j.ctx.namesByRegion);
}

/**
 * "Oral cholera vaccine doses arrived", "Mobile clinics reached the camps": the word opening the sentence
 * stands before a lower-case word that is no verb and no function word, as an adjective before its noun.
 */
function beforeLowerNoun(j: Judging): boolean {
	const next = j.tokens[j.candidate.last + 1];
	return next !== undefined && next.gapBefore === ' ' && !next.capitalized && !isCivicNoun(next.lower) && isNounAfterName(next.text, j.gazetteer);
}

// a place's own services, bodies and officials, which local news names after the town as their modifier
// ("<Town> police arrested", "<Town> schools will close", "<Town> voters approved"); the possessions a town's
// name takes as a place (its mayor, its residents) are CIVIC_POSSESSIONS. Not the people any trade has
// (workers, customers, users), which the everyday word modifies as readily ("mobile workers").
const CIVIC_BODIES = new Set([...TOWN_PEOPLE, ...'firefighters paramedics schools school city county township borough commission board trustees taxpayers homeowners hospital library'.split(' ')]);

/** "<Town> police arrested", "<Town> residents lost power": the noun after the word is the town's own people or institutions. */
function isCivicNoun(word: string): boolean {
	return CIVIC_BODIES.has(word) || CIVIC_POSSESSIONS.has(word);
}

/** Another of the text's names leads to a place in the town's country. */
function countryNamedOtherwise(j: Judging): boolean {
	return (j.ctx.leadingPlacesByCountry().get(j.place.country ?? '')?.size ?? 0) > 1;
}
