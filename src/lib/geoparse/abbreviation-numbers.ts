// "500 BC", "AD 300": an abbreviation next to a number is an era, a unit or a code ("the 6th century BC", "the third
// millennium BC": after a word for the period too; "U.S. Route 14" a road). "6,500 US stores", "the 2004 US election":
// a country's abbreviation between a count or a year and a lower-case word is that country's, as it is without the number.
import type { Judging } from './judge.ts';
import { numberOrRoadAfter } from './us-road-words.ts';

const NUMBER_OR_PERIOD_BEFORE = /(?:\d|centur(?:y|ies)|millenni(?:um|a))\s*$/;
// (how far back the number or the period's word may end)
const REACH_BEFORE = 12;
const LOWER_WORD = /^\p{Ll}/u;
// a country's abbreviation that is also a unit's symbol: "a 40 GB hard drive" is gigabytes, "the GB team" Britain's
const UNIT_SYMBOLS = new Set(['GB', 'MB', 'TB', 'KB']);

/** Whether the abbreviation stands beside a number as an era, a unit or a code. */
export function abbreviationBesideNumber(j: Judging): boolean {
	const { candidate, ctx } = j;
	if (NUMBER_OR_PERIOD_BEFORE.test(ctx.text.slice(Math.max(0, candidate.start - REACH_BEFORE), candidate.start)) && !countryBeforeWord(j)) return true;
	return numberOrRoadAfter(ctx.text, candidate.end);
}

/** A country's abbreviation with a lower-case word right after it ("US stores"), not a unit's symbol ("40 GB drive"). */
function countryBeforeWord(j: Judging): boolean {
	const next = j.tokens[j.candidate.last + 1];
	return j.place.kind === 'country' && next !== undefined && next.gapBefore === ' ' && LOWER_WORD.test(next.text) && !UNIT_SYMBOLS.has(j.tokens[j.candidate.first]!.text);
}
