import type { ResolutionReason } from '../contracts.ts';
import { isCapital, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres } from './qualifies.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { ARTICLES, LOCATIVE_PREPOSITIONS } from './context-words.ts';
import { tokenAt, type Token } from './tokens.ts';
import { NONE_NEAR, restsOn } from './weak-reasons.ts';

// A title right before the name ("Mr Kerry"; before a town's, any title: "Senator Lowell"): a person wherever it is read so
const TITLED = 'person-title';
// A well-known place's name read as a first name before a surname ("David Hollins") at that mention only
// (judge-persons.ts): a person here, unless a headline may run into the text there: after a locative
// preposition ("fans cheer in Sydney Jack Lorne beat …"; "to" and "from" lead to people as often: "the
// run-up to David Hollins's exit") or before two capitalised words ("… axed by Valencia Marco
// Ferri has …"); nor after an article, which a person's name takes no more than a place's does ("the
// Florida Keys")
const FIRST_NAME_HERE = 'person-here';
const PERSON_PREPOSITIONS = new Set(['to', 'from']);

/** Whether a mention's verdict reads the name as a person clearly enough to tell the text's other mentions. */
export function personCue(why: string, candidate: Candidate, tokens: readonly Token[]): boolean {
	if (why === TITLED) return true;
	if (why !== FIRST_NAME_HERE) return false;
	const before = tokenAt(tokens, candidate.first - 1);
	const third = tokens[candidate.last + 2];
	if (before && (ARTICLES.has(before.lower) || (LOCATIVE_PREPOSITIONS.has(before.lower) && !PERSON_PREPOSITIONS.has(before.lower)))) return false;
	return !(third && third.capitalized && third.gapBefore === ' ');
}

// another of the text's places this close keeps the place: the text is about its surroundings
const NEIGHBOUR_KM = 100;

/**
 * "Mr Kerry told reporters … Kerry supporters", "David Hollins stepped down … 'I have worked with David for
 * years'": a bare name the text gives a person at another mention (personCue) is that person too where the
 * place was chosen for nothing the text says of it (its size, its country, an earlier such reading, being
 * the only one of its name). A
 * place the text puts the name in ("in David", a qualifier) or among its other places ("Mr Kerry of Tralee
 * … Kerry farmers": a region gets no nearby-context of its own) stays, as does a country (too well known
 * to yield to one person: "Jordan Henderson … Jordan's king") and a capital.
 */
export function personNamedElsewhere(mention: AcceptedMention, place: GazetteerPlace, reasons: readonly ResolutionReason[], personElsewhere: boolean, resolutions: readonly Resolution[]): boolean {
	if (!personElsewhere || mention.candidate.via !== 'name' || place.kind === 'country' || isCapital(place) || !restsOn(reasons, NONE_NEAR)) return false;
	return !resolutions.some((r) => r.mention.key !== mention.key && kilometres(r.place, place) < NEIGHBOUR_KM);
}
