import type { ResolutionReason, ToponymUsage } from '../contracts.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { AnchorIndex } from './anchors.ts';
import type { Candidate } from './candidates.ts';
import { applyQualifiers } from './qualified.ts';
import { computedOnce } from './computed-once.ts';
import { settledPopulation } from './settled-population.ts';
import { abroadFromItsList, listSiblings, reconsiderAbroadListItems, type ListSiblings } from './list-siblings.ts';
import { mentionContext, type MentionContext } from './mention-context.ts';
import { readDocument, type DocumentReading, type Homonyms, type MentionEvidence } from './read-document.ts';
import { regionCodeShared } from './qualifies.ts';
import { liesIn } from './document-cues.ts';
import type { Token } from './tokens.ts';
import type { WordContext } from './word-context.ts';
import { inZipArea, zipCodesIn } from './zip-codes.ts';
import { misplacedDivisions } from './division-names.ts';
import { townsNamedLikeCountries } from './country-towns.ts';
import { knownAbroad, spelledAlike } from './known-abroad.ts';
import { unsizedTowns } from './unsized-towns.ts';
import { placedNearSeats } from './division-seats.ts';

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
	/** where the toponym ends when it is a longer name than the place's ("Colorado State University") */
	end?: number;
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

// Homonyms beyond this many, by importance, are never the one a news text means (unless the text
// names their parents: read-document.ts).
const MAX_HOMONYMS = 25;
// A best candidate this many times more important than the next is taken without looking at context.
const DOMINANT_RATIO = 50;
const NEARBY_KM = 400;
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
// "Michigan, Oregon and Idaho": an item of a list is of the kind and country of its neighbours.
const LIST_WEIGHT = 3;
// "a town of 1,525 inhabitants": an exact fit as strong as a parent named in the sentence
const STATED_POPULATION_WEIGHT = 4;
// an address elsewhere in the text with a ZIP code whose area holds the place ("5721 springfield hwy,
// williston, 29853"): as strong as a county named in the words
const ZIP_WEIGHT = 3;
// the softmax temperature that turns score differences into shares
const CONFIDENCE_SLOPE = 1.5;

interface DocumentContext {
	/** whether the place lies in the area of a ZIP code of an address the text gives */
	inZips: (place: GazetteerPlace) => boolean;
	/** the words around given spans in text the recogniser could not read (lower case) */
	words: WordContext | null;
	/** country code → share of anchored mentions in it */
	countries: Map<string, number>;
	/** "US:OH" → share of anchored mentions in that first-level region (named as the region or as its towns) */
	regions: Map<string, number>;
	anchors: AnchorIndex;
	/** the same without national capitals: what a town's namesakes are weighed against */
	townAnchors: AnchorIndex;
	/** anchored mentions with a country, in text order: the countries around a mention */
	located: { offset: number; country: string }[];
	/** the other names of the text with a reading near a homonym (built on first use) */
	names: () => MentionContext;
}

// Countries named within this many characters of a mention speak for it more than the whole text:
// a report that moves from France to the US resolves "Geneva" by the paragraph it is in.
const LOCAL_WINDOW = 500;
const LOCAL_WEIGHT = 2;

function localCountryShare(ctx: DocumentContext, offset: number, country: string): number {
	const { located } = ctx;
	let low = 0;
	let high = located.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (located[middle]!.offset < offset - LOCAL_WINDOW) low = middle + 1;
		else high = middle;
	}
	let total = 0;
	let same = 0;
	for (let i = low; i < located.length && located[i]!.offset <= offset + LOCAL_WINDOW; i++) {
		total++;
		if (located[i]!.country === country) same++;
	}
	return total ? same / total : 0;
}

/** A mention that needs no context: a single candidate, a country or continent, or one dominant homonym. */
function anchorOf(mention: AcceptedMention, gazetteer: Gazetteer, names: () => MentionContext): Resolution | null {
	const { candidate } = mention;
	// towns known only from a post-office list stand aside here: only the text's evidence brings them in
	// (one pass over the most important homonyms, unless all of them are such towns)
	const count = Math.min(candidate.places.length, MAX_HOMONYMS);
	const unsized = unsizedTowns(gazetteer);
	let sized = 0;
	for (let k = 0; k < count; k++) if (unsized[candidate.places[k]!] === 0) sized++;
	const places: GazetteerPlace[] = [];
	const weights: number[] = [];
	const alternate: boolean[] = [];
	for (let k = 0; k < count; k++) {
		if (sized > 0 && unsized[candidate.places[k]!] === 1) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		places.push(place);
		weights.push(candidate.importance[k]!);
		alternate.push(candidate.alternate[k]!);
	}
	const best = places[0]!;
	if (places.length === 1) {
		const reason: ResolutionReason =
			mention.candidate.via === 'demonym' ? 'demonym' : mention.candidate.via === 'abbreviation' ? 'abbreviation' : best.id.startsWith('cur:') ? 'curated' : 'only-candidate';
		return { mention, place: best, score: 1, reasons: [reason] };
	}
	// "Georgia": a country that shares its name with a first-level region whose towns hold as many people
	// waits for the context; "neighbouring Niger" is the country, the Nigerian state only where the words
	// around it say so ("Niger and Kwara states", read as evidence, which skips this)
	if (best.kind === 'country' && places.some((p) => isFirstLevelRegion(p) && settledPopulation(p, gazetteer) >= settledPopulation(best, gazetteer))) return null;
	// "Congo": so does one that shares it with another country (Brazzaville's beside Kinshasa's)
	if (best.kind === 'country' && places.some((p, k) => k > 0 && p.kind === 'country' && !alternate[k])) return null;
	if (best.kind === 'country' || best.kind === 'continent') return { mention, place: best, score: 0.95, reasons: ['feature-type', 'population'] };
	if (weights[0]! >= DOMINANT_RATIO * weights[1]!) {
		// "from Peoria through Washington": a namesake the other names of the text sit around waits for context
		const context = names();
		const own = nameKey(mention.surface);
		if (context.namesNear(best, own) === 0 && places.some((p, k) => k > 0 && !alternate[k] && context.namesNear(p, own) > 0)) return null;
		return { mention, place: best, score: 0.9, reasons: ['population'] };
	}
	return null;
}

/** The first-level regions the text names (as the region or by one of its counties): each speaks for its towns. */
function regionShares(anchors: Resolution[], gazetteer: Gazetteer): Map<string, number> {
	const counts = new Map<string, number>();
	let total = 0;
	for (const { place, mention } of anchors) {
		// "the Texas Rangers" names a team, not the land it plays in
		if (mention.usage === 'embedded') continue;
		// towns speak through nearness; a state or county the text names speaks for all of its land
		if (!place.country || !place.admin1 || (place.kind !== 'region' && place.kind !== 'district')) continue;
		if (place.kind === 'region' && !regionCodeShared(place, gazetteer)) continue;
		const key = `${place.country}:${place.admin1}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		total++;
	}
	return new Map([...counts].map(([key, n]) => [key, n / total]));
}

function documentContext(anchors: Resolution[], gazetteer: Gazetteer, words: WordContext | null, names: () => MentionContext, inZips: (place: GazetteerPlace) => boolean): DocumentContext {
	const counts = new Map<string, number>();
	for (const { place } of anchors) {
		if (!place.country) continue;
		counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
	}
	// "… is a city in the u.s. state of": countries lower-case words name
	for (const [code, n] of words?.countries() ?? []) counts.set(code, (counts.get(code) ?? 0) + n);
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	const countries = new Map([...counts].map(([code, n]) => [code, n / total]));
	const regions = regionShares(anchors, gazetteer);
	// each place once, and only points that say something about nearness: a long text repeats its
	// anchors, and comparing against every repetition would make resolution quadratic in its length
	const unique = new Map(anchors.filter((a) => a.place.kind !== 'country' && a.place.kind !== 'continent').map((a) => [a.place.id, a.place]));
	// a national capital stands for its government more often than for its streets ("WASHINGTON (AP)"):
	// its neighbourhood says nothing about which namesake of a town is meant (it still speaks for its
	// country and region: Tbilisi for Georgia)
	const towns = [...unique.values()].filter((place) => place.featureCode !== 'PPLC');
	const located = anchors
		.filter((a) => a.place.country)
		.map((a) => ({ offset: a.mention.candidate.start, country: a.place.country! }))
		.sort((a, b) => a.offset - b.offset);
	const anchorIndex = new AnchorIndex(unique.values());
	return {
		inZips,
		countries,
		regions,
		anchors: anchorIndex,
		townAnchors: towns.length === unique.size ? anchorIndex : new AnchorIndex(towns),
		located,
		words,
		names
	};
}

function resolveWithContext(mention: AcceptedMention, homonyms: Homonyms, ctx: DocumentContext, evidence: MentionEvidence | null, siblings: ListSiblings | null = null): Resolution {
	const { places, importance, alternateNames } = homonyms;
	const own = nameKey(mention.surface);
	const scored = places.map((place, i) => {
		const reasons: ResolutionReason[] = [];
		// evidence that the text is about the place's own area, not only its country
		let ownArea = false;
		let score = Math.log10(Math.max(importance[i]!, 1));
		const share = place.country ? (ctx.countries.get(place.country) ?? 0) : 0;
		const local = place.country ? localCountryShare(ctx, mention.candidate.start, place.country) : 0;
		if (share > 0) {
			score += COUNTRY_WEIGHT * (0.5 + share) + LOCAL_WEIGHT * local;
			reasons.push('country-context');
		}
		// a state speaks for the towns of that name, not for one that has it only as an old or foreign name
		const regionShare =
			ctx.regions.size > 0 && place.kind !== 'region' && place.country && place.admin1 && !alternateNames.has(place) ? (ctx.regions.get(`${place.country}:${place.admin1}`) ?? 0) : 0;
		if (regionShare > 0) {
			ownArea = true;
			score += REGION_WEIGHT * (0.5 + regionShare);
			reasons.push('region-context');
		}
		// words count for a town's own name only: "springfield" near Decatur is not Powder Springs, Georgia
		const words = alternateNames.has(place) ? 0 : (ctx.words?.namesNear(place, own) ?? 0);
		const near = (place.kind === 'city' ? ctx.townAnchors : ctx.anchors).hasNear(place, NEARBY_KM);
		const named = words || alternateNames.has(place) ? 0 : ctx.names().namesNear(place, own);
		if (words > 0 || named > 0) ownArea = true;
		if (near || words > 0 || named > 0) {
			score += (near ? NEARBY_WEIGHT : 0) + WORD_WEIGHT * words + NAMED_NEAR_WEIGHT * named;
			reasons.push('nearby-context');
		}
		if (ctx.words?.inNamedDistrict(place)) {
			ownArea = true;
			score += WORD_DISTRICT_WEIGHT;
			reasons.push('named-parent');
		}
		if (ctx.inZips(place)) {
			ownArea = true;
			score += ZIP_WEIGHT;
			if (!reasons.includes('nearby-context')) reasons.push('nearby-context');
		}
		if (evidence) {
			const parent = evidence.parentWeight(place);
			if (parent > 0) {
				score += parent;
				reasons.push('named-parent');
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
			score += siblings.regions.has(`${place.country}:${place.admin1}`) ? LIST_WEIGHT : LIST_WEIGHT / 2;
			reasons.push('list-context');
		}
		if (reasons.some((r) => r === 'named-parent' || r === 'list-context' || r === 'stated-population')) ownArea = true;
		reasons.push('population');
		return { place, score, reasons, ownArea, importance: alternateNames.has(place) && !spelledAlike(own, place) ? 0 : importance[i]! };
	});
	scored.sort((a, b) => b.score - a.score);
	// "Niger, Chad and Cameroon": in a list of countries, a name that is a country is the country
	const country = evidence ? scored.find((s) => s.place.kind === 'country' && evidence.listFits(s.place)) : undefined;
	if (country && country !== scored[0]) {
		country.score = scored[0]!.score + LIST_WEIGHT;
		scored.sort((a, b) => b.score - a.score);
	}
	const famous = knownAbroad(scored);
	if (famous) {
		// ahead of the namesake by the fame that outweighs its country
		famous.score = scored[0]!.score + Math.log10(famous.importance / scored[0]!.importance);
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
	const alternatives = scored.slice(1).map((s, i) => ({ place: s.place, score: weights[i + 1]! / total }));
	return { mention, place: best.place, score: confidence, reasons: best.reasons, alternatives };
}

// The helpers below return functions rather than the resolver making named ones: tsx, which runs the
// CLI, would name every inner function each time a document is resolved.

/** Whether a place lies in the area of one of the ZIP codes the text gives. */
function zipAreasTest(zips: string[], gazetteer: Gazetteer): (place: GazetteerPlace) => boolean {
	return (place) => place.country === 'US' && zips.some((zip) => inZipArea(place, zip, gazetteer));
}

function nameAndPlace(mention: AcceptedMention, result: Resolution): string {
	return `${nameKey(mention.surface)}\t${result.place.id}`;
}

/**
 * "Linn County officials … Lyons": counties are resolved before the towns around them, and only the
 * reading accepted for a county or region (not Linn County, Oregon) is a parent of those towns.
 */
function settleDivisions(mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, ctx: DocumentContext, gazetteer: Gazetteer): void {
	const settled = new Map<number, GazetteerPlace>();
	for (let i = 0; i < mentions.length; i++) {
		const { candidate } = mentions[i]!;
		if (candidate.places.length < 2) continue;
		const best = gazetteer.places[candidate.places[0]!]!;
		if (best.kind !== 'district' && best.kind !== 'region') continue;
		if (!results[i] && best.kind === 'district') results[i] = resolveWithContext(mentions[i]!, reading.homonymsOf(i), ctx, reading.evidence(i));
		// only a reading the text chose: one chosen by size alone ("Floyd County" in Georgia) may be wrong
		const result = results[i];
		if (result && (result.place.kind === 'district' || result.place.kind === 'region') && result.reasons.some((r) => r !== 'population' && r !== 'feature-type')) settled.set(i, result.place);
	}
	reading.settle(settled);
}

/**
 * Resolves accepted mentions to places: first the unambiguous ones (anchors), which set the document's
 * countries; then the rest against them, with "Town, Country" qualifiers, parents named in the same
 * sentence or the opening, the kind of place the phrase names, lists and nearby places. A name
 * resolved once keeps its place for the rest of the document.
 */
export function resolveMentions(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], words: WordContext | null = null): Resolution[] {
	const zips = zipCodesIn(text);
	const inZips = zipAreasTest(zips, gazetteer);
	const pointedTo = words || zips.length ? (place: GazetteerPlace) => !!words?.inNamedDistrict(place) || inZips(place) : null;
	const reading = readDocument(mentions, gazetteer, text, tokens, pointedTo);
	// with words for context, a dominant namesake waits for them too
	const namesOnce = computedOnce(() => mentionContext(mentions, gazetteer));
	const results: (Resolution | null)[] = mentions.map((m, i) => (reading.evidence(i) || (words && m.candidate.places.length > 1) ? null : anchorOf(m, gazetteer, namesOnce)));
	for (const [i, town] of townsNamedLikeCountries(results, mentions, gazetteer, namesOnce)) results[i] = town;
	// anchors that only the size of the place chose, with nothing around them (a qualifier replaces them)
	const fromSizeAlone = new Set(results.filter((r): r is Resolution => r !== null && r.mention.candidate.places.length > 1));
	const bySize = new Set(results.flatMap((r, i) => (r !== null && fromSizeAlone.has(r) ? [i] : [])));
	const namedElsewhere = applyQualifiers(mentions, results, reading, text, gazetteer);
	const ctx = documentContext(
		results.filter((r): r is Resolution => r !== null),
		gazetteer,
		words,
		namesOnce,
		inZips
	);
	for (const i of bySize) if (abroadFromItsList(i, results, reading)) results[i] = null;
	settleDivisions(mentions, results, reading, ctx, gazetteer);
	const bySurface = new Map<string, Resolution>();
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		const key = nameKey(mention.surface);
		let result = results[i];
		const earlier = bySurface.get(key);
		// "Lebanon is a city in Laclede County, Missouri. Lebanon was first called …": a name the words
		// around it placed keeps that place where it recurs bare, even against a dominant namesake
		if (result && earlier && result.place !== earlier.place && fromSizeAlone.has(result) && !fromSizeAlone.has(earlier)) {
			result = { ...earlier, mention, reasons: ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')] };
		}
		if (!result) {
			const evidence = reading.evidence(i);
			if (earlier && !evidence?.overrules(earlier.place)) result = { ...earlier, mention, reasons: ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')] };
			else {
				result = resolveWithContext(mention, reading.homonymsOf(i), ctx, evidence, listSiblings(i, results, reading));
			}
		}
		results[i] = result;
		if (!bySurface.has(key)) bySurface.set(key, result);
	}
	reconsiderAbroadListItems(mentions, results as Resolution[], reading, (i, homonyms, siblings) => resolveWithContext(mentions[i]!, homonyms, ctx, reading.evidence(i), siblings));
	// "Hasanabad is a village in …, Iran" with no Hasanabad in Iran in the gazetteer: a namesake in
	// Pakistan would put the dot on the wrong map, so none is put
	for (let i = 0; i < mentions.length; i++) {
		const result = results[i]!;
		if (result.reasons.includes('qualified')) continue;
		const countries = reading.describedInCountries(i);
		if (countries.length === 0 || (result.place.country && countries.includes(result.place.country))) continue;
		const { places } = mentions[i]!.candidate;
		if (!places.some((index) => countries.includes(gazetteer.places[index]!.country ?? ''))) results[i] = { ...result, outsideNamedCountry: true };
	}
	// "Kalyanpur is a village in … Uttar Pradesh, India" with no Kalyanpur there: not the namesake in
	// Arunachal Pradesh either, here or where the name recurs
	const unplaced = new Set<string>();
	for (let i = 0; i < mentions.length; i++) {
		const result = results[i]!;
		if (result.reasons.includes('qualified') || result.outsideNamedCountry || (result.place.kind !== 'city' && result.place.kind !== 'district')) continue;
		const regions = reading.describedInRegions(i);
		if (regions.length === 0 || regions.some((region) => liesIn(result.place, region, gazetteer))) continue;
		const inside = mentions[i]!.candidate.places.some((index) => regions.some((region) => liesIn(gazetteer.places[index]!, region, gazetteer)));
		if (!inside) unplaced.add(nameAndPlace(mentions[i]!, results[i]!));
	}
	if (unplaced.size) for (let i = 0; i < mentions.length; i++) if (unplaced.has(nameAndPlace(mentions[i]!, results[i]!)) && !results[i]!.reasons.includes('qualified')) results[i] = { ...results[i]!, outsideNamedCountry: true };
	for (const i of misplacedDivisions(results as Resolution[], text, gazetteer)) results[i] = { ...results[i]!, outsideNamedCountry: true };
	for (let i = 0; i < mentions.length; i++) {
		const seats = reading.describedInDivisionTowns(i);
		if (seats.length) results[i] = placedNearSeats(results[i]!, seats.map((j) => results[j]!.place), gazetteer);
	}
	for (const i of namedElsewhere) if (!results[i]!.reasons.includes('qualified')) results[i] = { ...results[i]!, outsideNamedCountry: true };
	return results as Resolution[];
}
