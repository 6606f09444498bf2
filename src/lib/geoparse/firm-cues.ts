// "Toyota's shares", "Tata's chairman": what only a firm owns or is run by, after the possessive of a
// town's or a region's name, makes the name the firm's, not the place (a town's own "rose 7%" and
// "recalled its crop" are its prices' and its growers': no verbs are read so).
// Word classes, not names: no firm is listed. Only a town's name or a little-known first-level region's is
// read so: a country, a known state ("Ohio's chief executive" is its governor) and a county's board
// ("Kane County's chairman") have officers of their own.
import type { Candidate } from './candidates.ts';
import { PERSON_TITLES } from './context-words.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

/** The verdict of a name read as a firm by its possessions. */
export const FIRM_POSSESSION = 'firm-possession';

// what a firm owns or is run by, after its possessive ("Toyota's shares"); not what a town or a state has
// too: its stock of housing, its plants, its revenue, its profits from oil
const FIRM_POSSESSIONS = new Set('shares shareholders shareholder ceo chairman chairwoman subsidiary subsidiaries'.split(' '));
// "Toyota's chief executive", "Tata's share price": two words
const FIRM_PAIRS = new Set(['chief executive', 'share price', 'stock price', 'market value', 'quarterly profit', 'quarterly earnings', 'annual profit', 'net profit']);

/** Whether the words right after the name are a firm's possessions ("Toyota's shares", "Tata's chief executive"). */
export function firmCueAfter(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (candidate.via !== 'name' || !isPossessiveMark(next)) return false;
	const owned = tokens[candidate.last + 2];
	// ("Toyota's CEO": the one capitalised possession)
	if (!owned || owned.gapBefore !== ' ' || (owned.capitalized && !owned.allCaps)) return false;
	const pair = tokens[candidate.last + 3];
	const words = FIRM_POSSESSIONS.has(owned.lower) ? 1 : pair !== undefined && pair.gapBefore === ' ' && FIRM_PAIRS.has(`${owned.text} ${pair.text}`) ? 2 : 0;
	return words > 0 && !publicOffice(tokens, candidate.last + 2 + words);
}

/**
 * Whether the officer is a public body's, from the words after it: a title opening the holder's name
 * ("X's chief executive, Gov. Y", "…, Mayor Y") or the body named after "of the" ("X's chairman of the
 * plan commission", "X's CEO of the housing authority").
 */
function publicOffice(tokens: Token[], after: number): boolean {
	const next = tokens[after];
	if (!next) return false;
	if (next.lower === 'of') return tokens[after + 1]?.lower === 'the';
	return next.capitalized && PERSON_TITLES.has(next.lower) && (next.gapBefore === ', ' || next.gapBefore === ' ');
}

// what a town's possessive names that is its own as a place: its mayor, its residents ("X's mayor said")
const CIVIC_POSSESSIONS = new Set('mayor mayors residents council councillors councilors citizens population streets neighborhoods neighbourhoods'.split(' '));
// "the city of X", "the town of X"
const SETTLEMENT_WORDS = new Set('city town village municipality borough township'.split(' '));

/**
 * Whether this mention of a name is the place by a cue of its own ("the city of X", "X's mayor"), so a firm
 * read elsewhere under the same name ("X's chief executive") does not take it.
 */
export function placeCueHolds(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokens[candidate.first - 1];
	if (before?.lower === 'of' && SETTLEMENT_WORDS.has(tokens[candidate.first - 2]?.lower ?? '')) return true;
	const next = tokens[candidate.last + 1];
	const owned = tokens[candidate.last + 2];
	return isPossessiveMark(next) && owned !== undefined && CIVIC_POSSESSIONS.has(owned.lower);
}
