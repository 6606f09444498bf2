// "Toyota's shares", "Tata's chairman": what only a firm owns or is run by, after the possessive of a
// town's or a region's name, makes the name the firm's, not the place (a town's own "rose 7%" and
// "recalled its crop" are its prices' and its growers': no verbs are read so).
// Word classes, not names: no firm is listed. Only a town's or a first-level region's name is read so: a
// country has a chairman of its own, and so has a county's board ("Kane County's chairman").
import type { Candidate } from './candidates.ts';
import { isApostrophe } from './phrase-cues.ts';
import type { Token } from './tokens.ts';

// what a firm owns or is run by, after its possessive ("Toyota's shares"); not what a town or a state has
// too: its stock of housing, its plants, its revenue, its profits from oil
const FIRM_POSSESSIONS = new Set('shares shareholders shareholder ceo chairman chairwoman subsidiary subsidiaries'.split(' '));
// "Toyota's chief executive", "Tata's share price": two words
const FIRM_PAIRS = new Set(['chief executive', 'share price', 'stock price', 'market value', 'quarterly profit', 'quarterly earnings', 'annual profit', 'net profit']);

/** Whether the words right after the name are a firm's possessions ("Toyota's shares", "Tata's chief executive"). */
export function firmCueAfter(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (candidate.via !== 'name' || !next || next.text !== 's' || !isApostrophe(next.gapBefore)) return false;
	const owned = tokens[candidate.last + 2];
	// ("Toyota's CEO": the one capitalised possession)
	if (!owned || owned.gapBefore !== ' ' || (owned.capitalized && !owned.allCaps)) return false;
	const pair = tokens[candidate.last + 3];
	return FIRM_POSSESSIONS.has(owned.lower) || (pair !== undefined && pair.gapBefore === ' ' && FIRM_PAIRS.has(`${owned.text} ${pair.text}`));
}
