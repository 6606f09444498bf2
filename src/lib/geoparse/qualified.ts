// "Paris, Texas", "Washington, IL", "Riverside, WY 82325": a qualifier after a comma (a place's
// parent, a US state's code or a ZIP code) settles a mention before any other context is weighed.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { MAX_HOMONYMS, type Candidate } from './candidates.ts';
import { bearerInArea, bearerNearNames } from './bearers-in-area.ts';
import type { MentionContext } from './mention-context.ts';
import { computedOnce } from './computed-once.ts';
import { listJoined } from './document-cues.ts';
import { stateReadings } from './state-readings.ts';
import { contradictsQualifier, pairStandsAlone, qualifierBeforeNoun } from './qualifier-contradiction.ts';
import { joinsInCountry, qualifyInCountry, townOutsideContainer } from './in-country.ts';
import { qualifyByIslandApposition } from './island-apposition.ts';
import { qualifies } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { stateCodeAfter, stateId } from './state-codes.ts';
import { inZipArea, zipAfter } from './zip-codes.ts';
import { mapPacked } from './packed.ts';
import { resolution } from './resolution.ts';
import { pairSaidOfCity, seatCalledCity } from './region-seat.ts';
import { isCommonWord } from './word-facts.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { cutShortAfterSpace } from './abbreviation-candidates.ts';

/** Whether a lower-case word is an ordinary English one ("in", "me", "or"; not "nh", "tx"); returned, not bound to a name (see NAMED_CLOSURES in eslint.config.js). */
function ordinaryWordTest(gazetteer: Gazetteer): (word: string) => boolean {
	return (word) => isCommonWord(word, gazetteer);
}

/** The homonyms worth weighing, by importance. */
function homonyms(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace[] {
	return mapPacked(candidate.places.slice(0, MAX_HOMONYMS), (i) => gazetteer.places[i]!);
}

/**
 * "BACOLOD, Philippines": GeoNames files some cities under "<name> City" (Bacolod City, 455,000) with the bare name
 * among their other names. That is the city's own name without the word English often leaves off, not another
 * town's old or foreign name: the city goes before a village that bears the bare name (Bacolod, Lanao del Norte).
 */
function ownNameWithCityWord(place: GazetteerPlace, key: string): boolean {
	return nameKey(place.name) === `${key} city`;
}

/** The most important homonym that fits, by its own name before one known only by an old or foreign name. */
function firstFitting(candidate: Candidate, gazetteer: Gazetteer, fits: (place: GazetteerPlace) => boolean): GazetteerPlace | null {
	let found: GazetteerPlace | null = null;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (!fits(place)) continue;
		if (!candidate.alternate[k]) return place;
		found ??= place;
	}
	return found;
}

/**
 * "Mansfield is a village in Georgia, United States", "… in New York, United States": a container of a
 * described place with its country after the comma is that country's first-level region of its name,
 * where it has one (not the country Georgia beside the US in a list, not New York City). Only for the
 * container of a description: "in Kuala Lumpur, Malaysia" elsewhere is the city.
 */
function containerInCountry(mention: AcceptedMention, qualifier: AcceptedMention, gazetteer: Gazetteer): { region: GazetteerPlace; country: GazetteerPlace } | null {
	const country = gazetteer.places[qualifier.candidate.places[0]!];
	if (qualifier.candidate.places.length !== 1 || country?.kind !== 'country') return null;
	const readings = [...homonyms(mention.candidate, gazetteer), ...stateReadings(mention.key, gazetteer)];
	const region = readings.find((place) => isFirstLevelRegion(place) && place.country === country.country);
	return region ? { region, country } : null;
}

/**
 * "Quebec, Canada", "Oaxaca, Mexico": where the first-level region's capital bears the region's name and
 * English calls it "<name> City" (a name the gazetteer gives it: Quebec City, Oaxaca City), the bare name
 * before its country is the region; the city would have been called so. (São Paulo, Kano, Salzburg, whose
 * cities no such name marks, stay the cities; so do a country's capital, known abroad by its bare name —
 * "Dublin, Ireland", though "Dublin City" names it too — and a city that is not its region's seat: "New
 * York, United States" is New York City.)
 */
function regionBeforeCountry(mention: AcceptedMention, qualifier: AcceptedMention, gazetteer: Gazetteer): { region: GazetteerPlace; country: GazetteerPlace } | null {
	// (the qualifier's first reading: "Mexico" is also a town in Maine)
	const country = gazetteer.places[qualifier.candidate.places[0]!];
	if (country?.kind !== 'country') return null;
	// (a region whose name a town of it bears is filed as "<name> state" only: Quebec)
	const region = [...homonyms(mention.candidate, gazetteer), ...stateReadings(mention.key, gazetteer)].find((place) => isFirstLevelRegion(place) && place.country === country.country);
	return region ? { region, country } : null;
}

/**
 * "Quebec, Canada" is the province where its seat is called "Quebec City" (seatCalledCity), unless the text
 * says the pair is a city: a dateline ("OAXACA, Mexico (AP) —") or an apposition ("…, a silver-mining city").
 */
function regionNotCity(mention: AcceptedMention, qualifier: AcceptedMention, region: GazetteerPlace, text: string, gazetteer: Gazetteer): boolean {
	const { candidate } = mention;
	return seatCalledCity(mention.key, region, gazetteer, (index) => candidate.places.includes(index)) && !pairSaidOfCity(text, candidate.start, candidate.end, qualifier.candidate.end);
}

/**
 * "Wyoming, Delaware, held its fair", "Hidalgo, Chiapas": two regions of one country side by side are a
 * town and its state where the first names a town in the second and no list goes on before or after
 * ("Texas, Oklahoma and Kansas" stays a list).
 */
function townInRegionAfter(i: number, mentions: AcceptedMention[], text: string, gazetteer: Gazetteer, listGoesOn: boolean): boolean {
	if (listGoesOn || (i > 0 && listJoined(text, mentions[i - 1]!.candidate, mentions[i]!.candidate))) return false;
	const region = gazetteer.places[mentions[i + 1]!.candidate.places[0]!]!;
	if (!isFirstLevelRegion(region)) return false;
	return homonyms(mentions[i]!.candidate, gazetteer).some((place) => place.kind === 'city' && qualifies(place, region, gazetteer));
}

/** Some reading of the qualifier (a state, a country) holds one of the candidate's places. */
function anyReadingHolds(candidate: Candidate, qualifiers: GazetteerPlace[], gazetteer: Gazetteer): boolean {
	const places = homonyms(candidate, gazetteer);
	return qualifiers.some((region) => places.some((place) => qualifies(place, region, gazetteer)));
}

// "Elgin County in Texas": a county is in the state named after "in" (no event's place, as "Chelsea beat
// Liverpool in Canada" may be); where none of its namesakes is there, the gazetteer lacks it
const DIVISION_LAST_WORD = / (?:County|Parish|Borough|District)$/;

/** "X County in STATE" where no reading of X County lies in the state: better unmapped than a county elsewhere. */
function divisionInRegionElsewhere(i: number, mentions: AcceptedMention[], gap: string, gazetteer: Gazetteer): boolean {
	if (gap !== ' in ' || !DIVISION_LAST_WORD.test(mentions[i]!.surface)) return false;
	const region = gazetteer.places[mentions[i + 1]!.candidate.places[0]!];
	return region !== undefined && isFirstLevelRegion(region) && contradictsQualifier(mentions[i]!.candidate, region, gazetteer);
}

// "Miramar, on Panama's Caribbean coast", "Kakuma, in Kenya's north-west": a comma, a preposition of place and a
// country in the possessive say where the name lies, as "Miramar, Panama" does (qualifyInCountry takes only a
// country, and only a homonym there)
const POSSESSIVE_PLACE_GAP = /^, (?:on|in|off|near|along) $/;
// ... but not its edge: "Rafah, on Egypt's border" lies outside Egypt, beside it
const POSSESSIVE_AFTER = /^['’]s? (?!(?:\p{Ll}+ )?(?:border|borders|frontier|frontiers|boundary|doorstep|edge)\b)/u;

// (the possessive and the words after it that say whether it places the name: "'s southern border")
const POSSESSIVE_CHARS = 40;
// ... of which what it names is read from the first 20 ("'s eyes", "'s newly annexed territories")
const POSSESSED_CHARS = 20;

/** The text after a country's possessive that places the name before it ("Palma, in Mozambique's …"), or null. */
function countryPossessiveAfter(gap: string, next: AcceptedMention, text: string): string | null {
	if (gap.length > 8 || !POSSESSIVE_PLACE_GAP.test(gap)) return null;
	const after = text.slice(next.candidate.end, next.candidate.end + POSSESSIVE_CHARS);
	return POSSESSIVE_AFTER.test(after) ? after : null;
}

// what a country's view or telling is ("Kyiv, in Russia's eyes, …"), or land it holds by force or claim ("Mariupol,
// in Russia's newly annexed territories"): no country the name lies in by the gazetteer's codes
const HELD_LAND = String.raw`(?:\p{Ll}+ )?(?:annexed|occupied|seized|claimed)\b`;
const OPINION_AFTER = /^['’]s? (?:eyes|view|words|opinion|telling|account|version|reckoning)\b/u;
const HELD_LAND_AFTER = new RegExp(String.raw`^['’]s? ${HELD_LAND}`, 'u');

/**
 * "near Palma, in Mozambique's Cabo Delgado province": where that country holds none of the name's namesakes
 * (and none is a region or a land), the gazetteer lacks the place, as after "Palma, Mozambique": not Palma de
 * Mallorca. (A pair so written starts no list: a well-known city of the name abroad is no reading either.)
 */
function possessiveCountryHoldsNone(i: number, mentions: AcceptedMention[], possessed: string, heldLand: boolean, gazetteer: Gazetteer): boolean {
	const country = gazetteer.places[mentions[i + 1]!.candidate.places[0]!];
	if (country?.kind !== 'country' || heldLand || OPINION_AFTER.test(possessed)) return false;
	return contradictsQualifier(mentions[i]!.candidate, country, gazetteer, true) && !anyReadingHolds(mentions[i]!.candidate, [country], gazetteer);
}

/**
 * Resolves the mentions a qualifier settles (in place, in `results`, with the qualifier itself) and
 * returns the mentions whose qualifier holds none of their namesakes ("Gulfport, Illinois"): left unmapped.
 * `asQualifiers` receives the mentions that served as a qualifier ("Ohio" in "Columbus, Ohio").
 */
export function applyQualifiers(mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, text: string, gazetteer: Gazetteer, asQualifiers: Set<AcceptedMention> = new Set(), byRegion: Map<number, GazetteerPlace> = new Map()): Set<number> {
	// mentions whose qualifier holds none of their namesakes ("Gulfport, Illinois"): left unmapped
	const namedElsewhere = new Set<number>();
	// "Paris, Texas": a qualifier beats even a dominant namesake
	for (let i = 0; i < mentions.length - 1; i++) {
		const gap = text.slice(mentions[i]!.candidate.end, mentions[i + 1]!.candidate.start);
		// ("Salem Ore.": a state's word cut short qualifies without the comma, as the judge read it)
		const comma = /^\s*,\s*$/.test(gap) || cutShortAfterSpace(text, mentions[i]!.candidate, mentions[i + 1]!.candidate);
		if (!comma) {
			// "Ithaca, one of the Ionian Islands of Greece": an island's apposition names its group or country
			if (qualifyByIslandApposition(i, gap, mentions, results, reading, text, gazetteer)) continue;
			const afterPossessive = countryPossessiveAfter(gap, mentions[i + 1]!, text);
			if (afterPossessive !== null) {
				// what the country's possessive names ("'s eyes", "'s newly annexed territories")
				const possessed = afterPossessive.slice(0, POSSESSED_CHARS);
				const heldLand = HELD_LAND_AFTER.test(possessed);
				if (!qualifyInCountry(i, mentions, results, reading, text, gazetteer, asQualifiers, heldLand) && possessiveCountryHoldsNone(i, mentions, possessed, heldLand, gazetteer)) namedElsewhere.add(i);
				continue;
			}
			if (joinsInCountry(gap) && !qualifyInCountry(i, mentions, results, reading, text, gazetteer, asQualifiers) && (townOutsideContainer(i, mentions, results, text, gap, gazetteer) || divisionInRegionElsewhere(i, mentions, gap, gazetteer))) namedElsewhere.add(i);
			continue;
		}
		// "in Whitefield and Jefferson, American Legion posts led": a demonym is a word of a people or an
		// organisation's name, never the place a name before it lies in
		if (mentions[i + 1]!.candidate.via === 'demonym') continue;
		// not where the country goes on into a list ("offices in Georgia, the United States and Russia")
		const listGoesOn = mentions[i + 2] !== undefined && listJoined(text, mentions[i + 1]!.candidate, mentions[i + 2]!.candidate);
		const state = listGoesOn ? null : containerInCountry(mentions[i]!, mentions[i + 1]!, gazetteer);
		const province = state ?? (listGoesOn ? null : regionBeforeCountry(mentions[i]!, mentions[i + 1]!, gazetteer));
		if (province && ((state && i > 0 && reading.describedInMentions(i - 1).includes(i)) || regionNotCity(mentions[i]!, mentions[i + 1]!, province.region, text, gazetteer))) {
			results[i] = resolution(mentions[i]!, province.region, 0.95, ['qualified']);
			results[i + 1] = resolution(mentions[i + 1]!, province.country, 0.9, ['qualified']);
			asQualifiers.add(mentions[i + 1]!);
			continue;
		}
		if (reading.isListPair(i) && !townInRegionAfter(i, mentions, text, gazetteer, listGoesOn)) continue;
		// the qualifier's own reading first, then its homonyms: "Atlanta, Georgia" is the US state
		const anchored = results[i + 1]?.place;
		const qualifier = mentions[i + 1]!;
		// "stops in Washington, New York and Boston" is a list of cities, not a town in New York State
		const after = mentions[i + 2];
		const inList = after !== undefined && listJoined(text, qualifier.candidate, after.candidate) && gazetteer.places[after.candidate.places[0]!]!.kind === 'city';
		const states = inList ? [] : stateReadings(qualifier.key, gazetteer);
		const qualifiers = [...(anchored ? [anchored] : []), ...homonyms(qualifier.candidate, gazetteer), ...states];
		// "Nairobi, Uganda and Tanzania", "Saipan, Guam, Alaska": the qualifier goes on into a list
		const listAfter = after !== undefined && listJoined(text, qualifier.candidate, after.candidate);
		// contradicted only where no reading of the qualifier holds a namesake: "Decatur, Georgia" has none
		// in the country and one in the state
		const alone = !listAfter && pairStandsAlone(text, mentions[i]!.candidate.start, qualifier.candidate.end);
		// "Malta, N.Y.": a state's abbreviation qualifies only a town
		const abbreviated = qualifier.candidate.via === 'abbreviation' && qualifiers[0] !== undefined && isFirstLevelRegion(qualifiers[0]);
		if (!listAfter && contradictsQualifier(mentions[i]!.candidate, qualifiers[0], gazetteer, alone, abbreviated) && !anyReadingHolds(mentions[i]!.candidate, qualifiers, gazetteer) && !qualifierBeforeNoun(text, qualifier.candidate.end, gazetteer)) {
			namedElsewhere.add(i);
			continue;
		}
		// "Delaware County, New York, United States": a qualifier read already keeps its reading
		const earlier = results[i]?.reasons.includes('qualified') ? results[i]!.place : null;
		const qualified = earlier ? { places: [earlier], alternateNames: new Set<GazetteerPlace>() } : reading.homonymsOf(i);
		for (const region of qualifiers) {
			// a town's own name before another town's old or foreign one: "Washington, Virginia" is not Tappahannock
			const inside = qualified.places.filter((p) => qualifies(p, region, gazetteer));
			// ... and where none of the homonyms weighed lies in it, any bearer of the name that does
			const place = inside.find((p) => !qualified.alternateNames.has(p) || ownNameWithCityWord(p, mentions[i]!.key)) ?? inside[0] ?? (earlier ? null : bearerInArea(mentions[i]!.key, region, gazetteer));
			if (!place) continue;
			results[i] = resolution(mentions[i]!, place, 0.95, ['qualified']);
			if (!earlier && isFirstLevelRegion(region)) byRegion.set(i, region);
			if (results[i + 1]?.place !== region) results[i + 1] = resolution(qualifier, region, 0.9, ['qualified']);
			asQualifiers.add(qualifier);
			break;
		}
	}
	// "Washington, IL", "Salem, Ind.": a US state's code after the comma qualifies like the state's name;
	// "Riverside, WY 82325", "springfield,  81073": a ZIP code after the name places the town in its area
	const lowerCaseText = computedOnce(() => !/\p{Lu}/u.test(text));
	const ordinaryWord = ordinaryWordTest(gazetteer);
	for (let i = 0; i < mentions.length; i++) {
		if (results[i]?.reasons.includes('qualified')) continue;
		const { end } = mentions[i]!.candidate;
		const state = stateCodeAfter(text, end, lowerCaseText, ordinaryWord);
		const zip = state ? null : zipAfter(text, end);
		if (!state && !zip) continue;
		const fits = state ? (p: GazetteerPlace) => p.country === 'US' && p.admin1 === state.code && p.kind !== 'region' : (p: GazetteerPlace) => inZipArea(p, zip!, gazetteer);
		const place = firstFitting(mentions[i]!.candidate, gazetteer, fits);
		const region = state ? gazetteer.byId.get(stateId(state.code)) : undefined;
		if (!place) {
			if (region !== undefined && contradictsQualifier(mentions[i]!.candidate, gazetteer.places[region], gazetteer, false, true)) namedElsewhere.add(i);
			continue;
		}
		results[i] = resolution(mentions[i]!, place, 0.95, ['qualified']);
		if (region !== undefined) byRegion.set(i, gazetteer.places[region]!);
		// "Columbia, Mo.": the code read as a name of its own ("Mo", Norway) is the state
		const next = mentions[i + 1];
		if (state && next && region !== undefined && next.candidate.start < state.end) {
			results[i + 1] = resolution(next, gazetteer.places[region]!, 0.9, ['qualified']);
			asQualifiers.add(next);
		}
	}
	return namedElsewhere;
}

/**
 * "Georgetown, Ga." in a story from Eufaula, Ala.: a town its state qualified is, of that state's towns of
 * its name, the one the text's other names lie near (read once every pair of the text is settled, so that
 * "Decatur, Ill." speaks only for Illinois), where the most important one has none near and is no large city.
 */
export function nearerBearers(byRegion: ReadonlyMap<number, GazetteerPlace>, results: (Resolution | null)[], gazetteer: Gazetteer, names: () => MentionContext, settled: Map<string, GazetteerPlace>): void {
	for (const [i, region] of byRegion) {
		const result = results[i];
		if (!result || result.place.kind !== 'city') continue;
		const { key } = result.mention;
		const near = bearerNearNames(key, region, gazetteer, (place) => names().namesNear(place, key));
		if (!near || near === result.place) continue;
		results[i] = resolution(result.mention, near, result.score, result.reasons);
		if (settled.get(key) === result.place) settled.set(key, near);
	}
}

/**
 * The mentions to leave unmapped for a qualifier that holds none of their namesakes (`namedElsewhere`):
 * those and, one sense per discourse, every other mention of the same name no qualifier placed
 * ("MALTA, N.Y. — … Malta officials said": the town the gazetteer lacks, not the country).
 */
export function unmappedWithTheirName(namedElsewhere: Set<number>, results: Resolution[]): number[] {
	if (namedElsewhere.size === 0) return [];
	const keys = new Set<string>();
	for (const i of namedElsewhere) if (!results[i]!.reasons.includes('qualified')) keys.add(results[i]!.mention.key);
	const unmapped: number[] = [];
	for (let i = 0; i < results.length; i++) {
		if (keys.has(results[i]!.mention.key) && !results[i]!.reasons.includes('qualified')) unmapped.push(i);
	}
	return unmapped;
}
