// How a line or a sentence opens, read by judge.ts: a listing's town heading in capitals before a colon
// ("CLINTONVILLE: Blood drive Monday"), and an English word opening a sentence that the text shows to be that
// word ("Mobile operators" where "mobile" is written in lower case elsewhere).
import { COMMON_WORD } from './context-words.ts';
import type { Judging } from './judge.ts';
import { regionKey } from './phrase-cues.ts';
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

/** Opening a sentence or a line, before ": " and a word. */
export function headingPlace(j: Judging): boolean {
	const { candidate, ctx, head } = j;
	return (head.sentenceStart || head.gapBefore.includes('\n')) && HEADING_COLON.test(ctx.text.slice(candidate.end, candidate.end + 3));
}

/**
 * An English word opening a sentence (or a headline) that the text shows to be that word: "Ban on forced
 * retirement", a common word that reads a town only by one of its other names (Van's); "Mobile operators" in a
 * text that writes "mobile" in lower case elsewhere and never capitalises it inside a sentence.
 */
export function sentenceWord(j: Judging, common: number): boolean {
	const { candidate, ctx, head } = j;
	if (common >= COMMON_WORD && candidate.alternate[0]) return true;
	if (common === 0) return false;
	const cases = ctx.writtenCases();
	return cases.lower.has(head.lower) && !cases.capitalisedInside.has(head.lower) && !regionNamedOtherwise(j);
}

/** "Mobile will open… mobile homes across Baldwin County": another name of the text leads to a place in the town's own first-level region. */
function regionNamedOtherwise(j: Judging): boolean {
	const region = regionKey(j.place);
	const names = region === null ? undefined : j.ctx.namesByRegion().get(region);
	return names !== undefined && [...names].some((key) => key !== j.head.lower);
}
