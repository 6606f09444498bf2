// "The Lebanon City Council … Laclede County … Waynesville": local news names towns that share a
// country's name (Lebanon, Mexico and Peru in the US; Poland in Ohio). A country's name is taken for the
// country without looking around (resolve.ts anchorOf); here the town wins back where the other names of
// the text sit around it and nothing in the text speaks of that country or of any other abroad.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { kilometres } from './qualifies.ts';
import type { MentionContext } from './mention-context.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';
import { inDatelineRegion, type DatelineRegion } from './dateline-region.ts';
import { resolution } from './resolution.ts';
import { residenceAfterPersonsName } from './person-of-place.ts';
import type { Token } from './tokens.ts';

// different other names of the text within 50 km of the town (or naming a region or county it lies in):
// a neighbourhood, not a coincidence
const NAMES_AROUND = 2;
// another country's name whose own town (itself with names around it) lies this close is a town of the same
// neighbourhood: a rural county or two across ("Peru … Denmark", Oxford County, Maine: 68 km apart)
const FELLOW_KM = 100;

/** A name of the text with its first reading: each distinct pair once, however often the text repeats it. */
interface NameReading {
	key: string;
	first: GazetteerPlace;
	/** the name has no other reading */
	only: boolean;
}

/** The text's names with their first readings, once each: a long text repeats its names, and every town weighed reads them all. */
function distinctReadings(mentions: readonly AcceptedMention[], gazetteer: Gazetteer): NameReading[] {
	const readings: NameReading[] = [];
	// by name, its readings so far (one or two: a joined key string for each mention cost more than the rest)
	const byKey = new Map<string, NameReading[]>();
	for (const mention of mentions) {
		if (mention.usage === 'embedded') continue;
		const key = mention.key;
		const first = bestReading(mention, gazetteer);
		const only = mention.candidate.places.length === 1;
		let ofKey = byKey.get(key);
		if (!ofKey) byKey.set(key, (ofKey = []));
		if (ofKey.some((r) => r.first.id === first.id && r.only === only)) continue;
		const reading = { key, first, only };
		ofKey.push(reading);
		readings.push(reading);
	}
	return readings;
}

/** The towns that replace a country's reading of a mention, by mention index. */
export function townsNamedLikeCountries(
	results: readonly (Resolution | null)[],
	mentions: readonly AcceptedMention[],
	gazetteer: Gazetteer,
	names: () => MentionContext,
	tokens: readonly Token[],
	dateline: DatelineRegion | null = null
): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	let readings: NameReading[] | null = null;
	// every mention of one name weighs the same towns against the same text: first the town each country's
	// name has among the text's names, then whether the text speaks of abroad (fellows aside)
	const townByName = new Map<string, GazetteerPlace | null>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i];
		if (!result || result.place.kind !== 'country' || !result.reasons.includes('feature-type')) continue;
		const own = mentions[i]!.key;
		if (townByName.has(own)) continue;
		readings ??= distinctReadings(mentions, gazetteer);
		townByName.set(own, townAround(mentions[i]!, own, readings, gazetteer, names, dateline, false));
	}
	if (!readings) return found;
	const abroadByName = new Map<string, boolean>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i];
		if (!result || result.place.kind !== 'country' || !result.reasons.includes('feature-type')) continue;
		const mention = mentions[i]!;
		const own = mention.key;
		let town = townByName.get(own) ?? null;
		if (town) {
			let abroad = abroadByName.get(own);
			if (abroad === undefined) abroadByName.set(own, (abroad = speaksOfAbroad(readings, own, result.place, town, townByName)));
			if (abroad) town = null;
		}
		// (a residence speaks for its own mention: "Jane Roe of Lebanon" beside one neighbour)
		if (!town && residenceAfterPersonsName(mention.candidate, tokens, gazetteer)) {
			const near = townAround(mention, own, readings, gazetteer, names, dateline, true);
			town = near && !speaksOfAbroad(readings, own, result.place, near, townByName) ? near : null;
		}
		if (town) found.set(i, resolution(mention, town, 0.8, ['nearby-context']));
	}
	return found;
}

/** The town of a country's name the text's other names sit around (whether the text speaks of abroad is asked apart). */
function townAround(
	mention: AcceptedMention,
	own: string,
	readings: readonly NameReading[],
	gazetteer: Gazetteer,
	names: () => MentionContext,
	dateline: DatelineRegion | null,
	residence: boolean
): GazetteerPlace | null {
	let town: GazetteerPlace | null = null;
	let around = NAMES_AROUND - 1 - (residence ? 1 : 0);
	const { places, alternate } = mention.candidate;
	for (let k = 0; k < places.length; k++) {
		const place = gazetteer.places[places[k]!]!;
		if (alternate[k] || place.kind !== 'city') continue;
		// "SPRINGFIELD, Ohio — … held off Lebanon": the dateline's state counts as a name around its towns
		// (a residence's town needs a name within 100 km, a rural county or two across: one neighbour is enough)
		const near = (residence ? names().namesAround(place, own) : names().namesNear(place, own)) + (inNamedDivision(readings, own, place, gazetteer) ? 1 : 0) + (dateline && inDatelineRegion(place, dateline) ? 1 : 0);
		if (near > around) [town, around] = [place, near];
	}
	return town;
}

/**
 * "Córdoba is a town in the department of Quindío, Colombia. It lies south of Armenia": whether another
 * name of the text reads only as a region or county the town lies in (one of the names around it).
 */
function inNamedDivision(readings: readonly NameReading[], own: string, town: GazetteerPlace, gazetteer: Gazetteer): boolean {
	for (const { key, first, only } of readings) {
		if (!only || key === own) continue;
		if ((isFirstLevelRegion(first) || first.kind === 'district') && liesIn(town, first, gazetteer)) return true;
	}
	return false;
}

/**
 * Whether another name of the text reads first as the country, as a place in it, or as a country other than the
 * town's. "a woods fire between Denmark and Bamberg … a car fire near Norway": another country's name whose own
 * town lies beside this one (FELLOW_KM) is a fellow town of the same neighbourhood, not talk of abroad; each
 * would otherwise hold the other abroad.
 */
function speaksOfAbroad(readings: readonly NameReading[], own: string, country: GazetteerPlace, town: GazetteerPlace, townByName: ReadonlyMap<string, GazetteerPlace | null>): boolean {
	for (const { key, first } of readings) {
		if (key === own) continue;
		if (first.country === country.country) return true;
		if (first.kind !== 'country' || first.country === town.country) continue;
		const fellow = townByName.get(key);
		if (!fellow || kilometres(fellow, town) > FELLOW_KM) return true;
	}
	return false;
}
