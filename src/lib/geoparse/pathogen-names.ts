// "Sudan virus disease", "West Nile virus", "the Delta variant", "Rift Valley fever", "the Spanish flu",
// "Crimean-Congo haemorrhagic fever", "Middle East respiratory syndrome", "Guinea worm": a place's name or demonym right
// before the word for a pathogen or the disease it causes names the pathogen (after where it was first
// found), not a place of the story. Health news names them all the time, far from where they were found.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { Token } from './tokens.ts';
import type { Verdict } from './judge.ts';
import { ARTICLES } from './context-words.ts';

/** the recogniser's verdict on a name read as a pathogen's (judge.ts) */
export const PATHOGEN_VERDICT = 'pathogen-name';

const PATHOGEN_HEADS = new Set(['virus', 'viruses', 'ebolavirus', 'variant', 'variants', 'strain', 'strains', 'fever', 'disease', 'syndrome', 'encephalitis', 'worm', 'worms']);
// "flu" after a place is also the place's flu season or cases ("England flu cases", "the Texas measles
// outbreak", "Florida coronavirus deaths"): a pathogen where the name is a demonym ("Spanish flu", "German
// measles") or no such noun follows ("the Hong Kong flu" of 1968)
const FLU_HEADS = new Set(['flu', 'influenza', 'measles', 'coronavirus']);
const FLU_TOPICS = new Set(
	'season seasons case cases vaccine vaccines vaccination jabs death deaths toll rate rates figures numbers count counts tally data activity levels surveillance programme program wards clinics patients hospitalizations hospitalisations infections tests testing outbreak outbreaks cluster clusters spike surge epidemic crisis lockdown restrictions response update updates'.split(' ')
);
// "virus" after a place's name is the place's cases too ("Hong Kong virus cases") where the text is about
// the coronavirus, which news calls "the virus"; elsewhere it names one ("Sudan virus cases"). Viruses are
// named after a river, a forest or a town where they were found (West Nile, Zika, Marburg), seldom after a
// large city or a region: only those are read as the place, and only where the text names that place
// elsewhere too, not before "virus" (a country names viruses too: "Sudan virus cases" beside COVID-19).
const PLAIN_VIRUS = 'virus';
// "a West Nile infection", "Hendra infections": the infection a pathogen named after a river, a forest or a
// small town causes; after a country, a region or a large city they are the place's cases ("Texas infections")
const INFECTION_HEADS = new Set(['infection', 'infections']);
const CITY_OF_CASES = 1_000_000;

function namesPlaceOfCases(place: GazetteerPlace): boolean {
	return place.kind === 'country' || place.kind === 'region' || (place.kind === 'city' && place.population >= CITY_OF_CASES);
}
// words that stand between the name and the head in a pathogen's name
const PATHOGEN_MODIFIERS = new Set(['haemorrhagic', 'hemorrhagic', 'equine', 'respiratory', 'spotted', 'tick']);
const MODIFIERS_AT_MOST = 2;

/**
 * An uncapitalised word joined by one space to the word before it. (Whether it is all lower-case letters
 * is left to the sets it is looked up in, which hold only such words: asked after every name, an
 * expression here cost more than the rest of the rule.)
 */
function nextLowerWord(tokens: readonly Token[], at: number): Token | undefined {
	const token = tokens[at];
	return token && token.gapBefore === ' ' && !token.capitalized ? token : undefined;
}

/** Whether the text names the coronavirus (asked only of a place's name before "virus" and a word for its cases). */
export function namesCoronavirus(text: string): boolean {
	return /coronavirus|covid/i.test(text);
}

/** The first places of the text's names that stand before no "virus" (read once per text, on first use). */
export function placesNamedPlainly(candidates: Iterable<Candidate>, tokens: readonly Token[]): Set<number> {
	const places = new Set<number>();
	for (const candidate of candidates) if (tokens[candidate.last + 1]?.lower !== PLAIN_VIRUS) places.add(candidate.places[0]!);
	return places;
}

export function namesAPathogen(candidate: Candidate, tokens: readonly Token[], place: GazetteerPlace, aboutCoronavirus: () => boolean, namedPlainly: () => Set<number>): boolean {
	// the cheap exit: no lower-case word right after the name
	let at = candidate.last + 1;
	let word = nextLowerWord(tokens, at);
	for (let modifiers = 0; word && PATHOGEN_MODIFIERS.has(word.text) && modifiers < MODIFIERS_AT_MOST; modifiers++) word = nextLowerWord(tokens, ++at);
	if (!word) return false;
	if (INFECTION_HEADS.has(word.text)) return candidate.via !== 'demonym' && !namesPlaceOfCases(place);
	const flu = FLU_HEADS.has(word.text);
	if (!flu && !PATHOGEN_HEADS.has(word.text)) return false;
	if (candidate.via === 'demonym') return true;
	const topic = nextLowerWord(tokens, at + 1);
	const placesCases = topic !== undefined && FLU_TOPICS.has(topic.text);
	if (flu) return !placesCases;
	return !(placesCases && word.text === PLAIN_VIRUS && at === candidate.last + 1 && namesPlaceOfCases(place) && aboutCoronavirus() && namedPlainly().has(candidate.places[0]!));
}

/**
 * "Belgium: West Nile and bluetongue. ... a West Nile infection in a horse": a name the text gives a pathogen once
 * names it at its other mentions too, where the place it would be is no place of cases (a river, a forest, a small
 * town: see namesPlaceOfCases) and no preposition of place puts it on the map ("in West Nile", Uganda's region).
 * "Sudan virus disease ... Sudan's health ministry" keeps the country. Rewrites `verdicts` in place.
 */
export function readPathogensThroughout(candidates: readonly Candidate[], verdicts: Verdict[], tokens: readonly Token[], keyOf: (candidate: Candidate) => string, placeOf: (candidate: Candidate) => GazetteerPlace): void {
	let pathogens: Set<string> | null = null;
	for (let i = 0; i < candidates.length; i++) if (verdicts[i]!.why === PATHOGEN_VERDICT) (pathogens ??= new Set()).add(keyOf(candidates[i]!));
	if (!pathogens) return;
	for (let i = 0; i < candidates.length; i++) {
		const verdict = verdicts[i]!;
		const candidate = candidates[i]!;
		if (!verdict.keep || verdict.why === 'locative' || candidate.via !== 'name' || !pathogens.has(keyOf(candidate)) || namesPlaceOfCases(placeOf(candidate))) continue;
		if (calledASettlement(candidate, tokens)) continue;
		verdicts[i] = { keep: false, why: PATHOGEN_VERDICT };
	}
}

// "named after Hendra, a Brisbane suburb", "Marburg, the German town": an apposition calling the name a
// settlement (its article, up to three words of any case, the noun) says the place is meant, not the virus
const SETTLEMENT_HEADS = new Set(['town', 'city', 'village', 'suburb', 'hamlet', 'district', 'region', 'province', 'county', 'river', 'forest', 'valley']);
const WORDS_BEFORE_HEAD = 3;

function calledASettlement(candidate: Candidate, tokens: readonly Token[]): boolean {
	const article = tokens[candidate.last + 1];
	if (!article || article.gapBefore !== ', ' || !ARTICLES.has(article.lower)) return false;
	for (let k = candidate.last + 2; k <= candidate.last + 2 + WORDS_BEFORE_HEAD && k < tokens.length; k++) {
		const word = tokens[k]!;
		if (word.gapBefore !== ' ') return false;
		// (the head ends its word: "a region-wide threat" calls the name nothing)
		if (SETTLEMENT_HEADS.has(word.text)) return !tokens[k + 1]?.gapBefore.startsWith('-');
	}
	return false;
}
