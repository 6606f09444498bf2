import type { ToponymUsage } from '../contracts.ts';
import { isCapital, type GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { lastOf } from './packed.ts';
import { CALENDAR_WORDS, COMMON_WORD, DIVISION_NOUNS, EVERYDAY_WORD, HOLIDAYS, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, LOCATIVE_PREPOSITIONS, PERSON_TITLES, PREPOSITIONS_OF_PLACE, RAIL_HEADS, SERVICE_DISTRICT_WORDS } from './context-words.ts';
import { wordOfLongerName } from './longer-name-words.ts';
import { directionFrom } from './compass-span.ts';
import { otherNameAround } from './other-names.ts';
import { afterPartyInitial } from './party-towns.ts';
import { hyphenedAfterNeighbour, inHyphenedPair } from './hyphened-towns.ts';
import { teamDemonymAfterTown } from './named-things.ts';
import { sportsContextAround } from './team-towns.ts';
import { describesPlace, divisionCueBefore, divisionNounAfter, kindCue, placePredicate } from './document-cues.ts';
import { afterSettlementHead, foreignNameAround } from './foreign-name-words.ts';
import { namesPopulationGroup } from './population-groups.ts';
import { namesASpokenLanguage } from './spoken-names.ts';
import { namesAClimate, namesALanguage, namesALanguageSpoken, namesAPipeline, namesAThing, titleOfWork } from './thing-names.ts';
import { titleCalledAWork, titleCaseTitle } from './work-titles.ts';
import { itemOfFirmOrPersonList, pairedWithFirm } from './kind-lists.ts';
import { authorOfResearch } from './research-authors.ts';
import { personsName, townAfterAge, townBeforeResult } from './judge-persons.ts';
import { labelOrOrganisation, partOfNeighbouringName } from './judge-neighbours.ts';
import { tallyItem } from './tally-lists.ts';
import { tallyItems } from './tally-items.ts';
import { wordAfterPlacingPreposition, wordTownAmidNeighbours } from './word-towns.ts';
import { landformOrDivisionName } from './judge-landforms.ts';
import { namesAPathogen, PATHOGEN_VERDICT } from './pathogen-names.ts';
import { divisionWordCountries } from './division-countries.ts';
import { demonymAfterNamePrefix } from './prefixed-demonym.ts';
import { namesAProcess } from './accord-names.ts';
import { codeInListing } from './sports-codes.ts';
import { abbreviationBesideNumber } from './abbreviation-numbers.ts';
import { townBeforeStateCutShort } from './abbreviation-candidates.ts';
import { countryInsideLongerName, streamNamedLikeOldTown } from './name-parts.ts';
import { cityLikenedTo, landscapeLikenedToLand } from './likened-landscapes.ts';
import { headingPlace, listingHeading, regionNamedOtherwise, sentenceWord } from './line-openings.ts';
import { appositiveCue, boundFor, goneToBySpeakers, listedAfterLocative, listedAfterSpeakersPlace, nameAfterPreposition, PLACE_OF_SPEAKERS, placeOfResidents, previousWord, residence, speaksAfter, type JudgeContext } from './phrase-cues.ts';
import { bestPlace, exonymHeadingName, followingNameWords, GENERIC_NAMES, isQualified, isWellKnown, modifiesNoun, ordinaryOtherName, pairedHere, previousToken, smallDistrictNamedBare, smallRegionNamedLikeAPerson, surfaceWord, wellKnownCandidateAt } from './candidate-neighbours.ts';
import { commonness, everydayWordOnlyOtherwise, isFirstName, isFirstNameBeforeSurname } from './word-facts.ts';
import { residenceAfterPersonsName } from './person-of-place.ts';
import { townAsResidentAdjective, townBeforeItsPeople } from './resident-adjective.ts';
import { nameWordsAfterInHeadline } from './headline-words.ts';
import { namesAUniversity } from './university-names.ts';
import { countyHeadingOwnBody } from './county-bodies.ts';
import { townHeadingOwnBody } from './town-bodies.ts';
import { townAfterAddress } from './address-towns.ts';

export { judgeContext, type JudgeContext } from './phrase-cues.ts';
export { WELL_KNOWN } from './candidate-neighbours.ts';

/** `anchored`: the mention's own words make it a place (a dateline, a qualifier, a description, a residence). */
export type Verdict = { keep: false; why: string } | { keep: true; usage: ToponymUsage; why: string; minor?: boolean; anchored?: boolean };

// "A Herrin woman", "An Eaton man": local news names people by their town after an article; an article
// opening a sentence the tokens do not mark (after a dateline's dash) is no first name
const INDEFINITE_ARTICLES = new Set(['A', 'An']);
const RESIDENT_NOUNS = new Set('man woman boy girl teen teenager couple family resident native driver motorist student mother father'.split(' '));
// Below this a word is rare enough in everyday English that a locative preposition makes it a place ("in Troy").
const NAME_LIKE_WORD = EVERYDAY_WORD;
// ... and this often, it overrides even a well-known place name at a sentence start ("Nice", "Reading").
const VERY_COMMON_WORD = EVERYDAY_WORD;
// Calendar words name towns somewhere ("Thursday", "June") but in news they are dates.
// Weather phenomena named after places or people, not places themselves.
const PHENOMENA = new Set(['el nino', 'la nina']);
// the words of a street's or a square's name ("Madison Square", "Oxford Road")
const THOROUGHFARE_HEADS = new Set(['square', 'street', 'avenue', 'road', 'boulevard']);
// a possessive and the noun it governs, right after a name ("Noma's case"), past a second possessive
// name joined to it ("in Marlow's and Morales's cases")
const POSSESSIVE_REACH = 56;
const POSSESSIVE_AFTER = /^['’]s (?:(?:and|or) \p{Lu}[\p{L}-]*['’]s )?(\p{Ll}+)/u;
// nouns of a person's own affairs: "in Noma's case", "in Marlow's view" govern the person, while a town's
// possessions ("in Marion's schools", "in Beaufort's old town") leave the preposition on the place
const PERSONAL_AFFAIRS = new Set(
	'case cases view views opinion opinions words mind life career absence memory death family home eyes name hands experience account judgment judgement estimation defense defence honor honour place shoes'.split(' ')
);

/** What every stage of judging asks of a candidate first. */
export interface Judging {
	candidate: Candidate;
	ctx: JudgeContext;
	tokens: Token[];
	gazetteer: JudgeContext['gazetteer'];
	place: GazetteerPlace;
	head: Token;
	/** the name as one lower-case word, or null for a name of several */
	word: string | null;
	firstName: boolean;
	wellKnown: boolean;
	/** the word before, in the same phrase */
	before: Token | undefined;
}

/**
 * Decides whether a candidate names a place here, and how it is used. General rules only: person-name
 * cues, ordinary English words, and capitalised neighbours that make a longer (organisation) name.
 * The stages run in order and the first verdict stands; each asks only what it needs, so a candidate
 * decided early reads nothing of its longer neighbourhood.
 */
export function judgeCandidate(candidate: Candidate, ctx: JudgeContext): Verdict {
	const j = judging(candidate, ctx);
	// ("the Dallas County Commission": the county's own body names the county, county-bodies.ts)
	if (countyHeadingOwnBody(candidate, j.place, ctx.tokens, ctx.gazetteer)) return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown };
	// ("the Hunt Volunteer Fire Department": a small town's own service names the town, town-bodies.ts)
	if (!j.wellKnown && townHeadingOwnBody(candidate, j.place, ctx)) return { keep: true, usage: 'literal', why: 'locative', minor: true };
	// ("Fertile-Beltrami 212", "the Climax-Fisher girls": towns hyphened with their neighbour name the co-op they share,
	// whatever word each is elsewhere, hyphened-towns.ts; a first name opening a sentence stays a person's, "Allen-Plano
	// scored twice", but for an item of a tally, "Hay Springs 44; Gordon-Rushville 60, Hemingford 38")
	if (!j.wellKnown && candidate.via === 'name' && !(j.firstName && j.head.sentenceStart && tallyItems(candidate, ctx).length === 0) && inHyphenedPair(candidate, ctx.candidateAt, ctx.tokens, ctx.gazetteer)) return { keep: true, usage: 'literal', why: 'locative', minor: true };
	const namedThing = thingNamedAfterPlace(j) ?? partOfNeighbouringName(j) ?? labelOrOrganisation(j);
	if (namedThing) return namedThing;
	const tallied = tallyItem(j) ?? townAfterAge(j) ?? townBeforeResult(j);
	if (tallied) return tallied;
	const after = nameWordsAfterInHeadline(candidate, followingNameWords(candidate, ctx), ctx);
	if (candidate.via === 'name' && townBeforeStateCutShort(candidate, ctx.text, ctx.gazetteer, ctx.candidateAt)) return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown };
	const wordOrName = personsName(j, after) ?? acronymDateOrCode(j) ?? landformOrDivisionName(j) ?? qualifierOrHoliday(j);
	if (wordOrName) return wordOrName;
	// ("55 Market Street, Marietta;": the town a street address lies in, address-towns.ts)
	if (candidate.via === 'name' && j.place.kind === 'city' && townAfterAddress(candidate, ctx.tokens)) return { keep: true, usage: 'literal', why: 'locative', minor: !j.wellKnown };
	const other = candidate.via === 'name' ? otherNameAround(candidate, j.place, ctx, (t) => wellKnownCandidateAt(t, ctx), j.wellKnown, j.firstName) : null;
	// ("a 34-year-old Marion man": the town as the person's adjective; "Selma residents": its people's)
	const resides = residence(candidate, ctx) || residenceAfterPersonsName(candidate, ctx.tokens, ctx.gazetteer) || (candidate.via === 'name' && !candidate.alternate[0] && (townAsResidentAdjective(ctx.tokens, candidate.first, candidate.last) || townBeforeItsPeople(candidate, ctx.tokens)));
	// "in Noma's case": before a possessive of a person's affairs the preposition governs that noun, not the name
	const possessed = possessedNoun(ctx.text, candidate.end);
	const personsAffair = possessed !== undefined && PERSONAL_AFFAIRS.has(possessed);
	// ("residents of Halifax and Lucinda": where they live, as after "in")
	const locative = resides || (LOCATIVE_PREPOSITIONS.has(previousWord(candidate, ctx) ?? '') && !personsAffair) || directionFrom(candidate, ctx.tokens) || boundFor(candidate, ctx.tokens) || listedAfterLocative(candidate, ctx) || placeOfResidents(candidate, ctx);
	return otherOrForeignName(j, other) ?? ordinaryWord(j, locative) ?? longerProperName(j, after) ?? speakerOrReading(j, other, resides, locative);
}

/** "Ruth Derby of Troy", "Jane Doe, of Troy,", "a Troy man": the name is where a person lives ("Maria Full of Grace", a surname that is an everyday word, is a title's words). */
function wherePersonLives(candidate: Candidate, ctx: JudgeContext): boolean {
	// (a residence ends the person's words; "Jane Doe of Marshall University" goes on to name a school or firm)
	const next = ctx.tokens[candidate.last + 1];
	if (next !== undefined && next.gapBefore === ' ' && next.capitalized) return false;
	if (residence(candidate, ctx) || (candidate.via === 'name' && !candidate.alternate[0] && townAsResidentAdjective(ctx.tokens, candidate.first, candidate.last))) return true;
	return residenceAfterPersonsName(candidate, ctx.tokens, ctx.gazetteer) && commonness(tokenAt(ctx.tokens, candidate.first - 2)?.lower ?? null, ctx.gazetteer) < EVERYDAY_WORD;
}

/** The noun a possessive right after a name governs ("Noma's case"): the expression is asked only where an apostrophe follows. */
function possessedNoun(text: string, end: number): string | undefined {
	const next = text.charCodeAt(end);
	if (next !== 39 && next !== 0x2019) return undefined;
	return POSSESSIVE_AFTER.exec(text.slice(end, end + POSSESSIVE_REACH))?.[1];
}

function judging(candidate: Candidate, ctx: JudgeContext): Judging {
	const { tokens, gazetteer } = ctx;
	const place = bestPlace(candidate, gazetteer);
	const word = surfaceWord(candidate, tokens);
	// (an accented first name only before a surname, "Andrés Medina": alone, "Şile", "Cristóbal" are places' own spellings)
	const surname = tokens[candidate.last + 1];
	const firstName = word !== null && (surname?.gapBefore === ' ' && surname.capitalized ? isFirstNameBeforeSurname(word, gazetteer) : isFirstName(word, gazetteer));
	const wellKnown = (isWellKnown(candidate, place, word) && !smallRegionNamedLikeAPerson(candidate, place, firstName) && !smallDistrictNamedBare(candidate, place, ctx.text, tokens) && !ordinaryOtherName(candidate, place, word, firstName, gazetteer)) || candidate.via !== 'name';
	return { candidate, ctx, tokens, gazetteer, place, head: tokens[candidate.first]!, word, firstName, wellKnown, before: previousToken(candidate, ctx) };
}

/** A group, a thing, a pathogen or a longer name called after the place. */
function thingNamedAfterPlace(j: Judging): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place } = j;
	// "2.3% African American", "of German and Irish ancestry": a group of people, not a place
	if (candidate.via !== 'abbreviation' && namesPopulationGroup(candidate, ctx.text, tokens, ctx.candidateAt, place.kind === 'country', gazetteer)) return { keep: false, why: 'population-group' };
	// "French fries", "a Panama hat": a thing named after the place; "a Mediterranean climate", a climate type;
	// "the Druzhba pipeline"
	if (namesAThing(candidate, tokens, gazetteer) || namesAClimate(candidate, tokens, ctx.text, gazetteer) || namesAPipeline(candidate, tokens, place)) return { keep: false, why: 'thing-name' };
	// "the Astana process", "the Minsk agreements": a process named after the city that hosted it, as "the Paris Agreement"
	if (namesAProcess(candidate, tokens, place, ctx.text, gazetteer, ctx.candidateAt.values())) return j.wellKnown ? { keep: true, usage: 'embedded', why: 'inside-name', minor: false } : { keep: false, why: 'inside-name' };
	// "a Harvard professor", "archives at Harvard, Oxford and the New York Public Library": a town's university
	if (place.kind === 'city' && namesAUniversity(candidate, tokens)) return { keep: true, usage: 'embedded', why: 'inside-name', minor: !j.wellKnown };
	// "the film Hotel Rwanda", "his album Egypt": the title of a work
	if (titleOfWork(candidate, tokens, gazetteer)) return { keep: false, why: 'title-of-work' };
	// "opens with Dog Of Havana, a …", "Havana Evenings, a quirky comedy starring": a title no kind word precedes
	if (titleCaseTitle(candidate, tokens) || titleCalledAWork(candidate, tokens, gazetteer)) return { keep: false, why: 'title-of-work' };
	// "carmakers such as Vexa, Toyota and Ordo", "artists like Ashanti": an item of a list of firms or people;
	// "research by Ordway suggested": who carried out research
	if (itemOfFirmOrPersonList(candidate, tokens, gazetteer) || pairedWithFirm(candidate, tokens, gazetteer) || authorOfResearch(candidate, tokens, gazetteer)) return { keep: false, why: 'organisation' };
	// "the Spanish-speaking world", "English-language news": a language, not the country
	if (namesALanguage(candidate, tokens)) return { keep: false, why: 'language' };
	if (namesALanguageSpoken(candidate, tokens, ctx.candidateAt)) return { keep: true, usage: 'embedded', why: 'language', minor: false };
	if (namesASpokenLanguage(candidate, tokens)) return { keep: false, why: 'language' };
	// "Sudan virus disease", "the Delta variant", "the Spanish flu": a pathogen named after where it was found
	if (namesAPathogen(candidate, tokens, place, ctx.aboutCoronavirus, ctx.namedPlainly)) return { keep: false, why: PATHOGEN_VERDICT };
	if (demonymAfterNamePrefix(candidate, tokens) || teamDemonymAfterTown(candidate, tokens, ctx.candidateAt, gazetteer, (town) => bestPlace(town, gazetteer).kind === 'city' && sportsContextAround(town.first, candidate.last, tokens))) return { keep: false, why: 'inside-name' };
	// "New Spain", "Indian Territory", "the Turkey River", "Mali Ston"; "Duck Creek" as a town's old name
	if (countryInsideLongerName(candidate, tokens, gazetteer, ctx.candidateAt)) return { keep: false, why: 'inside-name' };
	// "in the heart of Saxon Switzerland", "Moravian Wallachia": a region's landscape likened to a land abroad
	if (landscapeLikenedToLand(candidate, tokens, gazetteer, ctx.landsByCountry)) return { keep: false, why: 'inside-name' };
	// "called the Venice of the Périgord", "known as the Silesian Jerusalem": a city the subject is likened to
	if (cityLikenedTo(candidate, tokens, gazetteer, ctx.landsByCountry)) return { keep: false, why: 'thing-name' };
	if (streamNamedLikeOldTown(candidate, tokens, gazetteer)) return { keep: false, why: 'landform-name' };
	return null;
}

/** An acronym, a dateline, a generic or calendar word, an era or a code. */
function acronymDateOrCode(j: Judging): Verdict | null {
	const { candidate, ctx, head, word, wellKnown } = j;
	// "UN", "COP", "NGO": short capitals are acronyms unless listed as abbreviations; capitals naming a
	// small place are an acronym too ("ANAMA"), a dateline names a well-known one ("BAKU").
	// "INSKEEP: Let us go to…", "CAMPBELL: Thanks, Steve": in a transcript the capitals before a colon are a speaker
	if (candidate.via === 'name' && head.allCaps && headingPlace(j) && ctx.transcript()) return { keep: false, why: 'person-name' };
	const dateline = head.allCaps && ((head.sentenceStart && /^(?:,| \(| [–—-] )/.test(ctx.text.slice(candidate.end, candidate.end + 3))) || listingHeading(j));
	if (candidate.via === 'name' && head.allCaps && !dateline && ((word !== null && head.text.length <= 3) || !wellKnown)) return { keep: false, why: 'acronym' };
	// "IMMOKALEE, Fla. —", "ATLANTA (AP)": a dateline names where the story was filed
	if (dateline && candidate.via === 'name') return { keep: true, usage: 'literal', why: 'locative', minor: !wellKnown, anchored: true };
	if (word !== null && (GENERIC_NAMES.has(word) || CALENDAR_WORDS.has(word))) return { keep: false, why: 'generic-word' };
	// (names of two words: one word's key has no space)
	if (candidate.last > candidate.first && PHENOMENA.has(candidateKey(ctx.text, candidate))) return { keep: false, why: 'generic-word' };
	// "W L Pct GB", "Packers (GB)": a standings column or a team's code (sports-codes.ts)
	if (candidate.via === 'abbreviation' && codeInListing(candidate, j.tokens, ctx.text)) return { keep: false, why: 'acronym' };
	// "500 BC", "a 40 GB drive", "U.S. Route 14" (abbreviation-numbers.ts)
	if (candidate.via === 'abbreviation' && abbreviationBesideNumber(j)) return { keep: false, why: 'number-context' };
	return null;
}

/** A division word or a qualifier settles the place; a holiday is a date. */
function qualifierOrHoliday(j: Judging): Verdict | null {
	const { candidate, ctx, tokens, word, wellKnown } = j;
	// "Owo LGA", "Beni Health Zone": a name before one country's word for its divisions is the division's
	if (candidate.via === 'name' && divisionWordCountries(candidate, tokens)) return { keep: true, usage: 'literal', why: 'locative', minor: !wellKnown, anchored: true };
	// "Mine, Japan", "Reading, England": a qualifier that contains one of the homonyms settles it
	if (isQualified(candidate, ctx)) return { keep: true, usage: 'literal', why: 'locative', minor: !wellKnown, anchored: true };
	// "Christmas cookie sales", "at Christmas": a holiday is a date, as a month is (but "Christmas, Florida" above)
	if (word !== null && HOLIDAYS.has(word)) return { keep: false, why: 'generic-word' };
	return null;
}

/** A kind cue that makes a settlement of the name a place ("the town of X"); an island cue only chooses among X's readings. */
const placingKindCue = (candidate: Candidate, tokens: Token[]) => ![null, 'island'].includes(kindCue(candidate, tokens));

/** Another name around the candidate (an organisation, a street, a foreign name), or a phrase calling it a place. */
function otherOrForeignName(j: Judging, other: ReturnType<typeof otherNameAround>): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place, head, wellKnown } = j;
	if (other === 'organisation' && wellKnown) return { keep: true, usage: 'embedded', why: 'inside-name', minor: false };
	if (other && other !== 'institution' && !(other === 'street' && pairedHere(candidate, ctx))) return { keep: false, why: other };
	// "Wola Gałęzowska", "Bolshoye Gorodishche", "Kasba Bonli": beside a capitalised word no lexicon knows, a
	// small town's name is a word of a longer name; a well-known one's only where the sentence calls that
	// name a place ("Żelazowa Wola is a village"; "Cambridge Analytica" is left to the organisation cues
	// below). Read so once, the name is that longer one's all through the text, as a person's name is
	// ("Conor McGregor … McGregor was charged", "Boca Juniors … Boca re-signed").
	if (candidate.via === 'name' && afterSettlementHead(candidate, tokens)) return { keep: false, why: 'compound-name' };
	const foreignName = candidate.via === 'name' && place.kind === 'city' ? foreignNameAround(candidate, tokens, gazetteer, ctx.candidateAt) : null;
	if (foreignName && (!wellKnown || describesPlace(foreignName, tokens))) return { keep: false, why: 'compound-name' };
	// "the Borough of Greenville", "Greenville is the county seat": the phrase calls it a place ("the Palmyra Area districts": not Mundelein's old name)
	// ("the island of Elba" asks for an island, which a small town of the name is not: the cue only chooses among readings)
	if (!wellKnown && candidate.via === 'name' && !head.allCaps && (placingKindCue(candidate, tokens) || placePredicate(candidate, tokens) || appositiveCue(candidate, tokens)) && !everydayWordOnlyOtherwise(j.word, candidate.alternate, gazetteer)) {
		return { keep: true, usage: 'literal', why: 'locative', minor: !wellKnown, anchored: true };
	}
	return null;
}

/** Ordinary English words, first names and sentence starts that are no place here. */
function ordinaryWord(j: Judging, locative: boolean): Verdict | null {
	const { candidate, ctx, gazetteer, place, head, word, firstName, wellKnown } = j;
	// Ordinary words: "March", "Police", "Mine" are places somewhere, but rarely in news.
	if (candidate.via !== 'name' || head.allCaps) return null;
	// looked up only here: most candidates are decided before
	const common = commonness(word, gazetteer);
	// "schools in Troy": after a locative preposition a word used mostly as a name ("troy" weight is
	// rare) is the place, as it is where a person is said to live ("Ruth Derby of Troy", "Jane Doe, of
	// Troy,", "a Troy man"); a word of everyday English stays a word ("in Hope of", "at City Hall")
	// (... and an everyday word too where a US town of it lies among the text's other towns, word-towns.ts)
	if (!wellKnown && common >= COMMON_WORD && !(common < NAME_LIKE_WORD && (nameAfterPreposition(candidate, ctx) || wherePersonLives(candidate, ctx))) && !((wordAfterPlacingPreposition(candidate, ctx) || townBeforeItsPeople(candidate, ctx.tokens)) && wordTownAmidNeighbours(candidate, ctx))) return { keep: false, why: 'common-word' };
	if (head.sentenceStart && common >= VERY_COMMON_WORD && place.kind === 'city') return { keep: false, why: 'common-word' };
	// "Hail the size of golf balls fell": an English word opening a sentence is not a town the key only
	// equates it with (Ha'il: the text lacks the name's apostrophe or accents)
	if (head.sentenceStart && common >= COMMON_WORD && place.kind === 'city' && candidate.first === candidate.last && !candidate.alternate[0] && place.name.toLowerCase() !== head.lower) return { keep: false, why: 'common-word' };
	if (head.sentenceStart && !locative && place.kind === 'city' && candidate.first === candidate.last && sentenceWord(j, common)) return { keep: false, why: 'common-word' };
	// "the Orange Line", "a Reading Room", "the Orange line": a very common word before a noun that
	// heads no place's name is that word, not the town
	if (common >= VERY_COMMON_WORD && place.kind === 'city' && modifiesNoun(candidate, ctx)) return { keep: false, why: 'common-word' };
	if (!wellKnown && head.sentenceStart && !locative && (common > 0 || firstName)) return { keep: false, why: 'sentence-start' };
	// ("the health districts of Mbaïki, Boda and Nola": an item of a list of divisions is a name, kept where the text supports it;
	// "the Iowa Falls-Alden board": a town hyphened onto its neighbour, hyphened-towns.ts; "the Florina regional unit of", a division's name)
	if (!wellKnown && firstName && !locative && !divisionCueBefore(candidate, j.tokens) && !divisionNounAfter(candidate, j.tokens) && !inHyphenedPair(candidate, ctx.candidateAt, ctx.tokens, gazetteer)) return { keep: false, why: 'first-name' };
	return null;
}

const STRAIT_WORDS = new Set(['strait', 'straits']);

/** Inside a longer proper name, or a name after a name. */
function longerProperName(j: Judging, after: Token[]): Verdict | null {
	const { candidate, ctx, wellKnown, before } = j;
	const nextWord = after[0];
	// Inside a longer proper name: "OSCE Minsk Group", "Paris Agreement", "Baku Congress Center".
	const headNoun = nextWord?.lower ?? '';
	const lastWord = lastOf(after)?.lower ?? '';
	// a capitalised neighbour that is itself a place ("Baku Azerbaijan") does not make a longer name,
	// unless it is an institution word that happens to name a town too ("Congress", "Union")
	// (after a small place's name only a well-known one: "Aston Villa", "Kanye West", "Jupiter Research")
	const placeAfter = wellKnown ? ctx.candidateAt.has(candidate.last + 1) : wellKnownCandidateAt(candidate.last + 1, ctx);
	// ... nor does one inside a railway's name ("the Highland Main Line", "West Coast Main Line")
	const nextIsPlace = placeAfter && !INSTITUTION_HEADS.has(headNoun) && !INSTITUTION_HEADS.has(lastWord) && !RAIL_HEADS.has(lastWord);
	// "Kolonia Brzezie", "Old Town Manassas": a name that is only another language's (or an old) name of
	// a place, heading a longer capitalised name, is a word of that name (Polish "kolonia", a colony),
	// even where the word after it names a small place; a well-known place after it is a list or a
	// qualifier ("Baku Azerbaijan"), an institution's word an embedded name ("Cologne Cathedral")
	if (nextWord && exonymHeadingName(candidate, ctx, headNoun, lastWord)) return { keep: false, why: 'inside-name' };
	// "Madison Square Garden", "Oxford Road Station": a street's or a square's name that goes on to a building's
	// head names the building on it, not the town (a "City Council" or a "County Courthouse" is left below)
	if (after.length > 1 && THOROUGHFARE_HEADS.has(headNoun) && (INSTITUTION_HEADS.has(lastWord) || lastWord === 'garden' || lastWord === 'station')) {
		return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
	}
	if (nextWord && !nextIsPlace) {
		// "Colorado State University": a geographic word inside an institution's name is part of that name ("the Kamouraska Regional County Municipality" a division's, below)
		if (INSTITUTION_HEADS.has(lastWord) && after.length > 1) return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
		// (a service's district is a body: "the Springfield School District" embeds the town)
		const divisionName = DIVISION_NOUNS.has(lastWord) && !INSTITUTION_HEADS.has(lastWord) && !after.some((word) => SERVICE_DISTRICT_WORDS.has(word.lower));
		// "the Dardanelles Strait(s)": a water's name before the word names that strait; a land's stays inside the
		// strait's name ("the Georgia Strait", "the Northumberland Strait" lie far from Georgia and Northumberland)
		const waterStrait = STRAIT_WORDS.has(headNoun) && (j.place.kind === 'water' || j.place.kind === 'landform');
		if (!GEOGRAPHIC_HEADS.has(headNoun) && !PERSON_TITLES.has(headNoun) && !divisionName && !waterStrait) {
			if (INSTITUTION_HEADS.has(lastWord) || INSTITUTION_HEADS.has(headNoun)) return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
			// "Emin Huseynov", "Fatima Latifova": a small place's name followed by a capitalised word is a person
			// ("Komodo National Park": before another small place's name, only a word of this name, not a person all through)
			if (!wellKnown) return { keep: false, why: ctx.candidateAt.has(candidate.last + 1) ? 'inside-name' : 'person-name' };
			if (candidate.via === 'name') return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
		}
	}
	if (before && before.capitalized && !before.sentenceStart && !ctx.candidateAt.has(candidate.first - 1) && after.length > 0) {
		return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
	}
	// "support Real Madrid", "after Hurricane Florence": an everyday word capitalised before the name
	// makes a longer name (a club, a storm), not a place ("South Florida", "Lake Tahoe" place it)
	// (a small place's name there is dropped below as a name after a name: "Li Heping"; after "Lake" or "Mount" as a word of that name, no person)
	if (before && wordOfLongerName(before, candidate, ctx, (t) => wellKnownCandidateAt(t, ctx))) return wellKnown ? { keep: true, usage: 'embedded', why: 'inside-name', minor: false } : { keep: false, why: 'inside-name' };
	const resident = before !== undefined && INDEFINITE_ARTICLES.has(before.text) && RESIDENT_NOUNS.has(ctx.tokens[candidate.last + 1]?.text ?? '');
	// ("Next Friday Polkville will host": a day or a month before the name is a date, no first name; "GOLD BEACH — In
	// Langlois", "555 Fifth St. In Langlois": a preposition capitalised where no sentence start was seen is no first name)
	// ("Sen. Carol Meeks, R-Guymon": a party's initial before the member's town, party-towns.ts)
	if (!wellKnown && before && before.capitalized && !before.sentenceStart && !resident && !wellKnownCandidateAt(candidate.first - 1, ctx) && !PERSON_TITLES.has(before.lower) && !CALENDAR_WORDS.has(before.lower) && !PREPOSITIONS_OF_PLACE.has(before.lower) && !afterPartyInitial(ctx.tokens, candidate.first) && !hyphenedAfterNeighbour(candidate, ctx.candidateAt, ctx.tokens, ctx.gazetteer)) {
		// "Penn Highlands DuBois", "UPMC Bedford": after another place's name or an acronym, the end of a body's
		// name (a hospital's branch), no person's surname that would make the name a person's all through
		const person = !GEOGRAPHIC_HEADS.has(before.lower) && !before.allCaps && !ctx.candidateAt.has(candidate.first - 1);
		return { keep: false, why: person ? 'after-name' : 'inside-name' };
	}
	return null;
}

/** A speaker, a demonym, a residence, or the place named plainly. */
function speakerOrReading(j: Judging, other: ReturnType<typeof otherNameAround>, resides: boolean, locative: boolean): Verdict {
	const { candidate, ctx, place, wellKnown } = j;
	// "Johnson said": a small place's name as the subject of a reporting verb is a person
	const speaks = speaksAfter(candidate, ctx);
	// ... but "officials in Eudora said", "leaders in Irmo and Cayce said": the speakers are in the place,
	// and "Carl Marshall of Alpena said": the speaker is named before, the town is where he lives — where the text
	// names another place of the town's state ("Ann Lee of Gallup said", "Tom Hart of Goodyear said" with no place
	// of New Mexico or Arizona near are a pollster and a firm)
	if (!wellKnown && speaks && !(resides && regionNamedOtherwise(j)) && !PLACE_OF_SPEAKERS.has(previousWord(candidate, ctx) ?? '') && !goneToBySpeakers(candidate, ctx) && !listedAfterSpeakersPlace(candidate, ctx)) return { keep: false, why: 'person-name' };
	// "Metro said", "Orange said": a town that speaks is a body named after it (an agency, a firm) unless
	// the text is about the town's own land; a capital speaks for its government ("Moscow said")
	// ("residents of Clifton Heights said": the speakers' place, as after "in")
	if (speaks && !locative && other === null && candidate.via === 'name' && place.kind === 'city' && !isCapital(place) && !listedAfterSpeakersPlace(candidate, ctx)) {
		return { keep: true, usage: 'literal', why: 'speaker', minor: true };
	}
	if (candidate.via === 'demonym') return { keep: true, usage: 'associative', why: 'demonym' };
	if (other === 'institution') return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
	if (resides) return { keep: true, usage: 'literal', why: 'locative', minor: !wellKnown, anchored: true };
	return { keep: true, usage: 'literal', why: locative ? 'locative' : wellKnown ? 'well-known' : 'name', minor: !wellKnown };
}
