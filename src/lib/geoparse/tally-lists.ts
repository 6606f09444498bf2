// "Top counties: Preston, 1,730; Randolph, 1,402; Mason, 1,150": a plural county word that heads a tally with a
// colon calls each item the county of its name, however like a person's name or a word the item reads. Read by
// the judge (keep the item), mention-cue.ts (the district cue) and cued-homonyms.ts (the "<name> County" homonyms).
import { nameKey } from '../gazetteer/normalize.ts';
import { placesNamed } from '../gazetteer/lookup.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Judging, Verdict } from './judge.ts';
import { LIST_WORDS } from './list-nouns.ts';
import { stateId } from './state-codes.ts';
import { isCount, type Token } from './tokens.ts';

// the plurals of the division words a tally's heading may end in, and their singulars
const DIVISION_PLURALS = new Map([
	['counties', 'county'],
	['parishes', 'parish']
]);
// a tally's items after its heading: a name, a count and a semicolon each
const MAX_TALLY_TOKENS = 48;

/**
 * The singular county word of a plural that heads, with a colon, the tally the name is an item of: the walk back
 * passes only names, counts (with their digit groups), commas, semicolons and "and" (most names stop at once, on
 * the lower-case word before them).
 */
export function tallyDivisionBefore(candidate: Candidate, tokens: readonly Token[]): string | null {
	for (let k = candidate.first - 1, n = 0; k >= 0 && n < MAX_TALLY_TOKENS; k--, n++) {
		const token = tokens[k]!;
		const gapAfter = tokens[k + 1]!.gapBefore;
		if (gapAfter === ': ') return DIVISION_PLURALS.get(token.lower) ?? null;
		if (gapAfter !== ' ' && gapAfter !== ', ' && gapAfter !== '; ' && !(gapAfter === ',' && isCount(token))) return null;
		if (!token.capitalized && !LIST_WORDS.has(token.text) && !isCount(token)) return null;
	}
	return null;
}

/**
 * Whether the name is an item of a county tally whose "<name> County" the gazetteer has. Where the bare name is
 * also a division's (Essex, Suffolk, Norfolk: English counties), only if the text names the state of such a county
 * ("West Virginia ... Hampshire, 1,198"): a British tally of "counties" is of its own.
 */
export function countyOfTally(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const noun = tallyDivisionBefore(candidate, tokens);
	if (noun === null) return false;
	const surface = tokens.slice(candidate.first, candidate.last + 1).map((token) => token.text).join(' ');
	const counties = placesNamed(gazetteer, nameKey(`${surface} ${noun}`)).filter((place) => place.kind === 'district');
	if (counties.length === 0) return false;
	if (!candidate.places.some((k) => gazetteer.places[k]!.kind === 'region' || gazetteer.places[k]!.kind === 'district')) return true;
	return counties.some((county) => county.country === 'US' && county.admin1 !== null && namesState(tokens, stateId(county.admin1), gazetteer));
}

/** Whether the tokens name the state of this id ("West Virginia"). */
function namesState(tokens: readonly Token[], id: string, gazetteer: Gazetteer): boolean {
	const index = gazetteer.byId.get(id);
	if (index === undefined) return false;
	const words = gazetteer.places[index]!.name.split(' ');
	for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((word, w) => tokens[i + w]!.text === word)) return true;
	return false;
}

/** The judge's verdict on an item of a county tally: the county, kept before the person and word checks. */
export function tallyItem(j: Judging): Verdict | null {
	if (j.candidate.via !== 'name' || !countyOfTally(j.candidate, j.tokens, j.gazetteer)) return null;
	return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown, anchored: true };
}
