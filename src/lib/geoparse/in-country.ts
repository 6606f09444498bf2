// "Polio cases rose in Punjab province in Pakistan", "rain fell on Córdoba in Argentina": a country
// right after the name, joined by "in" (after a lower-case division word or not), places the name in it
// as "Punjab, Pakistan" does, whatever country the text named before. Only a country qualifies so
// ("Georgia in Europe" is left to the context), and only straight after the name: "Punjab sold rice in
// Pakistan" is no qualifier. A country's own name is never placed in another ("Spain beat Brazil in Qatar"),
// and only the homonyms weighed are looked at, not every bearer of the name as after a comma: "in" also
// says where a thing happened ("Chelsea beat Liverpool in Canada").
// "Huron County in the U.S. state of Michigan", "Norfolk County in the Canadian province of Ontario" (as
// Wikipedia leads say it): a first-level region of that country named right after it with "state of"
// qualifies instead, as "Huron County, Michigan" does; the country alone would pick the likelier namesake.
import { isCapital, isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { besideContainer } from './beside-container.ts';
import { stateReadings } from './state-readings.ts';
import { qualifies, regionCodeShared } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';

const IN_COUNTRY_GAP = /^ (?:(?:province|state|region|district|county|governorate|oblast|department|prefecture) )?in (?:the )?$/;
const REGION_OF_COUNTRY_GAP = /^ (?:state|province|territory|region) of $/;

/** The text between a name and the next ("in", "province in", "in the"): cheap to ask first, by its length. */
export function joinsInCountry(gap: string): boolean {
	return gap.length >= 4 && gap.length <= 26 && IN_COUNTRY_GAP.test(gap);
}

/** The first-level region of `country` that mention i + 2 names right after it ("the U.S. state of Michigan"), if any. */
function regionNamedAfter(i: number, mentions: AcceptedMention[], text: string, country: GazetteerPlace, gazetteer: Gazetteer): GazetteerPlace | null {
	const next = mentions[i + 2];
	if (!next) return null;
	const gap = text.slice(mentions[i + 1]!.candidate.end, next.candidate.start);
	if (gap.length > 14 || !REGION_OF_COUNTRY_GAP.test(gap)) return null;
	const readings = [...next.candidate.places.slice(0, 8).map((k) => gazetteer.places[k]!), ...stateReadings(next.key, gazetteer)];
	return readings.find((place) => isFirstLevelRegion(place) && place.country === country.country) ?? null;
}

/**
 * Resolves mention i to its homonym in the country mention i + 1 names (or in the region named after it), where there
 * is one; true when it did. `heldLand`: the pair names land the country holds by force or claim ("Donetsk, in Russia's
 * newly annexed territories"), which lies beside the country, not in it: only a town beside it is meant.
 */
export function qualifyInCountry(i: number, mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, text: string, gazetteer: Gazetteer, asQualifiers: Set<AcceptedMention>, heldLand = false): boolean {
	const qualifier = mentions[i + 1]!;
	const country = results[i + 1]?.place ?? gazetteer.places[qualifier.candidate.places[0]!];
	if (country?.kind !== 'country') return false;
	const named = mentions[i]!.candidate;
	if (gazetteer.places[named.places[0]!]?.kind === 'country') return false;
	const region = regionNamedAfter(i, mentions, text, country, gazetteer);
	const homonyms = reading.homonymsOf(i);
	const inside = heldLand ? [] : homonyms.places.filter((place) => qualifies(place, region ?? country, gazetteer));
	const place: GazetteerPlace | null = inside.find((p) => !homonyms.alternateNames.has(p)) ?? inside[0] ?? (region ? null : townBesideCountry(homonyms, country, gazetteer, heldLand ? HELD_LAND_REACH_KM : undefined));
	if (!place) return false;
	results[i] = resolution(mentions[i]!, place, 0.95, ['qualified']);
	if (results[i + 1]?.place !== country) results[i + 1] = resolution(qualifier, country, 0.9, ['qualified']);
	asQualifiers.add(qualifier);
	if (region) {
		results[i + 2] = resolution(mentions[i + 2]!, region, 0.9, ['qualified']);
		asQualifiers.add(mentions[i + 2]!);
	}
	return true;
}

// land held by force or claim reaches deep beyond the holder's own towns (Donetsk lies 90 km from Russia's nearest)
const HELD_LAND_REACH_KM = 400;

/**
 * "Bethlehem in Israel", "Jenin in Israel": where the country holds none of the name's towns, the one that
 * lies beside its towns (in a territory it borders, occupies or disputes, coded for another country) is
 * meant, not a bigger namesake an ocean away that bears the name in another language (Belém). The dearest
 * test (a geographic index of the country's towns), asked only where no homonym lies inside.
 */
function townBesideCountry(homonyms: { places: readonly GazetteerPlace[]; alternateNames: ReadonlySet<GazetteerPlace> }, country: GazetteerPlace, gazetteer: Gazetteer, reachKm?: number): GazetteerPlace | null {
	const { places, alternateNames } = homonyms;
	for (const place of places) {
		// a town known by the name only as an old one, unless it is the likeliest anyway ("Königsberg in Germany"
		// is Kaliningrad, not the Polish border town once called so; "Jenin" is Janīn's)
		if (alternateNames.has(place) && place !== places[0]) continue;
		if (place.kind === 'city' && place.country !== country.country && besideContainer(place, country, gazetteer, reachKm)) return place;
	}
	return null;
}

// only "in" (or "in the") straight between the two names: "Toyota in North Carolina"
const IN_GAP = /^ in (?:the )?$/;
// "an icon of Seraphim of Sarov in France": after "of" the name completes a phrase that "in" places as a whole
const OF_BEFORE = /\bof\s+$/;

/**
 * "announcements by Toyota in North Carolina", "Chelsea beat Liverpool in Canada": a town's name straight
 * before "in" and a country or a US-style coded first-level region (any reading of it: "Athens in
 * Georgia") that holds none of the towns of that name is no town here (a firm, a team, or a small place
 * the gazetteer lacks), better unmapped than put on a namesake elsewhere. A capital may stand for its
 * government anywhere ("Moscow in Syria"); a name with a reading other than a town ("Georgia in Europe")
 * is left alone, and so is a region whose towns carry other codes (English counties: "Scunthorpe in
 * Lincolnshire" lies in North Lincolnshire), a name that is the likeliest place's old or foreign name
 * ("Danzig in Germany"), and a namesake inside or beside the container's towns ("Hebron in Israel").
 */
export function townOutsideContainer(i: number, mentions: AcceptedMention[], results: (Resolution | null)[], text: string, gap: string, gazetteer: Gazetteer): boolean {
	if (!IN_GAP.test(gap)) return false;
	const named = mentions[i]!.candidate;
	const qualifier = mentions[i + 1]!;
	const container = results[i + 1]?.place ?? gazetteer.places[qualifier.candidate.places[0]!];
	if (named.via !== 'name' || named.places.length === 0 || !container || (container.kind !== 'country' && !regionCodeShared(container, gazetteer))) return false;
	if (OF_BEFORE.test(text.slice(Math.max(0, named.start - 4), named.start))) return false;
	// an old or foreign name ("Breslau in Germany", "Lemberg in Austria"): history puts the town in a state it is no longer in
	if (named.alternate[0]) return false;
	const containers = [container, ...qualifier.candidate.places.map((k) => gazetteer.places[k]!), ...stateReadings(qualifier.key, gazetteer)];
	for (const k of named.places) {
		const place = gazetteer.places[k]!;
		if (place.kind !== 'city' || isCapital(place)) return false;
		if (containers.some((area) => (area.kind === 'country' || isFirstLevelRegion(area)) && qualifies(place, area, gazetteer))) return false;
	}
	// checked last, as the dearest test (a geographic index of every town, built on first need)
	if (named.places.some((k) => besideContainer(gazetteer.places[k]!, container, gazetteer))) return false;
	return true;
}
