import type { ResolutionReason } from '../contracts.ts';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { admin1Key } from './region-key.ts';
import type { AcceptedMention } from './resolve.ts';

/**
 * "Its neighbouring communes are Saint-Rémy-de-Provence and Orgon": a town taken by its size alone, so far
 * ahead of its namesakes (Orgon's Mongolian hamlets) that no context was weighed, in a first-level region
 * where another of the text's places lies, stands as the only bearer of its name would. (Its country alone
 * is too little: "born in Lima, Ohio, to Harold and Ruth (Keller) Hughes" is no town in Texas.)
 */
export function outweighsNamesakesAtHome(mention: AcceptedMention, place: GazetteerPlace, reasons: ResolutionReason[], placesByRegion: () => Map<string, Set<GazetteerPlace>>): boolean {
	if (mention.usage === 'embedded' || place.kind !== 'city' || !place.country || !place.admin1 || reasons.length !== 1 || reasons[0] !== 'population') return false;
	// (the name's own recurrences are no other place: "Bains and Grants Town" said four times)
	return (placesByRegion().get(admin1Key(place.country, place.admin1))?.size ?? 0) >= 2;
}
