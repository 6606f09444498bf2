// "French fries", "a Panama hat", "Brussels sprouts": a place's name or demonym before a lower-case word
// with which the English lexicon (WordNet, read when the gazetteer is built) files a food, an artefact,
// a plant or a substance names that thing, not the place ("fries in Brussels" stays Brussels).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { COORDINATORS, FUNCTION_WORDS } from './context-words.ts';
import { isVerbAfterName } from './verb-after.ts';

/** The lexicon's own forms first, then the singular of a plural ("Panama hats", "French berets"): `words`, those filed after the name. */
function filedCompound(words: ReadonlySet<string>, word: string): boolean {
	if (words.has(word)) return true;
	if (!word.endsWith('s')) return false;
	if (words.has(word.slice(0, -1))) return true;
	if (word.endsWith('ies') && words.has(`${word.slice(0, -3)}y`)) return true;
	// "boxes", "peaches" (not "hopes", whose singular is "hope")
	return /(?:s|x|z|ch|sh)es$/.test(word) && words.has(word.slice(0, -2));
}

export function namesAThing(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	// the cheap exits: one word, then a lower-case word after one space, and a word that opens a compound
	if (candidate.first !== candidate.last || !gazetteer.thingCompoundsByOpener) return false;
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ' || next.capitalized) return false;
	const name = tokens[candidate.first]!.lower;
	const words = gazetteer.thingCompoundsByOpener.get(name);
	return words !== undefined && filedCompound(words, next.lower);
}

// "the Druzhba pipeline", "the Adria pipeline", "the Keystone pipeline": a small town's name right before
// "pipeline" is the pipeline's (called after a town on its route, or a word that is some town's name too), not a
// place of the story. A country's or a region's stays ("the Alaska pipeline" runs there), and so does a city of
// 100,000 or more, which news names for the pipeline's end or its firm's home ("the Kirkuk pipeline", "the
// Baku-Tbilisi-Ceyhan pipeline"), and a name before "pipeline" and another noun ("a Houston pipeline operator"),
// an accident's, a protest's or a route's included: "the San Bruno pipeline explosion" happened there, "the Cannon
// Ball pipeline protest camp" stood there.
const PIPELINE_WORDS = new Set(['pipeline', 'pipelines']);
const PIPELINE_COMPOUNDS = new Set(
	('operator operators company companies contractor contractors firm firms project projects owner owners builder builders network networks group giant business industry sector workers jobs ' +
		'explosion explosions blast fire leak leaks spill spills rupture accident disaster hub terminal station ' +
		'protest protests protesters camp camps expansion extension route storage tanks').split(' ')
);
const PIPELINE_TOWN_AT_MOST = 100_000;

export function namesAPipeline(candidate: Candidate, tokens: readonly Token[], place: GazetteerPlace): boolean {
	const next = tokens[candidate.last + 1];
	if (next === undefined || next.gapBefore !== ' ' || !PIPELINE_WORDS.has(next.text)) return false;
	if (place.kind !== 'city' || place.population >= PIPELINE_TOWN_AT_MOST) return false;
	// "a Baku-to-Ceyhan pipeline", "the Kirkuk-Ceyhan pipeline": a town a hyphen joins to the route before it is its end
	if (/[-–]/.test(tokens[candidate.first]!.gapBefore)) return false;
	const after = tokens[candidate.last + 2];
	return !(after && after.gapBefore === ' ' && PIPELINE_COMPOUNDS.has(after.text));
}

// "has a Mediterranean climate", "The climate is Mediterranean (Köppen Csa)": a sea's name before "climate" or a
// Köppen class names the climate type of a place anywhere, not the sea
const KOPPEN_AFTER = /^ \(K[öo]ppen/;

export function namesAClimate(candidate: Candidate, tokens: readonly Token[], text: string, gazetteer: Gazetteer): boolean {
	const next = tokens[candidate.last + 1];
	if (!next || (next.text !== 'climate' && next.text !== 'Köppen' && next.text !== 'Koppen')) return false;
	if (gazetteer.places[candidate.places[0]!]!.kind !== 'water') return false;
	return (next.text === 'climate' && next.gapBefore === ' ') || KOPPEN_AFTER.test(text.slice(candidate.end, candidate.end + 9));
}

// the words that make a demonym before them the name of a language: "Spanish-speaking", "English-language",
// "Welsh speakers" (not "speaks in Spanish", a language's own name, which GeoWebNews files as a toponym, nor
// "European languages", the languages of a place, which it files as the place's modifier; nor the singular
// "speaker", often one person from the country: "a Scottish speaker of the House", "the German speaker at the summit")
const LANGUAGE_USES = new Set(['speaking', 'speakers', 'language']);

/** "the Spanish-speaking world", "English-language news", "French speakers": a demonym compounded with speaking or language. */
export function namesALanguage(candidate: Candidate, tokens: readonly Token[]): boolean {
	if (candidate.via !== 'demonym') return false;
	const next = tokens[candidate.last + 1];
	return next !== undefined && (next.gapBefore === '-' || next.gapBefore === ' ') && LANGUAGE_USES.has(next.text);
}

// the words before a language's own name: "recorded in English", "translated into French", "speak English at
// home", "learning Hindi", "studied Japanese", "speaks fluent Hebrew", "practising my Portuguese" (a demonym after them that ends its phrase is a language, which GeoWebNews files as a
// toponym: it stays recognised, but names no place to map)
const LANGUAGE_BEFORE = new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'learn', 'learns', 'learning', 'learned', 'learnt', 'teach', 'teaches', 'taught', 'study', 'studies', 'studied', 'studying', 'practise', 'practising', 'practice', 'practicing', 'fluent']);
// ... and the possessives that may stand between such a verb and the language ("practising my Portuguese", "speak their Welsh")
const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

/**
 * "written and recorded in English", "speak English at home", "in Hindi and Urdu": a one-word demonym after a word
 * a language's name follows (LANGUAGE_BEFORE), ending its phrase — punctuation, a function word or nothing after it
 * and after any demonyms listed with it. Not before a noun ("in English football", "in French and German
 * newspapers": the country's), nor a people's plural ("in Britons").
 */
export function namesALanguageSpoken(candidate: Candidate, tokens: readonly Token[], candidateAt: ReadonlyMap<number, Candidate>): boolean {
	if (candidate.via !== 'demonym' || candidate.first !== candidate.last || tokens[candidate.first]!.text.endsWith('s')) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	// "in Hindi and Urdu", "in English, French": a demonym listed after a language is one too
	const listedAfter = tokens[candidate.first]!.gapBefore === ', ' ? candidateAt.get(candidate.first - 1) : COORDINATORS.has(before?.text ?? '') ? candidateAt.get(candidate.first - 2) : undefined;
	if (listedAfter && listedAfter.last < candidate.first && namesALanguageSpoken(listedAfter, tokens, candidateAt)) return true;
	const verb = POSSESSIVE_DETERMINERS.has(before?.text ?? '') && before!.gapBefore === ' ' ? tokenAt(tokens, candidate.first - 2) : before;
	if (!verb || verb.capitalized || tokens[candidate.first]!.gapBefore !== ' ' || !LANGUAGE_BEFORE.has(verb.text) || (verb !== before && verb.text === 'in')) return false;
	let last = candidate.last;
	for (;;) {
		// "in Chinese, Japanese and Korean markets": past the demonyms listed with it, to the word the list ends before
		const listed = tokens[last + 1]?.gapBefore === ', ' ? candidateAt.get(last + 1) : COORDINATORS.has(tokens[last + 1]?.text ?? '') ? candidateAt.get(last + 2) : undefined;
		if (listed?.via !== 'demonym') break;
		last = listed.last;
	}
	const next = tokens[last + 1];
	// not joined on by a hyphen ("in Indian-administered Kashmir"), nor a list that goes on past the demonyms
	// ("in European and US markets"; a clause may: "learning Hindi and taking dance lessons")
	// nor a name a comma and another name follow, a town in a list or an address ("a store in Arab, Sand
	// Mountain Holdings to …")
	if (next === undefined) return true;
	if (next.gapBefore === ', ') return !next.capitalized;
	if (next.gapBefore !== ' ') return !/^[-–]/.test(next.gapBefore);
	if (COORDINATORS.has(next.text)) return !tokens[last + 2]?.capitalized;
	return !next.capitalized && FUNCTION_WORDS.has(next.text);
}

// lower-case words for a work or a publication, before its title: "the film Hotel Rwanda", "his album Egypt",
// "the police drama Miami Vice", "the biopic Denton" (not "play", "song", "book": verbs, or words a clause follows:
// "the song Britons love")
export const WORK_KINDS = new Set(['film', 'movie', 'documentary', 'biopic', 'comedy', 'thriller', 'epic', 'novel', 'album', 'series', 'sitcom', 'drama', 'musical', 'opera', 'newspaper', 'magazine']);
// ... and the words for a broadcast, which are verbs or plain nouns alone ("figures show Britain", "a soap
// dish"): a kind of work only after the word of its medium or genre ("the cult TV show Twin Peaks", "the TV soap
// Brookside", "his music show American Bandstand"); a cost accepted: "the music show Glasgow hosted" reads a verb
// after the name as a title's end, as "the film X premiered" does
const BROADCAST_KINDS = new Set(['show', 'soap', 'programme', 'serial']);
const BROADCAST_MEDIA = new Set(['tv', 'television', 'radio', 'music']);
// how many capitalised words a title may run to around the name
const TITLE_WORDS = 3;
// the words that open a clause about the work after its title ("the thriller Constantine which opened at number two")
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose']);

/**
 * The name is a word of a title written right after the lower-case word for its kind of work (see WORK_KINDS),
 * and the title ends the phrase: punctuation, a function word or a verb follows it. A lower-case noun after the
 * capitalised words makes them its modifiers ("a new film Hollywood stars attended", "the novel French
 * booksellers await", where a headline runs into the text).
 */
export function titleOfWork(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	let first = candidate.first;
	while (first > candidate.first - TITLE_WORDS && tokenAt(tokens, first - 1)?.capitalized && tokens[first]!.gapBefore === ' ') first--;
	const kind = tokenAt(tokens, first - 1);
	if (kind === undefined || kind.capitalized || tokens[first]!.gapBefore !== ' ' || !(WORK_KINDS.has(kind.text) || broadcastKind(tokens, first - 1))) return false;
	let last = candidate.last;
	while (last < candidate.last + TITLE_WORDS && tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ') last++;
	const next = tokens[last + 1];
	return next === undefined || next.gapBefore !== ' ' || FUNCTION_WORDS.has(next.lower) || RELATIVE_PRONOUNS.has(next.text) || isVerbAfterName(next, gazetteer);
}

/** "TV show", "television soap", "radio programme" ending at `at`: a broadcast's kind after the word of its medium. */
function broadcastKind(tokens: readonly Token[], at: number): boolean {
	return BROADCAST_KINDS.has(tokens[at]!.text) && tokens[at]!.gapBefore === ' ' && BROADCAST_MEDIA.has(tokenAt(tokens, at - 1)?.lower ?? '');
}

// the words for an award after its name ("the Cesar awards", "a Bafta award", "the Goncourt prize")
const AWARD_WORDS = new Set(['award', 'awards', 'prize', 'prizes', 'trophy']);
// the lower-case words that may stand between ("the Cesar film awards", "the Tony music prizes")
const AWARD_FIELDS = new Set(['film', 'music', 'book', 'literary', 'art', 'theatre', 'television', 'tv']);

/**
 * "France's Cesar film awards", "five Cesar awards": a name right before a word for an award, or before a field
 * and that word, names the award, whatever region or town bears it. Not a country's name or a demonym ("the
 * Irish film awards" are Ireland's), and not where a capitalised word or a noun follows ("the Oslo prize money").
 */
export function namesAnAward(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (candidate.via !== 'name' || gazetteer.places[candidate.places[0]!]!.kind === 'country') return false;
	let word = tokens[candidate.last + 1];
	if (!word || word.gapBefore !== ' ' || word.capitalized) return false;
	if (AWARD_FIELDS.has(word.text)) {
		word = tokens[candidate.last + 2];
		if (!word || word.gapBefore !== ' ') return false;
	}
	if (!AWARD_WORDS.has(word.text)) return false;
	const after = tokens[word === tokens[candidate.last + 1] ? candidate.last + 2 : candidate.last + 3];
	return after === undefined || after.gapBefore !== ' ' || after.capitalized || FUNCTION_WORDS.has(after.lower) || isVerbAfterName(after, gazetteer);
}
