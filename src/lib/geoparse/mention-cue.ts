// The kind of place a mention's own words ask for: "the Washington county courthouse" a district,
// "the Kagera region" or "fires in eastern Washington" a region. Read once per ambiguous mention.
import type { Gazetteer } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { afterQuarterWord, capitalsOwnRegion, divisionCueBefore, kindCue, type KindCue } from './document-cues.ts';
import type { Candidate } from './candidates.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';
import { tokenAt, type Token } from './tokens.ts';
import { countyOfSingularList } from './listed-counties.ts';
import { countyOfTally } from './tally-lists.ts';
import { appositiveCue, SETTLEMENT_NOUNS } from './phrase-cues.ts';
import { COUNTY_NOUNS, COUNTY_WORDS } from './context-words.ts';

/** "washington county courthouse": a given span that stops short of the county's name ("county", "parish") */
export function districtNounAfter(mention: AcceptedMention, tokens: Token[]): string | null {
	const next = tokens[mention.candidate.last + 1];
	return mention.why === 'given' && next && next.gapBefore === ' ' && !next.capitalized && COUNTY_NOUNS.has(next.text) ? next.text : null;
}

/** "Nakuru County", "the Kagera region": the name key of the division the word after a name names */
export function divisionKeyOf(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): string | null {
	return mention.candidate.via === 'name' ? divisionWordKey(mention.candidate, tokens, mention.surface, gazetteer) : null;
}

export function mentionCue(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): KindCue | null {
	const cue = mention.candidate.via === 'name' ? (kindCue(mention.candidate, tokens) ?? listedDivisionCue(mention, tokens, gazetteer) ?? (countyOfSingularList(mention, tokens, gazetteer) || countyOfTally(mention.candidate, tokens, gazetteer) ? 'district' : null)) : null;
	if (cue) return cue;
	// "Etna, a small borough on the Allegheny River": an apposition that calls the name a settlement rules
	// out the volcano, the German forest and the Greek region, however famous (a borough may still be a
	// city's district)
	if (mention.candidate.via === 'name' && appositiveCue(mention.candidate, tokens) && describesName(mention.candidate, tokens)) return 'settlement';
	if (districtNounAfter(mention, tokens)) return 'district';
	if (waterAfterArticle(mention.candidate, tokens, gazetteer)) return 'water';
	if (divisionKeyOf(mention, tokens, gazetteer) || afterCountyComma(mention.candidate, tokens)) return 'region';
	// "fires in eastern Washington", "across the Washington line": the state, where the bare name is a
	// city's (a country stays the country)
	if (!afterQuarterWord(mention.candidate, tokens) && !stateLineAfter(mention.candidate, tokens)) return null;
	const best = bestReading(mention, gazetteer);
	// "central Beirut": a quarter of the capital where the region of its name is the capital's own (Beirut Governorate)
	return best.kind === 'city' && !capitalsOwnRegion(mention.surface, best, gazetteer) ? 'region' : null;
}

/**
 * "the provinces of Herat, Balkh and Kabul" (document-cues.ts): the kind a division plural before the list
 * asks for, where the name is no country's ("the former Soviet states of Georgia, Armenia and Azerbaijan" are
 * sovereign states, not Georgia, USA).
 */
function listedDivisionCue(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): KindCue | null {
	const cue = divisionCueBefore(mention.candidate, tokens);
	return cue && bestReading(mention, gazetteer).kind !== 'country' ? cue : null;
}

// words that start a phrase of their own inside an apposition: "the Thames, the heart of the city of London" says
// what the river is to a city, not that it is one; "a place where every town …"
const PHRASE_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'that', 'which', 'where', 'who', 'whose', 'when']);
// nouns of a place that is no settlement, which the settlement noun after them only describes: "a valley city of lakes"
const LAND_NOUNS = new Set(['place', 'island', 'valley', 'region', 'nation', 'country', 'state', 'area', 'land', 'peninsula', 'mountain', 'river', 'lake', 'coast', 'province']);
// the apposition's words looked at: its article, a few adjectives and its noun (phrase-cues.ts)
const APPOSITION_WORDS = 5;
// what may follow "a town of": a number of people ("a town of 900", "a village of some 300"), not a figure of
// speech ("a city of tents", "a community of five nations")
const ABOUT_WORDS = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'almost', 'just', 'over', 'under', 'fewer', 'less', 'more', 'barely', 'only', 'approximately']);

/** Whether the apposition after the name runs from its article to its settlement noun without a phrase of its own between. */
function describesName(candidate: Candidate, tokens: Token[]): boolean {
	for (let i = candidate.last + 2; i <= candidate.last + APPOSITION_WORDS && i < tokens.length; i++) {
		const token = tokens[i]!;
		// (a word joined by a hyphen is no settlement's adjective here: "a suburb-heavy island", "a city-state")
		if (PHRASE_WORDS.has(token.text) || LAND_NOUNS.has(token.text) || token.gapBefore === '-' || tokens[i + 1]?.gapBefore === '-') return false;
		if (SETTLEMENT_NOUNS.has(token.text)) return tokens[i + 1]?.text !== 'of' || countsPeople(tokens[i + 2]);
	}
	return false;
}

function countsPeople(token: Token | undefined): boolean {
	return !!token && (/^\d/.test(token.text) || ABOUT_WORDS.has(token.text));
}

// "Durham County, Ontario", "Lafourche Parish, Louisiana": what qualifies a county is its state or province
// (or country, which the cue leaves as it is), never a city of the name (Ontario, California), even where
// the text's other places lie in the city's country ("an American politician born in Durham County, Ontario")
export function afterCountyComma(candidate: Candidate, tokens: Token[]): boolean {
	const county = tokenAt(tokens, candidate.first - 1);
	return tokens[candidate.first]!.gapBefore === ', ' && !!county && COUNTY_WORDS.has(county.text) && !!tokenAt(tokens, candidate.first - 2)?.capitalized;
}

// what may follow a river's name that ends its phrase: "left the Volga and the Black Sea", "on the Neretva in 1471"
const PHRASE_ENDS = /^\s*[,.;:)]/;
const WORDS_AFTER_PHRASE = new Set(['and', 'or', 'in', 'at', 'near', 'to', 'from', 'below', 'above', 'between', 'which', 'where', 'is', 'was', 'flows', 'runs', 'rises']);

/**
 * "Germans who had left the Volga and the Black Sea coast", "the Dniester, facing Ukraine": a name after a
 * lower-case "the" that ends its phrase is a river's or a sea's where the gazetteer has one of that name;
 * towns take no article. Not where a country bears the name ("the Gambia", "the Congo" are often the countries).
 */
function waterAfterArticle(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const the = tokenAt(tokens, candidate.first - 1);
	// (one word: "the Black River" says it is water itself, and may be the village of that name on it)
	if (the?.text !== 'the' || tokens[candidate.first]!.gapBefore !== ' ' || candidate.via !== 'name' || candidate.first !== candidate.last) return false;
	const next = tokens[candidate.last + 1];
	if (next && !PHRASE_ENDS.test(next.gapBefore) && !(next.gapBefore === ' ' && WORDS_AFTER_PHRASE.has(next.text))) return false;
	let water = false;
	for (const index of candidate.places) {
		const kind = gazetteer.places[index]!.kind;
		if (kind === 'country') return false;
		if (kind === 'water') water = true;
	}
	return water;
}

/** "across the Washington line", "near the Kentucky line": a land's border, the name between "the" and "line". */
function stateLineAfter(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	const next = tokens[candidate.last + 1];
	return before?.lower === 'the' && next?.text === 'line' && next.gapBefore === ' ' && tokens[candidate.first]!.gapBefore === ' ';
}

/**
 * "Nakuru county health officials": a lower-case word after the bare name that the gazetteer writes
 * capitalised after a division's bare name (data/gazetteer/division-words.tsv: Kenya's counties; no US
 * row, so "Orange county" reads as before). The key of that division's name, or null.
 */
function divisionWordKey(candidate: Candidate, tokens: Token[], surface: string, gazetteer: Gazetteer): string | null {
	const next = tokens[candidate.last + 1];
	const names = gazetteer.capitalWordNames;
	if (!next || next.gapBefore !== ' ' || next.capitalized || !names) return null;
	// an ASCII word is the key's last word in lower case: most such words end no name there, and no key is made for them
	if (isAscii(next.text) && !lastWordsOf(names).has(next.lower)) return null;
	const key = nameKey(`${surface} ${next.text}`);
	return names.has(key) ? key : null;
}

const lastWords = new WeakMap<Set<string>, Set<string>>();

/** The last words of the keys ("county" of "nakuru county"), read once per gazetteer. */
function lastWordsOf(keys: Set<string>): Set<string> {
	let words = lastWords.get(keys);
	if (!words) {
		words = new Set([...keys].map((key) => key.slice(key.lastIndexOf(' ') + 1)));
		lastWords.set(keys, words);
	}
	return words;
}

function isAscii(word: string): boolean {
	for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return false;
	return true;
}
