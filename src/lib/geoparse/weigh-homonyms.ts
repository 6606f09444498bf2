// Weighs the homonyms of one mention against the document: its countries and regions, places near,
// parents named around it, the list it stands in, a stated population.
import type { ResolutionReason } from '../contracts.ts';
import { isCapital, isFirstLevelRegion, isUnsizedTown, type GazetteerPlace } from '../gazetteer/types.ts';
import { localCountryShare, type DocumentContext } from './document-context.ts';
import { capitalOrAtLeast, famousNameHead, knownAbroad, knownAbroadBySizeOrNames, sizeAloneAbroad, spelledAlike } from './known-abroad.ts';
import { formerNamesCapped } from './former-names.ts';
import { regionOverNamesake } from './region-namesakes.ts';
import { LARGE_CITY, largeCityAtHome } from './large-city-at-home.ts';
import { knownAtHome } from './known-at-home.ts';
import { sizeAgainstStated } from './stated-populations.ts';
import { inDatelineRegion, namedBareFrom } from './dateline-region.ts';
import type { ListSiblings } from './list-siblings.ts';
import type { Homonyms, MentionEvidence } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { UNACCENTED_NAMESAKE_PENALTY } from './written-accents.ts';
import { mapPacked } from './packed.ts';
import { resolution } from './resolution.ts';
import { admin1Key } from './region-key.ts';

const NEARBY_KM = 400;
// a country of the text named within LOCAL_WINDOW characters of the mention (document-context.ts)
const LOCAL_WEIGHT = 2;
// Weights of the evidence, in powers of ten of importance: agreeing with the document's countries is
// worth a 300-fold smaller population.
const COUNTRY_WEIGHT = 2.5;
const NEARBY_WEIGHT = 1.5;
// a first-level region the document names (or whose towns it names) anywhere: weaker than its country,
// which adds to it
const REGION_WEIGHT = 1.5;
// each other name the words of a lower-case text give to places near a homonym
const WORD_WEIGHT = 3;
// a county named in lower-case words around a span, like a parent named in the opening
const WORD_DISTRICT_WEIGHT = 3;
// each other name of the text with a reading within 50 km of a homonym ("Peoria … Washington")
const NAMED_NEAR_WEIGHT = 1.5;
// each further name within 100 km of a homonym that some name is within 50 km of: "Berlin … Gorham …
// Littleton … Lancaster … Conway", rural towns a county or two apart, outweigh a namesake 35 times larger
// elsewhere only together (a third of a near name's weight)
const NAMED_AROUND_WEIGHT = 0.5;
// each other name whose first reading is a town of the same area of a country the text names, though not
// most: as strong as that country leading the text (see "born in Manchester" below)
const FIRST_READINGS_WEIGHT = COUNTRY_WEIGHT;
// "Michigan, Oregon and Idaho": an item of a list is of the kind and country of its neighbours.
const LIST_WEIGHT = 3;
// "a town of 1,525 inhabitants": an exact fit as strong as a parent named in the sentence
const STATED_POPULATION_WEIGHT = 4;
// an address elsewhere in the text with a ZIP code whose area holds the place ("5721 springfield hwy,
// williston, 29853"): as strong as a county named in the words
const ZIP_WEIGHT = 3;
// log10 of the people of a typical town under 500 (cities500)
const UNSIZED_SIZE = Math.log10(250);
// the softmax temperature that turns score differences into shares
const CONFIDENCE_SLOPE = 1.5;
// a city known abroad whose own name a bare name opens (known-abroad.ts) leads by a power of ten, as a
// city known abroad leads a namesake a tenth of its size
const HEAD_FAME = 1;

/**
 * The most populous homonym that bears the name as its own (not as another, old or foreign, name), if a capital
 * or a LARGE_CITY: that is what its own name means against a place that has it as another name. A smaller one
 * (Pekin, Illinois) yields to the town a parent named around the mention points to (New Pekin, Indiana, called
 * Pekin, in "Salem, Pekin … the Washington County sheriff").
 */
function largestOwnBearer(homonyms: Homonyms): GazetteerPlace | null {
	let found: GazetteerPlace | null = null;
	for (const place of homonyms.places) if (!homonyms.alternateNames.has(place) && (!found || place.population > found.population)) found = place;
	return found && capitalOrAtLeast(found, LARGE_CITY) ? found : null;
}

// a homonym this many times more important than every other is what the name means (resolve.ts takes it
// without looking at context, placed-later.ts lets no qualified namesake stand for it)
export const DOMINANT_RATIO = 50;

/** The index of the homonym DOMINANT_RATIO times more important than any other, or -1. */
function dominantHomonym(importance: ArrayLike<number>): number {
	let top = -1;
	let second = 0;
	for (let i = 0; i < importance.length; i++) {
		const value = importance[i]!;
		if (top < 0 || value > importance[top]!) {
			if (top >= 0) second = Math.max(second, importance[top]!);
			top = i;
		} else second = Math.max(second, value);
	}
	return top >= 0 && importance[top]! >= DOMINANT_RATIO * Math.max(second, 1) ? top : -1;
}

/** The country with the largest share of the text's anchors. */
function leadingCountry(countries: Map<string, number>): string | null {
	let found: string | null = null;
	let most = 0;
	for (const [code, share] of countries) if (share > most) [found, most] = [code, share];
	return found;
}

// "Born in Florence" in an obituary whose towns lie around one state: the namesake of that state near
// them is the one a local reader takes it for, over a city known abroad of less than this many times its
// importance (Florence, Italy is 14 times Florence, South Carolina; Paris is 850 times Paris, Texas) that
// the text puts nothing in the country of
const NEAR_FAME_RATIO = 30;
// ... where one of the text's towns of that state lies this close (beyond a neighbour's 50 km, which
// makes the town the text's own area already; "talks in Geneva … back to New York" are 350 km apart)
const NEAR_HOME_KM = 250;

function nearNamesakeStands(best: { place: GazetteerPlace; importance: number }, famous: { importance: number; reasons: readonly ResolutionReason[] }, ctx: DocumentContext): boolean {
	const { place } = best;
	if (place.kind !== 'city' || !place.admin1 || famous.reasons.includes('country-context') || famous.importance >= NEAR_FAME_RATIO * best.importance) return false;
	return ctx.townAnchors.hasNear(place, NEAR_HOME_KM, (anchor) => anchor.country === place.country && anchor.admin1 === place.admin1);
}

/**
 * "Linda Hartley of Marietta, Ohio … of Spencer": a state named only after a town (not in a dateline) places
 * that town; a local paper writes the state of the towns outside its own, so a namesake of that state with no
 * other name of the text within 100 km of it is not placed by the state (asked only of a namesake no name lies within 50 km of).
 */
function farFromQualifiedArea(place: GazetteerPlace, region: string, own: string, ctx: DocumentContext): boolean {
	if (place.kind !== 'city' || !ctx.regionsOnlyQualifying.has(region) || (ctx.dateline && inDatelineRegion(place, ctx.dateline))) return false;
	return ctx.names().namesAround(place, own) === 0;
}

/** The text names a place outside the country given and writes no US roads: a namesake there is no local reading. */
function namesAbroad(ctx: DocumentContext, home: string): boolean {
	for (const code of ctx.countries.keys()) if (code !== home) return ctx.saidCountry !== 'US';
	return false;
}

/** A town not known abroad by its size or its names. */
function smallTown(place: GazetteerPlace): boolean {
	return place.kind === 'city' && !knownAbroadBySizeOrNames(place);
}

/** The most important first-level region among the weighed homonyms that bears the name as its own, if any. */
function largestLand<T extends { place: GazetteerPlace; alternate: boolean; importance: number }>(scored: T[]): T | null {
	let found: T | null = null;
	for (const s of scored) if (isFirstLevelRegion(s.place) && !s.alternate && (!found || s.importance > found.importance)) found = s;
	return found;
}

export function resolveWithContext(mention: AcceptedMention, homonyms: Homonyms, ctx: DocumentContext, evidence: MentionEvidence | null, siblings: ListSiblings | null = null): Resolution {
	const { places, alternateNames } = homonyms;
	const own = mention.key;
	const importance = formerNamesCapped(homonyms, own);
	const bearer = largestOwnBearer(homonyms);
	const leading = leadingCountry(ctx.countries);
	// a population the text states that some homonym fits: size says no more than that population does
	const stated = evidence?.statedPopulation() ?? null;
	const sizeCapped = stated !== null && places.some((place) => evidence!.populationFit(place) > 0);
	// ... save a namesake that is what the bare name means (DOMINANT_RATIO), unless the
	// sentence says the number of this very name ("Cairo had a population of 785")
	const dominant = sizeCapped && !evidence!.statedDirectly() ? dominantHomonym(importance) : -1;
	const { unaccented } = homonyms;
	const scored = mapPacked(places, (place, i) => {
		const reasons: ResolutionReason[] = [];
		// evidence that the text is about the place's own area, not only its country
		let ownArea = false;
		// ... other than nearness: its parents, its region, a list, a stated population, a ZIP area
		let placed = false;
		// ... by more than its state named elsewhere in the text: neighbours, words, a county, a parent in its sentence
		let placedLocally = ctx.qualified.has(place);
		let score = (sizeCapped && i !== dominant ? sizeAgainstStated(place, importance[i]!, stated) : Math.log10(Math.max(importance[i]!, 1))) - (unaccented?.has(place) ? UNACCENTED_NAMESAKE_PENALTY : 0);
		const share = place.country ? (ctx.countries.get(place.country) ?? 0) : 0;
		const local = place.country ? localCountryShare(ctx, mention.candidate.start, place.country) : 0;
		if (share > 0) {
			score += COUNTRY_WEIGHT * (0.5 + share) + LOCAL_WEIGHT * local;
			reasons.push('country-context');
		}
		// words count for a town's own name only: "springfield" near Decatur is not Powder Springs, Georgia
		const words = alternateNames.has(place) ? 0 : (ctx.words?.namesNear(place, own) ?? 0);
		const near = (place.kind === 'city' ? ctx.townAnchors : ctx.anchors).hasNear(place, NEARBY_KM);
		const named = words || alternateNames.has(place) ? 0 : ctx.names().namesNear(place, own);
		// a state speaks for the towns of that name, not for one that has it only as an old or foreign name
		// ... and for itself where the text names it by a name that means nothing else ("Wash.", one of its counties)
		// (the region's key made once a homonym, and only where the text names regions)
		const region = ctx.regions.size > 0 && place.country && place.admin1 ? admin1Key(place.country, place.admin1) : null;
		const regionShare = region !== null && (place.kind !== 'region' || (isFirstLevelRegion(place) && ctx.plainRegions.has(region))) && !alternateNames.has(place) ? (ctx.regions.get(region) ?? 0) : 0;
		if (regionShare > 0 && (words > 0 || named > 0 || !farFromQualifiedArea(place, region!, own, ctx))) {
			ownArea = true;
			// a state named on its own is what the text is about; one named only after a town ("COLUMBUS,
			// Ohio") places that town, and says where the writer is
			if (ctx.regionsNamedAlone.has(region!)) placedLocally = true;
			score += REGION_WEIGHT * (0.5 + regionShare);
			reasons.push('region-context');
			placed = true;
		}
		// (not for a namesake written without the text's accents: "Tábor" near Yankton is not Tabor, South Dakota)
		const around = named === 0 || unaccented?.has(place) ? 0 : Math.max(0, ctx.names().namesAround(place, own) - named);
		if (words > 0 || named > 0) ownArea = placedLocally = true;
		// "born in Manchester … his regiment in Colchester" in a story that names the US more than Britain:
		// names whose first readings are towns of one area of a country the text also names agree on it
		// there, as the New England namesakes of English towns do not outweigh
		const firstReadings = share > 0 && place.country !== leading && !named && !words ? ctx.names().firstReadingsNear(place, own) : 0;
		if (firstReadings > 0) ownArea = true;
		if (near || words > 0 || named > 0 || firstReadings > 0) {
			score += (near ? NEARBY_WEIGHT : 0) + WORD_WEIGHT * words + NAMED_NEAR_WEIGHT * named + FIRST_READINGS_WEIGHT * firstReadings + NAMED_AROUND_WEIGHT * around;
			reasons.push('nearby-context');
		}
		if (ctx.words?.inNamedDistrict(place)) {
			ownArea = placedLocally = true;
			score += WORD_DISTRICT_WEIGHT;
			reasons.push('named-parent');
			placed = true;
		}
		if (ctx.inZips(place)) {
			ownArea = placedLocally = true;
			score += ZIP_WEIGHT;
			placed = true;
			if (!reasons.includes('nearby-context')) reasons.push('nearby-context');
		}
		if (evidence) {
			// "Abuja … Niger State": Suleja, which lists "Abuja" among its other names, lies in the state,
			// but the capital bears the name as its own; only a parent in position ("Abuja, Niger State")
			// asks for the other reading
			const overshadowed = alternateNames.has(place) && bearer !== null && bearer.population >= place.population && !spelledAlike(own, place);
			const parent = overshadowed ? evidence.positionedParentWeight(place) : evidence.parentWeight(place);
			if (parent > 0) {
				score += parent;
				reasons.push('named-parent');
				if (evidence.placesLocally(place)) placedLocally = true;
			}
			if (evidence.listFits(place)) {
				score += LIST_WEIGHT;
				reasons.push('list-context');
			}
			const fit = evidence.populationFit(place);
			if (fit > 0) {
				score += STATED_POPULATION_WEIGHT * fit;
				reasons.push('stated-population');
			}
		}
		// "Clinton, Camanche, Lyons and Maquoketa": a town of a list of towns lies where the others do
		if (siblings && place.kind === 'city' && place.country === siblings.country && !alternateNames.has(place)) {
			score += siblings.regions.has(admin1Key(place.country, place.admin1)) ? LIST_WEIGHT : LIST_WEIGHT / 2;
			reasons.push('list-context');
		}
		if (reasons.some((r) => r === 'named-parent' || r === 'list-context' || r === 'stated-population')) ownArea = placed = true;
		if (reasons.some((r) => r === 'list-context' || r === 'stated-population')) placedLocally = true;
		// a town known only from a post-office list is one of the hundreds of people under cities500's
		// threshold, not of one: where the text places it, it weighs as such a town would
		if (placedLocally && !sizeCapped && isUnsizedTown(place)) score += UNSIZED_SIZE;
		reasons.push('population');
		return { place, score, reasons, ownArea, placed, placedLocally, namesNear: words + named, alternate: alternateNames.has(place) || !!homonyms.statesNamedLonger?.has(place), importance: alternateNames.has(place) && !spelledAlike(own, place) ? 0 : importance[i]! };
	});
	scored.sort((a, b) => b.score - a.score);
	// "Niger, Chad and Cameroon": in a list of countries, a name that is a country is the country
	const country = evidence ? scored.find((s) => s.place.kind === 'country' && evidence.listFits(s.place)) : undefined;
	if (country && country !== scored[0]) {
		country.score = scored[0]!.score + LIST_WEIGHT;
		scored.sort((a, b) => b.score - a.score);
	}
	// "diagnosed in Italy, Spain and Florida": a name listed among countries only, none of whose readings is one,
	// names a land as they do: its largest first-level region, not a small town of the text's country (a city known
	// abroad is named among countries as itself, and so is any name a capital bears, the leading reading's own
	// included: "markets fell in Chile, Peru and Santiago")
	const land = !country && evidence?.listedAmongCountries() && smallTown(scored[0]!.place) && !scored.some((s) => isCapital(s.place)) ? largestLand(scored) : null;
	if (land) {
		land.score = scored[0]!.score + LIST_WEIGHT;
		if (!land.reasons.includes('list-context')) land.reasons.push('list-context');
		scored.sort((a, b) => b.score - a.score);
	}
	// (the names near recounted without states' names where the text's capitals are its own: not for words)
	const region = regionOverNamesake(scored, ctx.words ? undefined : (place) => ctx.names().namesNearBesidesStates(place, own));
	if (region) {
		region.score = scored[0]!.score + Math.log10(region.importance / Math.max(scored[0]!.importance, 1));
		scored.sort((a, b) => b.score - a.score);
	}
	const famous = knownAbroad(scored, homonyms.countriesHere, (home) => namesAbroad(ctx, home));
	if (famous && !nearNamesakeStands(scored[0]!, famous, ctx) && !sizeAloneAbroad(scored, famous.place, ctx.countries, leading, (place) => ctx.townAnchors.hasNear(place, NEARBY_KM))) {
		// ahead of the namesake by the fame that outweighs its country
		famous.score = scored[0]!.score + Math.log10(famous.importance / scored[0]!.importance);
		scored.sort((a, b) => b.score - a.score);
	} else {
		const head = famousNameHead(scored, own);
		if (head) {
			head.score = scored[0]!.score + HEAD_FAME;
			scored.sort((a, b) => b.score - a.score);
		}
	}
	// (after the city known abroad: a small namesake placed by nothing yields to that first)
	const large = largeCityAtHome(scored);
	// ... unless the town is the dateline state's and the city one wire copy would give its state
	if (large && (!ctx.dateline || !inDatelineRegion(scored[0]!.place, ctx.dateline) || namedBareFrom(ctx.dateline, large.place))) {
		large.score = scored[0]!.score + Math.log10(large.importance / scored[0]!.importance);
		scored.sort((a, b) => b.score - a.score);
	}
	// (last: between namesakes of one country that size and the text leave within a factor of two)
	const known = knownAtHome(scored);
	if (known) {
		// ahead by the margin the other had
		[known.score, scored[0]!.score] = [scored[0]!.score, known.score];
		scored.sort((a, b) => b.score - a.score);
	}
	const best = scored[0]!;
	const second = scored[1];
	// confidence: the winner's share against the runner-up, on the log scale of the scores
	const margin = second ? best.score - second.score : 3;
	const confidence = 1 / (1 + Math.exp(-CONFIDENCE_SLOPE * margin));
	let total = 0;
	const weights = scored.map((s) => {
		const weight = Math.exp(CONFIDENCE_SLOPE * (s.score - best.score));
		total += weight;
		return weight;
	});
	const alternatives = mapPacked(scored.slice(1), (s, i) => ({ place: s.place, score: weights[i + 1]! / total }));
	return resolution(mention, best.place, confidence, best.reasons, alternatives);
}
