// "The Lebanon City Council … Laclede County … Waynesville": local news names towns that share a
// country's name (Lebanon, Mexico and Peru in the US; Poland in Ohio). A country's name is taken for the
// country without looking around (resolve.ts anchorOf); here the town wins back where the other names of
// the text sit around it and nothing in the text speaks of that country or of any other abroad.
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './document-cues.ts';
import type { MentionContext } from './mention-context.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// different other names of the text within 50 km of the town (or naming a region or county it lies in):
// a neighbourhood, not a coincidence
const NAMES_AROUND = 2;

/** The towns that replace a country's reading of a mention, by mention index. */
export function townsNamedLikeCountries(results: readonly (Resolution | null)[], mentions: readonly AcceptedMention[], gazetteer: Gazetteer, names: () => MentionContext): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i];
		if (!result || result.place.kind !== 'country' || !result.reasons.includes('feature-type')) continue;
		const mention = mentions[i]!;
		const own = nameKey(mention.surface);
		let town: GazetteerPlace | null = null;
		let around = NAMES_AROUND - 1;
		const { places, alternate } = mention.candidate;
		for (let k = 0; k < places.length; k++) {
			const place = gazetteer.places[places[k]!]!;
			if (alternate[k] || place.kind !== 'city') continue;
			const near = names().namesNear(place, own) + (inNamedDivision(mentions, gazetteer, own, place) ? 1 : 0);
			if (near > around) [town, around] = [place, near];
		}
		if (town && !speaksOfAbroad(mentions, gazetteer, own, result.place, town)) found.set(i, { mention, place: town, score: 0.8, reasons: ['nearby-context'] });
	}
	return found;
}

/**
 * "Córdoba is a town in the department of Quindío, Colombia. It lies south of Armenia": whether another
 * name of the text reads only as a region or county the town lies in (one of the names around it).
 */
function inNamedDivision(mentions: readonly AcceptedMention[], gazetteer: Gazetteer, own: string, town: GazetteerPlace): boolean {
	for (const mention of mentions) {
		if (mention.usage === 'embedded' || mention.candidate.places.length !== 1 || nameKey(mention.surface) === own) continue;
		const division = bestReading(mention, gazetteer);
		if ((isFirstLevelRegion(division) || division.kind === 'district') && liesIn(town, division, gazetteer)) return true;
	}
	return false;
}

/** Whether another name of the text reads first as the country, as a place in it, or as a country other than the town's. */
function speaksOfAbroad(mentions: readonly AcceptedMention[], gazetteer: Gazetteer, own: string, country: GazetteerPlace, town: GazetteerPlace): boolean {
	for (const mention of mentions) {
		if (mention.usage === 'embedded' || nameKey(mention.surface) === own) continue;
		const first = bestReading(mention, gazetteer);
		if (first.country === country.country) return true;
		if (first.kind === 'country' && first.country !== town.country) return true;
	}
	return false;
}
