import type { ResolutionReason, ToponymUsage } from '../contracts.ts';
import { mapPacked } from './packed.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { applyQualifiers, nearerBearers, unmappedWithTheirName } from './qualified.ts';
import { thingsInTowns } from './thing-in-town.ts';
import { localStrays } from './local-strays.ts';
import { clusterNamesakes } from './cluster-namesakes.ts';
import { nearbyUnheld } from './nearby-unheld.ts';
import { namesakesWithMoreAround } from './namesakes-with-more-around.ts';
import { demonymTowns } from './demonym-towns.ts';
import { homeTownsNamedAbroad } from './home-towns-named-abroad.ts';
import { worldSentenceCities } from './world-sentence-cities.ts';
import { homeCountryNamesakes } from './home-country-namesakes.ts';
import { computedOnce } from './computed-once.ts';
import { abroadFromItsList, listSiblings, reconsiderAbroadListItems } from './list-siblings.ts';
import { reconsiderListItemsOutOfState } from './list-states.ts';
import { mentionContext, type MentionContext } from './mention-context.ts';
import { readDocument, type DocumentReading } from './read-document.ts';
import { documentContext, type DocumentContext, type TextEvidence } from './document-context.ts';
import { resolveWithContext } from './weigh-homonyms.ts';
import { FirstResolutions, recurrence } from './recurrence.ts';
import { cueAllows, placedByQualifier, placedLater } from './placed-later.ts';
import { importance } from '../gazetteer/importance.ts';
import { tokenAt, type Token } from './tokens.ts';
import type { WordContext } from './word-context.ts';
import { inZipArea, zipCodesIn } from './zip-codes.ts';
import { townAmongNeighbours } from './town-among-neighbours.ts';
import { misplacedDivisions } from './division-names.ts';
import { townsNamedLikeCountries } from './country-towns.ts';
import { placedNearSeats, seatsInNamedRegions, seatsElsewhere } from './division-seats.ts';
import { placeDiminutives } from './diminutive-names.ts';
import { nearSubject } from './subject-neighbours.ts';
import { containersAbroad } from './containers-abroad.ts';
import { provincesNamedForCountries } from './state-titles.ts';
import { landsOfCompassRegions } from './compass-region-lands.ts';
import { townsInRiverSlots } from './river-slot-towns.ts';
import { outsideProvinceSeat } from './province-seat.ts';
import { farFromSubject } from './far-from-subject.ts';
import { compassRegionsOfNamedCountry } from './compass-region-of-country.ts';
import { fartherThanStated } from './stated-distance.ts';
import { saidNearElsewhere } from './said-near.ts';
import { riversByApposition } from './river-apposition.ts';
import { statedPoint } from './stated-point.ts';
import { publisherPlaces } from './publisher-places.ts';
import { atStatedPoint } from './at-stated-point.ts';
import { pointFromNamedPlace } from './distance-point.ts';
import { abroadFromNeighbours } from './abroad-from-neighbours.ts';
import { outsideContainers } from './outside-containers.ts';
import { countryParts } from './country-parts.ts';
import { countryHeadings } from './country-headings.ts';
import { loneAbroad, sizedAbroad, townsNamedLikeAPeople } from './lone-abroad.ts';
import { farPartsOfPossessiveCities } from './possessive-far-parts.ts';
import { listStrays } from './list-strays.ts';
import { listNamesakes } from './list-namesakes.ts';
import { datelineCounties, datelineIndex } from './dateline-county.ts';
import { datelineQuarters } from './dateline-quarters.ts';
import { listCapitals } from './list-capitals.ts';
import { listGreatCities } from './list-great-cities.ts';
import { plainlyNamedRegions } from './named-regions.ts';
import { townInNamedRegion } from './region-key.ts';
import { datelineRegion } from './dateline-region.ts';
import { saidCountryOf, saidCountryWords } from './british-bodies.ts';
import { earlierUnlessRiverOfCountry } from './river-lands.ts';
import { phoneStatesIn } from './area-codes.ts';
import { publicBodyRegions, regionsAsAnchors } from './region-anchors.ts';
import { eventNamedMentions } from './event-names.ts';
import { placeByDivisionWords } from './division-countries.ts';
import { shortFormsOfJoinedNames } from './short-forms.ts';
import { countiesOfPlacedTowns } from './placed-towns-counties.ts';
import { sitesAfterArticle } from './article-sites.ts';
import { townsNamedLikeRivers } from './bare-water-names.ts';
import { riversNamedLikeStates } from './rivers-named-like-states.ts';
import { districtsOfPossessiveTowns } from './possessive-districts.ts';
import { fixtureSides } from './fixture-sides.ts';
import { hyphenedPartners } from './hyphened-partners.ts';
import { courtTowns } from './court-towns.ts';
import { townsOnRivers } from './river-towns.ts';
import { acrossTheBorder } from './across-border.ts';
import { leftUnmapped, resolution } from './resolution.ts';
import { namedContainers } from './named-containers.ts';
import { anchorOf } from './anchor-mentions.ts';

export interface AcceptedMention {
	candidate: Candidate;
	usage: ToponymUsage;
	/** how sure recognition is that this is a place name at all, 0..1 */
	recognition: number;
	/** the recogniser's reason to keep it (judge verdict) */
	why: string;
	/** names only a small place: kept only with support from the rest of the text */
	minor: boolean;
	surface: string;
	/** nameKey(surface), made once: resolution compares mentions by their key again and again */
	key: string;
	/** where the toponym ends when it is a longer name than the place's ("Colorado State University") */
	end?: number;
	/** where the toponym starts when a word before the place's name belongs to it ("South Florida") */
	start?: number;
}

export interface Resolution {
	mention: AcceptedMention;
	place: GazetteerPlace;
	score: number;
	reasons: ResolutionReason[];
	/** the other homonyms weighed, best first, with their share of the evidence (when context decided) */
	alternatives?: { place: GazetteerPlace; score: number }[];
	/** the sentence describing it names its country, and no place of this name lies there: better unmapped */
	outsideNamedCountry?: boolean;
}

// words by which a text points at the United States ("Latin American" is no pointer)
const US_POINTERS = /\b(?:United States\b|U\.S\.|USA?\b|(?<!Latin |South |Central )Americans?\b)/;

/** The mentions resolved so far, with the countries among countries. */
function anchoredOf(results: (Resolution | null)[], listedCountries: Resolution[]): Resolution[] {
	return [...results.filter((r): r is Resolution => r !== null), ...listedCountries];
}

// The helpers below return functions rather than the resolver making named ones: tsx, which runs the
// CLI, would name every inner function each time a document is resolved.

/** Whether a place lies in the area of one of the ZIP codes the text gives. */
function zipAreasTest(zips: string[], gazetteer: Gazetteer): (place: GazetteerPlace) => boolean {
	return (place) => place.country === 'US' && zips.some((zip) => inZipArea(place, zip, gazetteer));
}

/**
 * "Linn County officials … Lyons": counties are resolved before the towns around them, and only the
 * reading accepted for a county or region (not Linn County, Oregon) is a parent of those towns.
 */
function settleDivisions(mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, ctx: DocumentContext, gazetteer: Gazetteer, settledNames: Map<string, GazetteerPlace>, pointsAtUs: () => boolean): void {
	const settled = new Map<number, GazetteerPlace>();
	for (let i = 0; i < mentions.length; i++) {
		const { candidate, key } = mentions[i]!;
		if (candidate.places.length < 2) continue;
		const best = gazetteer.places[candidate.places[0]!]!;
		// "TBILISI, Georgia … Georgia's path … and Washington urged": a name a qualifier made the country is
		// the country wherever it recurs, and its state reading is no parent of the names around it
		// (not in a text that points at the US as well, "a trade mission from the American state": the state's
		// towns may follow there)
		if (best.kind === 'country' && settledNames.get(key) === best && !pointsAtUs()) {
			settled.set(i, best);
			continue;
		}
		if (best.kind !== 'district' && best.kind !== 'region') continue;
		if (!results[i] && best.kind === 'district') results[i] = resolveWithContext(mentions[i]!, reading.homonymsOf(i), ctx, reading.evidence(i));
		// only a reading the text chose: one chosen by size alone ("Floyd County" in Georgia) may be wrong
		const result = results[i];
		if (result && (result.place.kind === 'district' || result.place.kind === 'region') && result.reasons.some((r) => r !== 'population' && r !== 'feature-type' && (r !== 'country-context' || countryChose(result)))) settled.set(i, result.place);
	}
	reading.settle(settled);
}

/**
 * "Quay County … Tucumcari … near Santa Rosa": a town ranked far below its namesakes (Santa Rosa, New
 * Mexico, behind the Philippine and Latin American ones) lies in a state the text names plainly (by a
 * county or an abbreviation) with another of the text's names within 100 km of it.
 */
function inNamedStateAround(place: GazetteerPlace, own: string, namedRegions: ReadonlySet<string>, names: () => MentionContext): boolean {
	return townInNamedRegion(place, namedRegions) && names().namesAround(place, own) > 0;
}

/** Whether the text's countries set the reading apart: its runner-up lies in another country ("Henry County" of Georgia has ten namesakes at home). */
function countryChose(result: Resolution): boolean {
	const runnerUp = result.alternatives?.[0]?.place;
	return !runnerUp || runnerUp.country !== result.place.country;
}

/**
 * Resolves accepted mentions to places: first the unambiguous ones (anchors), which set the document's
 * countries; then the rest against them, with "Town, Country" qualifiers, parents named in the same
 * sentence or the opening, the kind of place the phrase names, lists and nearby places. A name
 * resolved once keeps its place for the rest of the document.
 */
export function resolveMentions(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], words: WordContext | null = null): Resolution[] {
	const zips = zipCodesIn(text);
	const stated = statedPoint(text);
	const inZips = zipAreasTest(zips, gazetteer);
	// the names a qualifier settles speak for the others by that place alone (filled below)
	const settledNames = new Map<string, GazetteerPlace>();
	const saidCountry = computedOnce(() => saidCountryOf(text));
	const namesOnce = computedOnce(() => mentionContext(mentions, gazetteer, settledNames, saidCountryWords(saidCountry())));
	const namedRegions = plainlyNamedRegions(mentions, gazetteer);
	// (a town ranked far below its namesakes is weighed where a county in the words, a ZIP code, or its state
	// and neighbours point to it: inNamedStateAround; or two neighbours without its state: townAmongNeighbours)
	const reading = readDocument(mentions, gazetteer, text, tokens, (place, own, leading) => !!words?.inNamedDistrict(place) || inZips(place) || inNamedStateAround(place, own, namedRegions, namesOnce) || townAmongNeighbours(place, own, leading, namesOnce));
	// the countries, regions and counties the text names (first readings), asked only of a name's one sized bearer
	const containers = computedOnce(() => namedContainers(mentions, gazetteer));
	// with words for context, a dominant namesake waits for them too
	const results: (Resolution | null)[] = mapPacked(mentions, (m, i) => (reading.evidence(i) || (words && m.candidate.places.length > 1) ? null : anchorOf(m, gazetteer, namesOnce, namedRegions, saidCountry, tokenAt(tokens, m.candidate.first - 1)?.lower, containers, tokens)));
	for (const [i, town] of townsNamedLikeCountries(results, mentions, gazetteer, namesOnce, tokens)) results[i] = town;
	// "Beni health zone", "Owo LGA": a division word one country uses asks for its town of that name
	const unplaced = placeByDivisionWords(mentions, results, (i) => reading.homonymsOf(i).places, tokens);
	// anchors that only the size of the place chose, with nothing around them (a qualifier replaces them)
	const fromSizeAlone = new Set<Resolution>();
	const bySize = new Set<number>();
	for (let i = 0; i < results.length; i++) {
		const r = results[i];
		if (r !== null && r !== undefined && r.mention.candidate.places.length > 1) {
			fromSizeAlone.add(r);
			bySize.add(i);
		}
	}
	// "COLUMBUS, Ohio": a state named only after a town places that town (read by weigh-homonyms.ts)
	const asQualifiers = new Set<AcceptedMention>();
	const byRegion = new Map<number, GazetteerPlace>();
	const namedElsewhere = applyQualifiers(mentions, results, reading, text, gazetteer, asQualifiers, byRegion);
	for (const result of results) if (result && result.reasons.includes('qualified') && !settledNames.has(result.mention.key)) settledNames.set(result.mention.key, result.place);
	if (byRegion.size > 0) nearerBearers(byRegion, results, gazetteer, namesOnce, settledNames);
	// "Chile and Peru agreed …": a country among countries waits for its list's evidence, but it is the
	// country whatever that says, and speaks for the text as an anchor does (Santiago is Chile's)
	const listedCountries: Resolution[] = [];
	for (let i = 0; i < mentions.length; i++) {
		if (results[i]) continue;
		const best = gazetteer.places[mentions[i]!.candidate.places[0]!]!;
		if (best.kind === 'country' && reading.evidence(i)?.listFits(best)) listedCountries.push(resolution(mentions[i]!, best, 0.95, ['list-context']));
	}
	const dateline = datelineRegion(mentions, results, text);
	// ... and a country's name the dateline's state holds a town of, with a name of the text around it
	if (dateline) for (const [i, town] of townsNamedLikeCountries(results, mentions, gazetteer, namesOnce, tokens, dateline)) results[i] = town;
	const bodies = publicBodyRegions(mentions, gazetteer, tokens);
	const phoneStates = phoneStatesIn(text);
	const events = eventNamedMentions(mentions, tokens);
	const evidence: TextEvidence = { words, names: namesOnce, inZips, plainRegions: namedRegions, asQualifiers, stated, dateline, saidCountry, bodies, phoneStates, events };
	let ctx = documentContext(anchoredOf(results, listedCountries), gazetteer, evidence);
	let amongNeighbours = false;
	for (const i of bySize) {
		if (abroadFromItsList(i, results, reading)) results[i] = null;
		else if (abroadFromNeighbours(results[i]!, reading.homonymsOf(i), ctx)) {
			results[i] = null;
			amongNeighbours = true;
		}
	}
	// the country and the point of a namesake abroad that size alone chose are no evidence for the rest
	// "Ontario reported cases in Kingston": a region read as the region speaks for the rest as an anchor does
	if (regionsAsAnchors(mentions, results, reading, ctx, gazetteer).length > 0 || amongNeighbours) ctx = documentContext(anchoredOf(results, listedCountries), gazetteer, evidence);
	settleDivisions(mentions, results, reading, ctx, gazetteer, settledNames, computedOnce(() => US_POINTERS.test(text)));
	const bySurface = new FirstResolutions();
	// the mentions the context weighed (not a recurrence, an anchor or a qualifier)
	const weighed = new Set<number>();
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		let result = results[i];
		const earlier = earlierUnlessRiverOfCountry(bySurface.get(mention), mention, gazetteer.places);
		// "Lebanon is a city in Laclede County, Missouri. Lebanon was first called …": a name the words
		// around it placed keeps that place where it recurs bare, even against a dominant namesake
		if (result && earlier && result.place !== earlier.place && fromSizeAlone.has(result) && !fromSizeAlone.has(earlier)) {
			result = recurrence(earlier, mention);
		}
		if (!result) {
			const evidence = reading.evidence(i);
			if (earlier && !evidence?.overrules(earlier.place)) result = recurrence(earlier, mention);
			else {
				result = resolveWithContext(mention, reading.homonymsOf(i), ctx, evidence, listSiblings(i, results, reading));
				weighed.add(i);
			}
		}
		results[i] = result;
		bySurface.add(result);
	}
	for (const [i, published] of publisherPlaces(mentions, results as Resolution[], text, gazetteer)) results[i] = published;
	for (const [i, later] of placedLater(results as Resolution[], fromSizeAlone, weighed)) results[i] = later;
	for (const [i, named] of placedByQualifier(results as Resolution[], importance, (i, place) => cueAllows(reading.kindCueOf(i), place), datelineIndex(results as Resolution[], text))) results[i] = named;
	for (const [i, side] of fixtureSides(results as Resolution[], tokens, gazetteer)) results[i] = side;
	for (const [i, town] of hyphenedPartners(results as Resolution[], tokens, gazetteer)) results[i] = town;
	for (const [i, town] of courtTowns(results as Resolution[], tokens, text, gazetteer)) results[i] = town;
	for (const [i, town] of townsOnRivers(results as Resolution[], tokens, text, gazetteer)) results[i] = town;
	for (const [i, whole] of shortFormsOfJoinedNames(results as Resolution[], gazetteer.places, text)) results[i] = whole;
	for (const [i, county] of countiesOfPlacedTowns(results as Resolution[], gazetteer)) results[i] = county;
	for (const [i, site] of sitesAfterArticle(results as Resolution[], tokens, gazetteer)) results[i] = site;
	for (const [i, river] of riversNamedLikeStates(results as Resolution[], tokens, gazetteer)) results[i] = river;
	for (const [i, town] of townsNamedLikeRivers(results as Resolution[], tokens, gazetteer.places)) results[i] = town;
	for (const [i, part] of districtsOfPossessiveTowns(results as Resolution[], tokens, gazetteer.places)) results[i] = part;
	for (const [i, country] of countryParts(results as Resolution[])) results[i] = country;
	for (const [i, there] of countryHeadings(results as Resolution[], reading, tokens, text)) results[i] = there;
	for (const [i, region] of compassRegionsOfNamedCountry(results as Resolution[], text, gazetteer)) results[i] = region;
	reconsiderAbroadListItems(mentions, results as Resolution[], reading, (i, homonyms, siblings) => resolveWithContext(mentions[i]!, homonyms, ctx, reading.evidence(i), siblings));
	reconsiderListItemsOutOfState(mentions, results as Resolution[], reading, tokens, (i, homonyms, siblings) => resolveWithContext(mentions[i]!, homonyms, ctx, reading.evidence(i), siblings));
	for (const [i, river] of riversByApposition(results as Resolution[], text, gazetteer.places)) results[i] = river ?? leftUnmapped(results[i]!);
	// "It lies 6 km north of Bychawa": a subject the gazetteer lacks placed by a distance from a named place
	const placed = stated ?? pointFromNamedPlace(results as Resolution[], text);
	for (const [i, near] of atStatedPoint(results as Resolution[], gazetteer, placed)) results[i] = near;
	// "Hasanabad is a village in …, Iran" with no Hasanabad in Iran in the gazetteer: a namesake in
	// Pakistan would put the dot on the wrong map, so none is put
	for (const i of outsideContainers(mentions, results as Resolution[], reading, gazetteer, tokens)) results[i] = leftUnmapped(results[i]!);
	for (const i of misplacedDivisions(results as Resolution[], text, gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (let i = 0; i < mentions.length; i++) {
		const seats = reading.describedInDivisionTowns(i);
		if (!seats.length) continue;
		results[i] = placedNearSeats(results[i]!, seatsInNamedRegions(seats.map((j) => results[j]!.place), reading.describedInRegions(i), gazetteer), gazetteer, reading.kindCueOf(i));
		for (const j of seatsElsewhere(results[i]!, seats, results as Resolution[])) results[j] = leftUnmapped(results[j]!);
	}
	for (const i of unmappedWithTheirName(namedElsewhere, results as Resolution[])) results[i] = leftUnmapped(results[i]!);
	for (const i of outsideProvinceSeat(results as Resolution[], reading, tokens, text)) results[i] = leftUnmapped(results[i]!);
	for (const i of containersAbroad(results as Resolution[], tokens, text, gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const i of provincesNamedForCountries(results as Resolution[], tokens, gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const i of landsOfCompassRegions(results as Resolution[])) results[i] = leftUnmapped(results[i]!);
	for (const i of townsInRiverSlots(results as Resolution[], text)) results[i] = leftUnmapped(results[i]!);
	for (const [i, near] of nearSubject(results as Resolution[], reading, text, tokens, gazetteer, placed)) results[i] = near ?? leftUnmapped(results[i]!);
	for (const [i, near] of fartherThanStated(results as Resolution[], reading, text, gazetteer, placed)) results[i] = near ?? leftUnmapped(results[i]!);
	for (const [i, near] of saidNearElsewhere(results as Resolution[], text, gazetteer)) results[i] = near ?? leftUnmapped(results[i]!);
	for (const i of farFromSubject(results as Resolution[], reading, text, placed)) results[i] = leftUnmapped(results[i]!);
	for (const i of loneAbroad(results as Resolution[], gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const i of townsNamedLikeAPeople(results as Resolution[], (key) => gazetteer.demonyms.has(key))) results[i] = leftUnmapped(results[i]!);
	for (const [i, biggest] of nearbyUnheld(results as Resolution[], gazetteer)) results[i] = biggest;
	for (const [i, among] of clusterNamesakes(results as Resolution[], gazetteer, text)) results[i] = among;
	for (const [i, among] of namesakesWithMoreAround(results as Resolution[], gazetteer)) results[i] = among;
	for (const [i, town] of demonymTowns(results as Resolution[], text, gazetteer)) results[i] = town;
	for (const [i, town] of homeTownsNamedAbroad(results as Resolution[], text, gazetteer)) results[i] = town;
	for (const [i, home] of homeCountryNamesakes(results as Resolution[], gazetteer)) results[i] = home;
	for (const [i, among] of listNamesakes(results as Resolution[], reading, gazetteer)) results[i] = among;
	for (const [i, paired] of datelineCounties(results as Resolution[], text, gazetteer)) results[i] = paired;
	for (const [i, city] of datelineQuarters(results as Resolution[], text)) results[i] = city;
	for (const [i, capital] of listCapitals(results as Resolution[], reading, gazetteer)) results[i] = capital;
	for (const [i, city] of listGreatCities(results as Resolution[], reading, gazetteer)) results[i] = city;
	for (const [i, city] of worldSentenceCities(results as Resolution[], reading, text, gazetteer)) results[i] = city;
	for (const [i, beyond] of acrossTheBorder(results as Resolution[], tokens, gazetteer)) results[i] = beyond;
	for (const i of sizedAbroad(results as Resolution[], reading, gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const i of farPartsOfPossessiveCities(results as Resolution[], tokens, gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const i of localStrays(results as Resolution[], gazetteer)) results[i] = leftUnmapped(results[i]!);
	for (const [i, near] of thingsInTowns(results as Resolution[], text, gazetteer)) results[i] = near ?? leftUnmapped(results[i]!);
	for (const i of unplaced) results[i] = leftUnmapped(results[i]!);
	for (const i of listStrays(results as Resolution[], reading)) results[i] = leftUnmapped(results[i]!);
	placeDiminutives(results as Resolution[]);
	return results as Resolution[];
}
