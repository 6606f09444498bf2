// A place name that is only part of a longer name the gazetteer lacks, joined to the rest by a word
// other languages put inside names: "Neukirchen vorm Wald", "Saint-Martin-de-Lenne", "Bergen op Zoom".
// The part names another place (Neukirchen elsewhere in Bavaria, the Caribbean Saint Martin).
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';
import { ARABIC_ARTICLES, FOREIGN_NAME_PARTICLES } from './name-particles.ts';

// The other languages' particles of name-particles.ts; not English "of", "and", "on", "the": those list
// places or start a phrase ("Georgia and Armenia", "in Paris on Sunday"), and the gazetteer has the names
// they make ("Republic of Armenia"). (Czech, Slovak and Polish "nad", "pod", "na": "Kostelec nad Orlicí")
// French "et" only inside hyphenated names ("Tude-et-Lavalette"): between spaces it joins a list of two
// names more often ("the intercommunality Vienne et Gartempe" names the department Vienne)
const HYPHEN_ONLY = new Set(['et']);
// "an der", "de la": at most two joiners in a row
const MAX_JOINERS = 2;

function joins(token: Token | undefined, gap: string): boolean {
	return !!token && !token.capitalized && token.gapBefore === gap && FOREIGN_NAME_PARTICLES.has(token.text) && (gap === '-' || !HYPHEN_ONLY.has(token.text));
}

// Nordic "og" (and), "i"/"í" (in) and Swahili "wa" (of) join two names that are each a place's as often as
// they make one ("Vestfold og Telemark", "Paris i London"): before another place's name they end the first
const PLACE_JOINERS = new Set(['og', 'i', 'í', 'wa']);

// "Kanagawa-ku", "Tsurumi-ku", "Osaka-shi": Japanese hyphens the kind of division onto its name (ku a city's ward,
// shi a city, chō or machi a town, mura a village, gun a rural district; not -son, a village's too but an English
// word: "a Georgia-son of a preacher")
const JAPANESE_DIVISION_SUFFIXES = new Set(['ku', 'shi', 'chō', 'cho', 'machi', 'mura', 'gun']);

/** The candidate is followed by a hyphened Japanese division word ("Kanagawa-ku") that ends the name. */
export function japaneseDivisionAfter(candidate: Candidate, tokens: Token[]): boolean {
	const suffix = tokens[candidate.last + 1];
	return !!suffix && suffix.gapBefore === '-' && JAPANESE_DIVISION_SUFFIXES.has(suffix.text) && tokens[candidate.last + 2]?.gapBefore !== '-';
}

/**
 * The name goes on after the candidate: a joiner (or two) and a capitalised word, all spaced alike.
 * `placeAt` says whether a place's name starts at a token.
 */
export function nameGoesOnAfter(candidate: Candidate, tokens: Token[], placeAt: (token: number) => boolean): boolean {
	const first = tokens[candidate.last + 1];
	if (!first || (first.gapBefore !== ' ' && first.gapBefore !== '-')) return false;
	// "Ras al-Ain", "Tell el-Kebir": the Arabic article spaced after the name and glued to the next word
	const glued = tokens[candidate.last + 2];
	if (first.gapBefore === ' ' && ARABIC_ARTICLES.has(first.text) && glued?.gapBefore === '-' && glued.capitalized) return true;
	const gap = first.gapBefore;
	let k = candidate.last + 1;
	while (k <= candidate.last + MAX_JOINERS && joins(tokens[k], gap)) k++;
	const next = tokens[k];
	if (k === candidate.last + 2 && PLACE_JOINERS.has(first.text) && placeAt(k)) return false;
	return k > candidate.last + 1 && !!next && next.capitalized && next.gapBefore === gap;
}

/** The name began before the candidate: a capitalised word and a joiner (or two), all spaced alike. */
export function nameGoesOnBefore(candidate: Candidate, tokens: Token[]): boolean {
	const gap = tokens[candidate.first]!.gapBefore;
	if (gap !== ' ' && gap !== '-') return false;
	let k = candidate.first - 1;
	while (k >= candidate.first - MAX_JOINERS && k > 0 && joins(tokens[k], gap) && tokens[k + 1]!.gapBefore === gap) k--;
	const previous = tokens[k];
	return k < candidate.first - 1 && !!previous && previous.capitalized && tokens[k + 1]!.gapBefore === gap;
}
