// "Balangiga … in the province of Eastern Samar … the army laid waste to Samar": a region the text names by a
// compass word and a land's name ("Eastern Samar", "Southern Leyte", "East Sussex", "South Holland") is a part of
// that land, so the land's bare name in the same text is the land beside the region. A town that name alone chose
// far from the region (Samara, Russia, by an alternate name) is no part of it: better no dot than one abroad.
import { nameKey } from '../gazetteer/normalize.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

const COMPASS_THEN_LAND = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)\s+(\S.*)$/;
// a land is no wider than this around a region that is a part of it
const LAND_KM = 500;

/** Indices of the towns read for a compass-named region's land far from that region. */
export function landsOfCompassRegions(results: readonly Resolution[]): number[] {
	const regions = new Map<string, Resolution>();
	for (const result of results) {
		// (a region the text's words placed, not one its name alone chose: "North Lebanon Township police" is no
		// reading of Lebanon's North Governorate to judge the dateline's Lebanon by)
		if ((result.place.kind !== 'region' && result.place.kind !== 'district') || restsOn(result.reasons, NAME_ALONE)) continue;
		const land = COMPASS_THEN_LAND.exec(result.mention.surface)?.[1];
		if (land) regions.set(nameKey(land), result);
	}
	if (regions.size === 0) return [];
	const found: number[] = [];
	for (let i = 0; i < results.length; i++) {
		const { place, mention, reasons } = results[i]!;
		if (place.kind !== 'city' || !restsOn(reasons, NAME_ALONE)) continue;
		const region = regions.get(nameKey(mention.surface));
		if (region && kilometres(place, region.place) > LAND_KM) found.push(i);
	}
	return found;
}
