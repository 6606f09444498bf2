// Rivers, mountains, islands and lands known by name (Patagonia, New England): places whose importance
// in the gazetteer is their fame, not a number of people (data/gazetteer/features.tsv).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { MentionContext } from './mention-context.ts';
import { admin1Key } from './region-key.ts';

// a region that is a land, not a division (known-abroad.ts reads the same codes)
const LAND_CODES = new Set(['RGN', 'RGNH']);

/** A river, lake or sea, a mountain, island or other landform, or a land known by name: never a town. */
export function isFeatureOrLand(place: Pick<GazetteerPlace, 'kind' | 'featureCode'>): boolean {
	return place.kind === 'water' || place.kind === 'landform' || (place.kind === 'region' && LAND_CODES.has(place.featureCode));
}

/**
 * "Ararat, in western Victoria between Ballarat and Horsham", "Thames and Coromandel in the Waikato": whether a
 * namesake of a feature that is dominant by its fame lies where the text is, with other names of the text
 * around it (within 100 km: rural towns lie farther apart than neighbours) or in a first-level region the text
 * names plainly ("US:OH", named-regions.ts).
 */
export function namesakeWhereTextIs(place: GazetteerPlace, own: string, names: MentionContext, namedRegions: ReadonlySet<string>): boolean {
	if (place.kind === 'city' && place.country && place.admin1 && namedRegions.has(admin1Key(place.country, place.admin1))) return true;
	return names.namesAround(place, own) > 0;
}
