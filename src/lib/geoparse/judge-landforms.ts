// A stage of judge.ts: a town's or region's name that begins the name of a landform, a water or a division the
// gazetteer lacks ("the Tartar river", "the Juba and Shabelle rivers", "Bardsey Island", "the Kanpur Nagar district").
import { referencedIndex } from '../gazetteer/references.ts';
import { compassNamesItsOwn } from './compass-span.ts';
import { DIVISION_NOUNS, FEATURE_HEADS, ISLAND_HEADS, LANDFORM_NOUNS, LANDFORM_PLURALS, REGION_LAND_HEADS, STATE_LANDS } from './context-words.ts';
import { startsLongerName } from './candidate-neighbours.ts';
import { afterWaterTitle } from './division-titles.ts';
import { riverNameKey } from './document-cues.ts';
import { listOfRivers, spaceOrCommaSpace, wordAfterList } from './list-nouns.ts';
import type { Judging, JudgeContext, Verdict } from './judge.ts';
import { japaneseDivisionAfter, nameGoesOnAfter, nameGoesOnBefore } from './name-goes-on.ts';
import { regionsOwnLand } from './region-land.ts';
import { tokenAt } from './tokens.ts';

// the heads of works built on a river ("the Enguri Dam", "the Kakhovka Reservoir")
const RIVER_WORKS = new Set(['dam', 'reservoir']);
const COUNTRY_WATERS = new Set(['bay', 'gulf']);

/** Whether the gazetteer has a river called "<name> River". */
function hasRiverNamed(name: string, gazetteer: JudgeContext['gazetteer']): boolean {
	return (gazetteer.byName.get(riverNameKey(name)) ?? []).some((value) => gazetteer.places[referencedIndex(value)]!.kind === 'water');
}

/** A landform's or a division's name the gazetteer lacks, which this name begins. */
export function landformOrDivisionName(j: Judging): Verdict | null {
	const { candidate, ctx, tokens, gazetteer, place, wellKnown } = j;
	// "the Tartar river", "Sevan lake": a town's or district's name before a lower-case landform names
	// the landform, which the gazetteer would have matched if it had it; the town is not meant
	const following = ctx.tokens[candidate.last + 1];
	const settlement = place.kind === 'city' || place.featureCode === 'ADM1';
	// ... but a first-level region before the word for its own land is that land: "the Peloponnese
	// peninsula", "Hainan island" (the region covers it; a river or a lake is no region's land: "the Ohio river")
	const regionsLand = regionsOwnLand(candidate, place, following, ctx);
	if (settlement && !regionsLand && following && following.gapBefore === ' ' && LANDFORM_NOUNS.has(following.text)) return { keep: false, why: 'landform-name' };
	// ... and so does a list of names before a plural one ("the Juba and Shabelle rivers": not Juba, the city)
	// (unless the gazetteer has the river of the name, which the list's word then reads it as: "the
	// Mississippi and Ohio rivers", document-cues.ts)
	const plural = settlement && following && spaceOrCommaSpace(following.gapBefore) ? wordAfterList(candidate, tokens) : null;
	if (plural !== null && LANDFORM_PLURALS.has(plural) && !(plural === 'rivers' && listOfRivers(candidate, tokens, plural) && hasRiverNamed(ctx.text.slice(candidate.start, candidate.end), gazetteer))) return { keep: false, why: 'landform-name' };
	if (candidate.via === 'name' && following && following.gapBefore === ' ' && following.capitalized && (FEATURE_HEADS.has(following.lower) || (place.kind === 'region' && REGION_LAND_HEADS.has(following.lower) && !startsLongerName(candidate.last + 1, ctx)) || (tokens[candidate.last]!.text === 'State' && STATE_LANDS.has(following.lower))) && (settlement || place.kind === 'region')) {
		return { keep: false, why: 'landform-name' };
	}
	// "the Enguri Dam": a river's name before a dam's or a reservoir's head names the works on it, which may lie far
	// from the river's point, not the river
	if (candidate.via === 'name' && place.kind === 'water' && following && following.gapBefore === ' ' && following.capitalized && RIVER_WORKS.has(following.lower)) return { keep: false, why: 'landform-name' };
	// ... and a country's name before a capitalised bay's or gulf's head the water on its shore ("Brunei Bay"), which
	// the country's name is a word of (as "the Georgia Strait", judge.ts)
	if (candidate.via === 'name' && place.kind === 'country' && following && following.gapBefore === ' ' && following.capitalized && COUNTRY_WATERS.has(following.lower)) return { keep: true, usage: 'embedded', why: 'inside-name', minor: !wellKnown };
	// "the Strait of Kerch", "the Lake of Lucerne": after a water's title and "of", where the gazetteer lacks the
	// whole name, the name is the water's, not the town's or region's (as "Saginaw Bay" above)
	if (candidate.via === 'name' && (settlement || place.kind === 'region') && afterWaterTitle(candidate, tokens)) return { keep: false, why: 'landform-name' };
	// "along the Wabash below Mount Carmel", "fished the Hocking.": a small town's one-word name after a lower-case
	// "the" that ends its phrase or goes on to where along it is a river the gazetteer lacks; towns take no article
	// (a river the gazetteer has is read as one: mention-cue.ts; and a town whose name has the article, "the Dalles",
	// "the Woodlands", is that town)
	if (candidate.via === 'name' && place.kind === 'city' && !wellKnown && candidate.first === candidate.last && riverAfterArticle(candidate, tokens) && !candidate.places.some((k) => gazetteer.places[k]!.kind === 'water' || gazetteer.places[k]!.name.startsWith('The '))) {
		return { keep: false, why: 'landform-name' };
	}
	// "Bardsey Island": a small town's name before a capitalised island word names an island the gazetteer
	// lacks (it would have matched it whole: "Staten Island", "Hayling Island"), not the town
	if (candidate.via === 'name' && place.kind === 'city' && !wellKnown && following && following.gapBefore === ' ' && following.capitalized && ISLAND_HEADS.has(following.lower)) {
		return { keep: false, why: 'landform-name' };
	}
	// "Saint-Martin-de-Lenne", "Neukirchen vorm Wald": part of a longer name the gazetteer lacks (a
	// well-known place after a joiner stays: "Tour de France")
	if (candidate.via === 'name' && (nameGoesOnAfter(candidate, tokens, (token) => ctx.candidateAt.has(token)) || (!wellKnown && nameGoesOnBefore(candidate, tokens)))) return { keep: false, why: 'inside-name' };
	// ... and "Kanagawa-ku", a ward of Yokohama: a division word hyphened on makes the name a town's or a ward's, no
	// prefecture's ("Shinjuku-ku", "Osaka-shi" keep the town the name reads)
	if (candidate.via === 'name' && japaneseDivisionAfter(candidate, tokens) && !candidate.places.some((k) => gazetteer.places[k]!.kind === 'city')) return { keep: false, why: 'inside-name' };
	// (a country stays: "Northern Turkey", "Southern China")
	if (candidate.via === 'name' && place.kind !== 'country' && compassNamesItsOwn(candidate, tokens, gazetteer.commonWords)) return { keep: false, why: 'inside-name' };
	// "the Kanpur Nagar district", "Strzelce Krajeńskie county": the last word of a division's name the
	// gazetteer lacks, after another name, is no place of its own
	const previous = tokenAt(ctx.tokens, candidate.first - 1);
	if (following && following.gapBefore === ' ' && DIVISION_NOUNS.has(following.text) && previous?.capitalized && !previous.sentenceStart && ctx.tokens[candidate.first]!.gapBefore === ' ') {
		return { keep: false, why: 'division-name' };
	}
	return null;
}

// what follows a river's bare name after "the" and not a town's: the end of the phrase, or where along it
const ALONG_RIVER = new Set(['below', 'above', 'upstream', 'downstream', 'near', 'at', 'between']);

/** "the Wabash below Mount Carmel", "fished the Hocking.": a capitalised name after a lower-case "the", ending its clause or before a word of where along it. */
function riverAfterArticle(candidate: Judging['candidate'], tokens: Judging['tokens']): boolean {
	const the = tokenAt(tokens, candidate.first - 1);
	if (the?.text !== 'the' || tokens[candidate.first]!.gapBefore !== ' ') return false;
	const next = tokens[candidate.last + 1];
	return !next || /^\s*[.;:)]/.test(next.gapBefore) || (next.gapBefore === ' ' && ALONG_RIVER.has(next.text));
}
