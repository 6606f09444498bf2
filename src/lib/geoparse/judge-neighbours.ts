import { LANDFORM_NOUNS, PERSON_TITLES, POSITION_WORDS } from './context-words.ts';
import { isCapital } from '../gazetteer/types.ts';
import { carMakeBefore, ownedByNumberedName, pairOfLocalName, stationNamedAfterPlace } from './longer-name-words.ts';
import { compassWordsOnly } from './compass-span.ts';
import { clubName, firmBeforeOfficer, institutionOfSite, regionBeforeItsTown, stormName, surnameAfter, townBeforeTeamDemonym } from './named-things.ts';
import { sportsContextAround } from './team-towns.ts';
import { FIRM_POSSESSION, firmCueAfter, firmCueBefore, firmNamedByKind, researchFirmCue } from './firm-cues.ts';
import { infoboxLabel } from './infobox-labels.ts';
import { namesAnAward } from './thing-names.ts';
import { inRailwayName } from './rail-names.ts';
import { foreignCompassEndsName, nameAfterInitial, nameEndsPhrase, partOfGlossName, periodAdjective } from './word-uses.ts';
import { inBracketedName } from './bracketed-names.ts';
import { afterTheLate } from './deceased-names.ts';
import { candidateEndsBefore, mayNameLanguage, nameWordBefore, wellKnownCandidateAt } from './candidate-neighbours.ts';
import { isFirstName } from './word-facts.ts';
import type { Judging, Verdict } from './judge.ts';

// judgeCandidate's early stages: a word of a neighbouring name (a title, a gloss, a position word) and a label or an
// organisation named after the place (a club, a firm, a station, a car).

// A first-level region this populous is a state with a governing chief of its own ("Ohio's chief executive")
const STATE_PEOPLE = 1_000_000;
// a person's honorifics, before a surname: "Mr Irish" (not the titles of an office: "Chief Scottish Medical Officer")
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame']);

/** A word of a person's title, a neighbouring name, a gloss or a period, not a place of its own. */
export function partOfNeighbouringName(j: Judging): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place, head, word, before } = j;
	// Person names: "President Vladimir", "Zacharie Gross", "Georgia Smith".
	if (before && PERSON_TITLES.has(before.lower) && candidate.via === 'name' && place.kind === 'city') {
		return { keep: false, why: 'person-title' };
	}
	// "the daughter of the late Lenoir and Hazel Absher": the dead are named after "the late", places never
	if (candidate.via === 'name' && place.kind === 'city' && afterTheLate(candidate, tokens, j.firstName, gazetteer)) return { keep: false, why: 'person-name' };
	// "an honorary Cesar", "an honorary Bafta": a name right after "honorary" is the award or title given
	// ... and one right before a word for an award ("the Cesar film awards")
	if ((before?.text === 'honorary' && candidate.via === 'name') || namesAnAward(candidate, tokens, gazetteer)) return { keep: false, why: 'award-name' };
	// "Mr Irish said", "Dr. English": a demonym after a person's honorific is a surname; so is a region's or
	// a country's one-word name ("Mr Kerry told reporters", "Ms Georgia"; above, any title before a town's).
	// ("DR Congo" is the country's abbreviation: the honorific is written as a word, not in capitals)
	if (before && HONORIFICS.has(before.lower) && before.capitalized && !before.allCaps && candidate.first === candidate.last && (candidate.via === 'demonym' || (candidate.via === 'name' && place.kind !== 'city'))) return { keep: false, why: 'person-title' };
	// "Emile Berliner", "Tom English": a region's or a city's demonym right after a given name (not one opening
	// the sentence: "Will Texans vote?") is a surname; a country's stays before a word it may qualify ("Ivan
	// Russian troops" is rarer than the people), not where the name ends there ("Philip French, the critic")
	if (before && candidate.via === 'demonym' && (place.kind !== 'country' || nameEndsPhrase(candidate, tokens)) && candidate.first === candidate.last && before.capitalized && !before.sentenceStart && head.gapBefore === ' ' && isFirstName(before.lower, gazetteer)) return { keep: false, why: 'full-name' };
	// "Metro Atlanta", "Southwest Virginia": a position word right before another place's name places it
	// there; it is no place of its own (Metro in Lampung, Cameroon's Southwest region)
	if (word !== null && POSITION_WORDS.has(word) && candidate.via === 'name' && ctx.candidateAt.has(candidate.last + 1) && tokens[candidate.last + 1]!.gapBefore === ' ') {
		return { keep: false, why: 'position-word' };
	}
	// "the Clarendon Metro station", "GMU Metro": after another name a position word is that name's last
	// word (its transit system, its centre), no place of its own (Metro in Lampung); so are compass words
	// after a place's name ("Leeds North West", a constituency, is no North West province), not after any
	// capitalised word ("by Friday North West and Free State", "Meanwhile North West province")
	if ((word !== null ? POSITION_WORDS.has(word) : compassWordsOnly(candidate, tokens) && candidateEndsBefore(candidate, ctx)) && candidate.via === 'name' && head.gapBefore === ' ' && nameWordBefore(candidate, tokens)) {
		return { keep: false, why: 'inside-name' };
	}
	if (candidate.via === 'name' && ctx.mayHoldGlosses && partOfGlossName(candidate, tokens, mayNameLanguage, gazetteer)) return { keep: false, why: 'inside-name' };
	if (candidate.via === 'name' && place.kind !== 'country' && foreignCompassEndsName(candidate, tokens)) return { keep: false, why: 'inside-name' };
	if (candidate.via === 'name' && place.kind !== 'country' && periodAdjective(candidate, tokens)) return { keep: false, why: 'period-adjective' };
	if (candidate.via === 'name' && place.kind !== 'country' && nameAfterInitial(candidate, tokens, gazetteer)) return { keep: false, why: 'person-name' };
	// "Ruth (Houston) Keller", "Florence "Flo" Dunbar"
	if (candidate.via === 'name' && place.kind !== 'country' && inBracketedName(candidate, tokens, gazetteer.firstNames, place.kind === 'city', ctx.candidateAt)) {
		return { keep: false, why: 'person-name' };
	}
	// "Cardigan Bay", "Morecambe Bay": after another name a landform's word is that name's head, no place of
	// its own (Bay, a region of Somalia)
	if (word !== null && LANDFORM_NOUNS.has(word) && candidate.via === 'name' && head.gapBefore === ' ' && nameWordBefore(candidate, tokens)) {
		return { keep: false, why: 'inside-name' };
	}
	return null;
}

/** An infobox label, a handle, a storm, a club, a firm, a brand, a station or a car. */
export function labelOrOrganisation(j: Judging): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place, head, wellKnown } = j;
	// "Canton\tMontmorillon": an infobox field's label, before its value
	if (infoboxLabel(candidate, tokens, ctx.text)) return { keep: false, why: 'generic-word' };
	// "@Gillette", "@Chelsea": a social-media account's handle, not the place
	if (head.gapBefore.endsWith('@')) return { keep: false, why: 'handle' };
	if (stormName(candidate, tokens)) return { keep: false, why: 'storm-name' };
	// (a small place's name there is the team's all through the text: "Real Sociedad", then "Sociedad won")
	if (clubName(candidate, tokens) || (place.kind === 'city' && townBeforeTeamDemonym(candidate, tokens, ctx.candidateAt, gazetteer) && sportsContextAround(candidate.first, candidate.last + 1, tokens)) || regionBeforeItsTown(candidate, tokens, ctx.candidateAt, gazetteer)) return wellKnown ? { keep: true, usage: 'embedded', why: 'inside-name', minor: false } : { keep: false, why: 'organisation' };
	if (place.kind === 'city' && firmBeforeOfficer(candidate, tokens)) return { keep: false, why: 'organisation' };
	// "Toyota's shares", "Tata's chairman" (a country's, a known state's or a county's chairman is its own)
	if ((place.kind === 'city' || (place.kind === 'region' && place.population < STATE_PEOPLE)) && (firmCueAfter(candidate, tokens) || firmCueBefore(candidate, tokens, gazetteer) || firmNamedByKind(candidate, tokens) || researchFirmCue(candidate, place, tokens, ctx.namesPlacing))) return { keep: false, why: FIRM_POSSESSION };
	if (place.kind === 'site' && institutionOfSite(candidate, tokens)) return { keep: false, why: 'institution' };
	// (a capital's name before a word is mostly its attribute: "London Tory spin doctors", "London Brent crude")
	if (wellKnown && place.kind === 'city' && !isCapital(place) && surnameAfter(candidate, tokens, gazetteer, wellKnownCandidateAt, ctx)) return { keep: false, why: 'person-here' };
	if (ownedByNumberedName(candidate, tokens)) return { keep: false, why: 'title-of-brand' };
	if (stationNamedAfterPlace(candidate, tokens)) return { keep: false, why: 'station' };
	if (candidate.via !== 'abbreviation' && inRailwayName(candidate, tokens)) return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
	if (carMakeBefore(candidate, tokens)) return { keep: false, why: 'car-make' };
	const pairBefore = pairOfLocalName(ctx.candidateAt.get(candidate.first - 1), candidate, tokens, gazetteer, () => wellKnownCandidateAt(candidate.first - 1, ctx));
	if (pairBefore || pairOfLocalName(candidate, ctx.candidateAt.get(candidate.last + 1), tokens, gazetteer, () => wellKnown)) return { keep: false, why: 'inside-name' };
	return null;
}
