// The document around the mentions still to resolve: the countries and first-level regions its
// anchors (the mentions that needed no context) lie in, and where they are.
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { AnchorIndex } from './anchors.ts';
import type { MentionContext } from './mention-context.ts';
import { regionCodeShared } from './qualifies.ts';
import type { StatedPoint } from './stated-point.ts';
import type { DatelineRegion } from './dateline-region.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import type { WordContext } from './word-context.ts';
import { admin1Key } from './region-key.ts';
import { isLineFeature } from './line-features.ts';
import { capitalOrAtLeast } from './known-abroad.ts';

export interface DocumentContext {
	/** the country the text's roads and offices ("US": us-road-words.ts) or courts and services ("GB": british-bodies.ts) are of */
	saidCountry?: string | null;
	/** whether the place lies in the area of a ZIP code of an address the text gives */
	inZips: (place: GazetteerPlace) => boolean;
	/** the words around given spans in text the recogniser could not read (lower case) */
	words: WordContext | null;
	/** country code → share of anchored mentions in it */
	countries: Map<string, number>;
	/** country code → how many anchored mentions lie in it (before the words' and roads' counts) */
	anchorsIn: Map<string, number>;
	/** "US:OH" → share of anchored mentions in that first-level region (named as the region or as its towns) */
	regions: Map<string, number>;
	/** the first-level regions the text names on their own, not only after a town as its qualifier ("COLUMBUS, Ohio"), as "US:OH" */
	regionsNamedAlone: Set<string>;
	/** the first-level regions the text names only after a town, as its qualifier ("Belpre, Ohio"): not on their own, not by a phone number */
	regionsOnlyQualifying: Set<string>;
	/** the first-level regions the text names by a name that means nothing else ("Wash.", a county), as "US:WA" */
	plainRegions: Set<string>;
	anchors: AnchorIndex;
	/** the same without national capitals: what a town's namesakes are weighed against */
	townAnchors: AnchorIndex;
	/** anchored mentions with a country, in text order: the countries around a mention */
	located: { offset: number; country: string }[];
	/** the other names of the text with a reading near a homonym (built on first use) */
	names: () => MentionContext;
	/** the places the text names with their parents somewhere ("Washington, North Carolina"): a bare mention of the name may mean them */
	qualified: Set<GazetteerPlace>;
	/** the region of the dateline's town ("FRISCO, Texas —"), if the text opens with one */
	dateline: DatelineRegion | null;
}

// Countries named within this many characters of a mention speak for it more than the whole text:
// a report that moves from France to the US resolves "Geneva" by the paragraph it is in.
const LOCAL_WINDOW = 500;

export function localCountryShare(ctx: DocumentContext, offset: number, country: string): number {
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

/**
 * The first-level regions the text names (as the region or by one of its counties, or by its phone
 * numbers' area codes, "US:ME"): each speaks for its towns.
 */
function regionShares(anchors: Resolution[], gazetteer: Gazetteer, bodies: Set<AcceptedMention>, dialled: readonly string[] = []): Map<string, number> {
	const counts = new Map<string, number>();
	for (const key of dialled) counts.set(key, (counts.get(key) ?? 0) + 1);
	let total = dialled.length;
	for (const anchor of anchors) {
		const key = regionKeyOf(anchor, gazetteer, bodies);
		if (key === null) continue;
		counts.set(key, (counts.get(key) ?? 0) + 1);
		total++;
	}
	return sharesOf(counts, total);
}

/** The first-level region ("US:OH") an anchor speaks for all of, or null (see regionShares). */
function regionKeyOf({ place, mention }: Resolution, gazetteer: Gazetteer, bodies: Set<AcceptedMention>): string | null {
	// "the Texas Rangers" names a team, not the land it plays in ("Public Health Ontario" a body's land)
	if (mention.usage === 'embedded' && !bodies.has(mention)) return null;
	// towns speak through nearness; a state or county the text names speaks for all of its land
	if (!place.country || !place.admin1 || (place.kind !== 'region' && place.kind !== 'district')) return null;
	if (place.kind === 'region' && !regionCodeShared(place, gazetteer)) return null;
	return admin1Key(place.country, place.admin1);
}

/** The regions of regionShares, without their shares, of the anchors that are not qualifiers. */
function regionsNamedAloneIn(anchors: Resolution[], gazetteer: Gazetteer, bodies: Set<AcceptedMention>, asQualifiers: Set<AcceptedMention>): Set<string> {
	const keys = new Set<string>();
	for (const anchor of anchors) {
		if (asQualifiers.has(anchor.mention)) continue;
		const key = regionKeyOf(anchor, gazetteer, bodies);
		if (key !== null) keys.add(key);
	}
	return keys;
}

/** Each count's share of the total, in the counts' order. */
function sharesOf(counts: Map<string, number>, total: number): Map<string, number> {
	const shares = new Map<string, number>();
	for (const [key, n] of counts) shares.set(key, n / total);
	return shares;
}

/** The counts to change: a copy where they are still the anchors' own (kept apart as anchorsIn). */
function ownCounts(counts: Map<string, number>, anchorsIn: Map<string, number>): Map<string, number> {
	return counts === anchorsIn ? new Map(anchorsIn) : counts;
}

// a town this big is named for itself ("Suffolk City", "Miami Beach", "Afrin"), not only a word or a name's part
const NAMED_FOR_ITSELF = 20_000;

/**
 * "the snowmobile trail … North Country", "Logan and the Hocking Hills": a small town taken only for being
 * the one place of its name, with no other name of the text near it, is as likely a phrase or a part of a
 * name the gazetteer lacks as the place: it says nothing of the text's country (a village with its
 * neighbours named, "It lies 6 km north of Bychawa", still does).
 */
function strayHamlet({ place, reasons, mention }: Resolution, names: () => MentionContext): boolean {
	// ("Salem, Indiana", one name read across its comma, is the town its state places)
	if (place.kind !== 'city' || capitalOrAtLeast(place, NAMED_FOR_ITSELF) || mention.usage === 'embedded' || mention.surface.includes(', ')) return false;
	return reasons.length === 1 && reasons[0] === 'only-candidate' && names().namesNear(place, mention.key) === 0;
}

const STATED_ID = 'stated:point';

/** The stated coordinates as an anchor: a point with no name, country or size. */
function statedPlace({ lat, lon }: StatedPoint): GazetteerPlace {
	return { id: STATED_ID, name: '', kind: 'city', featureCode: '', country: null, admin1: null, lat, lon, population: 0, geonameId: null };
}

/** What the text says beside its anchors, read once a document and handed to each `documentContext`. */
export interface TextEvidence {
	/** lower-case words naming countries and states ("a city in the u.s. state of …") */
	words: WordContext | null;
	names: () => MentionContext;
	inZips: (place: GazetteerPlace) => boolean;
	/** the first-level regions named by a name that means nothing else ("Wash.", a county), as "US:WA" (named-regions.ts) */
	plainRegions: Set<string>;
	/** mentions read as a town's qualifier ("Belpre, Ohio") */
	asQualifiers: Set<AcceptedMention>;
	/** coordinates the text states */
	stated: StatedPoint | null;
	dateline: DatelineRegion | null;
	/** the country the text's roads, offices, courts or services are of ("on Interstate 75": us-road-words.ts; "Durham Crown Court": british-bodies.ts) */
	saidCountry: () => string | null;
	/** embedded mentions of regions that name a public body's area ("the Grant County Sheriff's Office": region-anchors.ts) */
	bodies: Set<AcceptedMention>;
	/** the US states whose area codes the text's phone numbers carry (area-codes.ts) */
	phoneStates: readonly string[];
	/** places named inside an event's name ("the US Open") */
	events: ReadonlySet<AcceptedMention>;
}

export function documentContext(anchors: Resolution[], gazetteer: Gazetteer, evidence: TextEvidence): DocumentContext {
	const { words, names, inZips, plainRegions, asQualifiers, stated, dateline, saidCountry, bodies, phoneStates, events } = evidence;
	// (made once a document, or twice: each map and list built in one loop, not through copies and spreads)
	const anchorsIn = new Map<string, number>();
	// (not a place named inside an event's name, "the US Open": event-names.ts)
	for (const { place, mention } of anchors) {
		if (!place.country || events.has(mention)) continue;
		anchorsIn.set(place.country, (anchorsIn.get(place.country) ?? 0) + 1);
	}
	// the counts the shares are made of: the anchors' own until something changes them
	let counts = anchorsIn;
	// (asked only of a hamlet alone of its country among the anchors: the other names are read only then)
	for (const anchor of anchors) {
		const country = anchor.place.country;
		if (country && counts.get(country) === 1 && strayHamlet(anchor, names)) (counts = ownCounts(counts, anchorsIn)).delete(country);
	}
	// "… is a city in the u.s. state of": countries lower-case words name
	for (const [code, n] of words?.countries() ?? []) (counts = ownCounts(counts, anchorsIn)).set(code, (counts.get(code) ?? 0) + n);
	// "on Interstate 75", "the Grant County Sheriff's Office": US roads and offices count as one US place
	// (and Britain's courts and services as one British place)
	const said = saidCountry();
	if (said) (counts = ownCounts(counts, anchorsIn)).set(said, (counts.get(said) ?? 0) + 1);
	// … and so do its phone numbers' area codes
	if (phoneStates.length) (counts = ownCounts(counts, anchorsIn)).set('US', (counts.get('US') ?? 0) + 1);
	let total = 0;
	for (const n of counts.values()) total += n;
	const countries = sharesOf(counts, total);
	const dialled = phoneStates.length ? phoneStates.map((state) => `US:${state}`) : phoneStates;
	const regions = regionShares(anchors, gazetteer, bodies, dialled);
	const regionsNamedAlone = regionsNamedAloneIn(anchors, gazetteer, bodies, asQualifiers);
	const regionsOnlyQualifying = new Set([...regions.keys()].filter((key) => !regionsNamedAlone.has(key) && !dialled.includes(key)));
	// each place once, and only points that say something about nearness: a long text repeats its
	// anchors, and comparing against every repetition would make resolution quadratic in its length
	const unique = new Map<string, GazetteerPlace>();
	const located: { offset: number; country: string }[] = [];
	const qualified = new Set<GazetteerPlace>();
	for (const { place, mention, reasons } of anchors) {
		// (nor is an event's host city near them: "the Atlanta Olympic champion" runs in Athens, Greece)
		if (events.has(mention)) continue;
		if (place.kind !== 'country' && place.kind !== 'continent' && !isLineFeature(place, gazetteer)) unique.set(place.id, place);
		if (place.country) located.push({ offset: mention.candidate.start, country: place.country });
		if (reasons.includes('qualified')) qualified.add(place);
	}
	located.sort((a, b) => a.offset - b.offset);
	// a national capital stands for its government more often than for its streets ("WASHINGTON (AP)"):
	// its neighbourhood says nothing about which namesake of a town is meant (it still speaks for its
	// country and region: Tbilisi for Georgia)
	// coordinates the text states are where it is: a town near them is near the text's places
	if (stated) unique.set(STATED_ID, statedPlace(stated));
	const towns: GazetteerPlace[] = [];
	for (const place of unique.values()) if (!isCapital(place)) towns.push(place);
	const anchorIndex = new AnchorIndex(unique.values());
	return {
		inZips,
		countries,
		anchorsIn,
		regions,
		regionsNamedAlone,
		regionsOnlyQualifying,
		plainRegions,
		anchors: anchorIndex,
		townAnchors: towns.length === unique.size ? anchorIndex : new AnchorIndex(towns),
		located,
		words,
		names,
		qualified,
		dateline,
		saidCountry: said
	};
}
