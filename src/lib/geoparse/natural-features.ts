// Rivers, mountains, islands and lands known by name (Patagonia, New England): places whose importance
// in the gazetteer is their fame, not a number of people (data/gazetteer/features.tsv).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { MentionContext } from './mention-context.ts';
import { townInNamedRegion } from './region-key.ts';

// a region that is a land, not a division
const LAND_CODES = new Set(['RGN', 'RGNH']);

/** A region known by name that is no division (Siberia, Bohemia, Patagonia). */
export function isLand(place: Pick<GazetteerPlace, 'kind' | 'featureCode'>): boolean {
	return place.kind === 'region' && LAND_CODES.has(place.featureCode);
}

// the importance (features.tsv) of the oceans, the continents and the world's great regions: "the Atlantic" in a
// North Carolina story is the ocean, though a town of the name lies in the state the text names
export const KNOWN_TO_ALL = 300_000_000;
// ... and of the seas, great rivers and ranges known the world over too: no town's county outweighs them
export const WORLD_FAMOUS = 100_000_000;

// words before a name that make it what is spoken of or where people go or come from, not where the text is:
// "an exhibit on Etna", "refugees from Darfur", "fishing off Newfoundland"
export const TOPIC_OR_WAY = new Set(['on', 'to', 'from', 'about', 'off', 'for', 'across', 'over', 'up', 'into']);

// words before a name that make it a mountain, a sea or a land seen or crossed: "the sunrise over Ararat", "a hike up Etna"
const LANDSCAPE_WORDS = new Set(['over', 'up', 'across', 'off', 'beyond', 'atop', 'climbed', 'climb', 'see', 'saw']);
const NAMES_AROUND = 2;

/** A river, lake or sea, a mountain, island or other landform, or a land known by name: never a town. */
export function isFeatureOrLand(place: Pick<GazetteerPlace, 'kind' | 'featureCode'>): boolean {
	return place.kind === 'water' || place.kind === 'landform' || isLand(place);
}

/**
 * "Ararat, in western Victoria between Ballarat and Horsham", "Thames and Coromandel in the Waikato": whether a
 * namesake of a feature that is dominant by its fame lies where the text is, with other names of the text
 * around it (within 100 km: rural towns lie farther apart than neighbours) or in a first-level region the text
 * names plainly ("US:OH", named-regions.ts) unless the name is a topic or a way ("an exhibit on Etna", "back from
 * Darfur": a state named in passing says nothing of it).
 */
export function namesakeWhereTextIs(place: GazetteerPlace, own: string, names: MentionContext, namedRegions: ReadonlySet<string>, wordBefore: string | undefined): boolean {
	if (!TOPIC_OR_WAY.has(wordBefore ?? '') && townInNamedRegion(place, namedRegions)) return true;
	// (two names around it, not one that may be the feature's own neighbour: "Residents of Yerevan watched the sunrise
	// over Ararat"; and not after a word of the landscape: "over", "up", "across")
	return !LANDSCAPE_WORDS.has(wordBefore ?? '') && names.namesAround(place, own) >= NAMES_AROUND;
}

/**
 * Whether a namesake town of known size lies in one of these counties: a feature's name in "the X fire in Y County"
 * is the town's only where the county has a town of the name, not a post office alone ("Java coffee sold in
 * Walworth County": the county's Java is known only from its ZIP code).
 */
export function sizedTownIn(places: readonly GazetteerPlace[], counties: readonly GazetteerPlace[]): boolean {
	return places.some((town) => town.kind === 'city' && town.population > 0 && counties.some((county) => county.country === town.country && county.admin1 === town.admin1 && county.admin2 != null && county.admin2 === town.admin2));
}
