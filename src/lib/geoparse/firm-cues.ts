// "Toyota's shares", "Tata's chairman": what only a firm owns or is run by, after the possessive of a
// town's or a region's name, makes the name the firm's, not the place (a town's own "rose 7%" and
// "recalled its crop" are its prices' and its growers': no verbs are read so — except after the text has
// named a firm of that name in full: "Delta Air Lines … Delta said", organisationsNamedInFull and firmRole).
// Word classes, not names: no firm is listed. Only a town's name or a little-known first-level region's is
// read so: a country, a known state ("Ohio's chief executive" is its governor) and a county's board
// ("Kane County's chairman") have officers of their own.
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { FUNCTION_WORDS, PERSON_TITLES } from './context-words.ts';
import type { Verdict } from './judge.ts';
import { capitalOrAtLeast, KNOWN_ABROAD } from './known-abroad.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { otherPlaceInCountry, type PlacesByCountry } from './places-by-country.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isVerbAfterName } from './verb-after.ts';

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

// what a research firm is known by after its name: one of its analysts, named ("Jupiter analyst Olivier
// Beauvillain") or ending the phrase ("Nate Elliott, Jupiter analyst."), and its research after "at" ("an analyst
// at Jupiter research."); not "the Juneau analyst who follows the budget", "Stamford analysts said", "money for
// Cambridge research" (revA s46), where the analysts and the research are the town's (placing-names.ts)

/** The phrase ends after token `at` (punctuation or the text's end follows). */
function endsAfter(at: number, tokens: Token[]): boolean {
	const after = tokens[at + 1];
	return !after || after.gapBefore.trim() !== '';
}

/** A town not known abroad named before one of its analysts or, after "at", its research, in a text that names nothing near it: a research firm's name. */
export function researchFirmCue(candidate: Candidate, place: GazetteerPlace, tokens: Token[], namesPlacing: (place: GazetteerPlace) => readonly Candidate[]): boolean {
	const next = tokens[candidate.last + 1];
	if (candidate.via !== 'name' || place.kind !== 'city' || !next || next.gapBefore !== ' ' || next.capitalized) return false;
	if (capitalOrAtLeast(place, KNOWN_ABROAD)) return false;
	const person = tokens[candidate.last + 2];
	const analyst = next.text === 'analyst' && (endsAfter(candidate.last + 1, tokens) || (person?.capitalized === true && person.gapBefore === ' '));
	const research = next.text === 'research' && tokenAt(tokens, candidate.first - 1)?.lower === 'at' && endsAfter(candidate.last + 1, tokens);
	return (analyst || research) && !namesPlacing(place).some((other) => other !== candidate);
}

// "shares of Tata rose", "shareholders of Toyota": what only a firm has, with "of" before the name
const FIRM_HOLDINGS = new Set(['shares', 'shareholders', 'stock']);

/**
 * Whether a firm's holdings and "of" (or "in": sharesInFirm) stand right before the name and the phrase ends with
 * it ("shares of Tata rose", "shares of Toyota, which…"; not "the stock of Boston housing").
 */
export function firmCueBefore(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const of = tokenAt(tokens, candidate.first - 1);
	const held = tokenAt(tokens, candidate.first - 2);
	if (candidate.via !== 'name' || of === undefined || held === undefined || of.gapBefore !== ' ' || tokens[candidate.first]!.gapBefore !== ' ' || !FIRM_HOLDINGS.has(held.lower)) return false;
	if (of.text !== 'of' && !(of.text === 'in' && sharesInFirm(candidate, tokens, gazetteer))) return false;
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return !isPossessiveMark(next);
	return !next.capitalized && (FIRM_ACTIONS.has(next.text) || isVerbAfterName(next, gazetteer));
}

// "Shares in Tokyo fell": a market's city is a capital or a large city (Frankfurt, Milan, Zurich)
const MARKET_CITY = 300_000;

/**
 * "Shares in Ordway rose": British usage for "shares of", where the shares open their phrase (not "Ordco
 * shares in London rose": a firm's, traded there) and the name is no market's city (a capital or a large city:
 * "shares in Tokyo fell" is the market).
 */
function sharesInFirm(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const owner = tokenAt(tokens, candidate.first - 3);
	if (owner?.capitalized && !tokenAt(tokens, candidate.first - 2)!.sentenceStart) return false;
	const place = gazetteer.places[candidate.places[0]!]!;
	return place.kind === 'city' && place.population < MARKET_CITY && !isCapital(place);
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
export const CIVIC_POSSESSIONS: ReadonlySet<string> = new Set('mayor mayors residents council councillors councilors citizens population streets neighborhoods neighbourhoods'.split(' '));
// "the city of X", "the town of X"
const SETTLEMENT_WORDS = new Set('city town village municipality borough township'.split(' '));

/**
 * Whether this mention of a name is the place by a cue of its own ("the city of X", "X's mayor"), so a firm
 * read elsewhere under the same name ("X's chief executive") does not take it.
 */
export function placeCueHolds(candidate: Candidate, tokens: Token[]): boolean {
	const before = tokenAt(tokens, candidate.first - 1);
	if (before?.lower === 'of' && SETTLEMENT_WORDS.has(tokenAt(tokens, candidate.first - 2)?.lower ?? '')) return true;
	const next = tokens[candidate.last + 1];
	const owned = tokens[candidate.last + 2];
	return isPossessiveMark(next) && owned !== undefined && CIVIC_POSSESSIONS.has(owned.lower);
}

// what a firm does as a subject that a place does not ("Delta expects", "Mayo employs"); the finite verbs
// isVerbAfterName reads from their form ("said", "has", "opened") are asked of it too
const FIRM_ACTIONS = new Set('expects plans employs operates owns sells flies makes reported announced posted rose fell gained lost'.split(' '));

// the people an organisation employs, after its name as their modifier ("Mayo researchers will publish"; a
// county's or a town's own are its officials, residents and voters, not these)
const FIRM_STAFF = new Set('researchers scientists doctors surgeons physicians nurses employees engineers executives analysts'.split(' '));

// the words that open a clause set off after the subject: "Mayo, which…", "Delta, based at…"
const FIRM_CLAUSES = new Set('which whose based headquartered'.split(' '));

/**
 * "Delta said", "Mayo's doctors", "Delta expects", "Mayo, which…": the name as the subject of a verb or before a possessive
 * that is no town's own (its mayor, its residents) — where a firm named after the place stands.
 */
export function firmRole(candidate: Candidate, tokens: Token[], gazetteer: Gazetteer): boolean {
	const next = tokens[candidate.last + 1];
	if (!next || !opensClause(candidate, tokens)) return false;
	if (isPossessiveMark(next)) return !placeCueHolds(candidate, tokens);
	// "Mayo, which also runs…", "Delta, based at…": a clause about the subject, whose verb follows
	if (next.gapBefore === ', ') return FIRM_CLAUSES.has(next.text);
	return next.gapBefore === ' ' && !next.capitalized && (FIRM_ACTIONS.has(next.text) || FIRM_STAFF.has(next.text) || isVerbAfterName(next, gazetteer));
}

// words after which a name opens a clause of its own ("and Delta expects"; not "the neighborhood of Dover has sold")
const CLAUSE_JOINERS = new Set('and but while as when after because since though although that rival'.split(' '));

/** The name stands first in its clause: at a sentence's start, after punctuation or a conjunction. */
function opensClause(candidate: Candidate, tokens: Token[]): boolean {
	const head = tokens[candidate.first]!;
	const before = tokenAt(tokens, candidate.first - 1);
	return !before || head.sentenceStart || head.gapBefore !== ' ' || CLAUSE_JOINERS.has(before.lower);
}

/**
 * The names the text gives an organisation of its own in full ("Delta Air Lines", "the Mayo Clinic": the
 * name opens a longer capitalised name read as embedded), and never places with a cue of its own ("in Mayo",
 * "Mayo, Ireland"): their bare mentions in a firm's role are the organisation's (`firmRole`).
 */
export function organisationsNamedInFull(candidates: Candidate[], verdicts: Verdict[], tokens: Token[], text: string): Set<string> {
	const opened = new Set<string>();
	candidates.forEach((candidate, i) => {
		const verdict = verdicts[i]!;
		if (verdict.keep && verdict.usage === 'embedded' && verdict.why === 'inside-name' && candidate.via === 'name' && opensLongerName(candidate, tokens) && endsInFirmWord(candidate, tokens) && !opensTitleCaseLine(candidate, tokens)) opened.add(candidateKey(text, candidate));
	});
	// (most texts name no such organisation: the placed names are looked for only where one does)
	if (opened.size) {
		candidates.forEach((candidate, i) => {
			const verdict = verdicts[i]!;
			if (verdict.keep && verdict.usage === 'literal' && (verdict.why === 'locative' || verdict.anchored) && candidate.via === 'name') opened.delete(candidateKey(text, candidate));
		});
	}
	return opened;
}

// the last word of a firm's name ("Delta Air Lines", "Mayo Clinic", "Acme Corp"); not a public body's, a
// paper's or a venue's ("Aspen Council", "The Aspen Times", "Concord Hospital", "Gillette Stadium"), which
// a town gives its name to and whose town the text goes on to speak of
const FIRM_WORDS = new Set(
	'inc co corp corporation company companies group holdings ltd llc plc lines airlines airways clinic bank bancorp motors energy industries instruments partners capital foods brands technologies systems pharmaceuticals insurance steel mining petroleum international'.split(' ')
);

/** The capitalised run the name opens ends in a firm's word ("Delta Air Lines cut…": "Lines"). */
function endsInFirmWord(candidate: Candidate, tokens: Token[]): boolean {
	let last = candidate.last + 1;
	// (not over the pronoun "I", which no name holds: "terminated by Delta Airlines I am moving")
	while (tokens[last + 1]?.capitalized && tokens[last + 1]!.gapBefore === ' ' && tokens[last + 1]!.text !== 'I') last++;
	return FIRM_WORDS.has(tokens[last]!.lower);
}

// how many words of a line are looked at to tell a headline (a longer line is running text)
const HEADLINE_WORDS = 20;

/**
 * The name opens a line whose words are all capitalised but the short ones ("Aspen Council Approves Worker
 * Housing Plan"): a headline, where every word is capitalised and the name is the town's own.
 */
function opensTitleCaseLine(candidate: Candidate, tokens: Token[]): boolean {
	const head = tokens[candidate.first]!;
	if (candidate.first > 0 && !head.gapBefore.includes('\n')) return false;
	let words = 0;
	for (let t = candidate.first; t < tokens.length && words < HEADLINE_WORDS; t++, words++) {
		const token = tokens[t]!;
		if (t > candidate.first && token.gapBefore.includes('\n')) break;
		if (!token.capitalized && token.text.length > 3) return false;
	}
	return words >= 3 && words < HEADLINE_WORDS;
}

/** A capitalised word follows the name, and none stands before it in the sentence ("the Mayo Clinic", not "Rochester's Mayo Clinic"). */
function opensLongerName(candidate: Candidate, tokens: Token[]): boolean {
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ' || !next.capitalized) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	const head = tokens[candidate.first]!;
	// ("The Mayo Clinic" after a dateline's dash, where the tokens mark no sentence start)
	return !before || head.sentenceStart || !before.capitalized || before.sentenceStart || before.text === 'The' || head.gapBefore !== ' ';
}

// nouns for what a firm is, that a town or a region never is called ("handset maker X", "oil firm X"); words
// in "-maker" count too ("carmaker", "chipmaker"); "giant" is also a club's ("football giant X"), so a sport's
// word before it keeps the team
// (a refiner and a firm's partner too: "X, its Chinese partner,"; not a producer or a miner, which places are called as
// well: "Wyoming, the top coal producer", "Bordeaux, the wine producer")
const FIRM_NOUNS = new Set('firm company giant maker retailer manufacturer conglomerate airline insurer lender brewer refiner partner'.split(' '));
// the words that open an apposition naming what a firm is: "X, the Finnish handset maker", "X, its Chinese partner"
const FIRM_APPOSITION_OPENERS = new Set(['the', 'its']);
const SPORT_WORDS = new Set('football soccer rugby cricket basketball baseball hockey sporting sports'.split(' '));
// an apposition names the firm within this many words after ", the" ("X, the Finnish handset maker,")
const APPOSITION_WORDS = 4;

function firmNoun(token: Token | undefined, before: Token | undefined): boolean {
	if (!token || token.capitalized) return false;
	if (token.text === 'giant') return !(before && SPORT_WORDS.has(before.lower));
	// (and their plurals before a pair: "carmakers Tayoda and Hondo"; not "giants", a sports page's word for clubs)
	const singular = token.text.endsWith('ies') ? `${token.text.slice(0, -3)}y` : token.text.endsWith('s') && token.text !== 'giants' ? token.text.slice(0, -1) : token.text;
	return FIRM_NOUNS.has(singular) || singular.endsWith('maker');
}

// words that may follow a firm's name where it ends the noun phrase: the verb that goes on ("the car giant
// Tayoda will …", "… said", "… is"), a preposition or a conjunction; a past tense in "-ed" counts too
const AFTER_FIRMS_NAME = new Set(
	'is was are were has had have will would can could may might must should shall does did said says also and or but in on at of to for with from by as which that who whose'.split(' ')
);

/**
 * Whether the token after a name that follows a firm's noun ends the firm's name: punctuation, the text's end,
 * a verb or a joining word; not a noun that makes the name a town's adjective ("the firm Chicago lawyer Ann
 * Lee founded", "the company Denver investors bought") nor "-based" ("the tech giant Seattle-based Amazon").
 */
function endsFirmsName(next: Token | undefined): boolean {
	if (!next) return true;
	if (next.gapBefore === '-') return false;
	if (next.gapBefore !== ' ') return true;
	return !next.capitalized && (AFTER_FIRMS_NAME.has(next.text) || next.text.endsWith('ed'));
}

/**
 * "the phone maker Nokra", "the car giant Tayoda", "Nokra, the Swedish phone maker, said", "Zijna, its Chinese partner,": a noun that says what
 * a firm is, right before the name (which ends there: "the firm Dover Street Market" is a longer name) or after
 * it in an apposition, makes it the firm's.
 */
export function firmNamedByKind(candidate: Candidate, tokens: Token[]): boolean {
	if (candidate.via !== 'name') return false;
	const head = tokens[candidate.first]!;
	const next = tokens[candidate.last + 1];
	if (head.gapBefore === ' ' && firmNoun(tokenAt(tokens, candidate.first - 1), tokenAt(tokens, candidate.first - 2)) && endsFirmsName(next)) return true;
	if (!next || !FIRM_APPOSITION_OPENERS.has(next.lower) || next.gapBefore !== ', ') return false;
	for (let k = candidate.last + 2; k <= candidate.last + 1 + APPOSITION_WORDS && k < tokens.length; k++) {
		const word = tokens[k]!;
		// (a function word ends the firm's description: "Kiruna, the daughter of a miner," is a person's)
		if (word.gapBefore !== ' ' || isPossessiveMark(tokens[k + 1]) || FUNCTION_WORDS.has(word.lower)) return false;
		const after = tokens[k + 1];
		if (firmNoun(word, tokenAt(tokens, k - 1)) && (!after || /^[,.;]/.test(after.gapBefore))) return true;
	}
	return false;
}

/**
 * "Delta Air Lines … Delta said": the firm speaks, unless the name's place is one a reader knows first as a
 * place — a city known abroad, a capital, a country ("Air China … China said"), a division or a feature, or a
 * first-level region of a country the text's other places lie in ("Texas Instruments … in Dallas … Texas has offered").
 */
export function outlivesFirm(place: GazetteerPlace, placesByCountry: () => PlacesByCountry): boolean {
	// (a division, a feature, a site is no firm's name: "Cuyahoga County Executive … Cuyahoga County's levies")
	if (place.kind === 'city') return capitalOrAtLeast(place, KNOWN_ABROAD);
	if (place.kind !== 'region' || !place.country) return true;
	return otherPlaceInCountry(place, placesByCountry());
}
