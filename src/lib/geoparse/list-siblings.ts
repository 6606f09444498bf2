// "Clinton, Camanche, Lyons, Maquoketa and DeWitt": the towns of a list lie together, and say where
// an item whose size alone would put it abroad lies.
import type { DocumentReading, Homonyms } from './read-document.ts';
import { recurrence } from './recurrence.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { mapPacked } from './packed.ts';
import { admin1Key } from './region-key.ts';

// items of a list that lie in one country and say where the rest of the list is
const LIST_SIBLINGS = 2;

export interface ListSiblings {
	country: string;
	/** the siblings' first-level regions, by "country:admin1" */
	regions: Set<string>;
}

/** The country the other towns of the mention's list (as resolved so far) lie in together, if they do. */
export function listSiblings(i: number, results: (Resolution | null)[], reading: DocumentReading): ListSiblings | null {
	let country: string | null = null;
	const regions = new Set<string>();
	let siblings = 0;
	for (const j of reading.listNeighbours(i)) {
		const sibling = results[j]?.place;
		if (!sibling || sibling.kind !== 'city' || !sibling.country) continue;
		if (country !== null && sibling.country !== country) return null;
		country = sibling.country;
		if (sibling.admin1) regions.add(admin1Key(country, sibling.admin1));
		siblings++;
	}
	return siblings >= LIST_SIBLINGS && country !== null ? { country, regions } : null;
}

/**
 * "Clinton, Camanche, Lyons, Maquoketa and DeWitt": a town whose size alone chose a namesake abroad
 * (Lyon, France) while the other towns of its list lie together in one country is left to the context.
 */
export function abroadFromItsList(i: number, results: (Resolution | null)[], reading: DocumentReading): boolean {
	const place = results[i]!.place;
	if (place.kind !== 'city') return false;
	const siblings = listSiblings(i, results, reading);
	return siblings !== null && siblings.country !== place.country;
}

// "Salem, Pekin and Fredericksburg": when the list's other towns were resolved only after an item that
// its size alone put abroad under an old or foreign name (Beijing, once called Pekin), the item is a
// town of the list's country, where one bears the name as its own; so is the name where it recurs bare
export function reconsiderAbroadListItems(
	mentions: AcceptedMention[],
	results: Resolution[],
	reading: DocumentReading,
	resolveAmong: (i: number, homonyms: Homonyms, siblings: ListSiblings) => Resolution
): void {
	for (let i = 0; i < mentions.length; i++) {
		const first = results[i]!;
		if (!first.reasons.every((r) => r === 'population') || !abroadFromItsList(i, results, reading)) continue;
		const homonyms = reading.homonymsOf(i);
		const siblings = listSiblings(i, results, reading)!;
		if (!homonyms.alternateNames.has(first.place)) continue;
		const keep = homonyms.places.flatMap((place, k) => (place.country === siblings.country ? [k] : []));
		if (!keep.some((k) => !homonyms.alternateNames.has(homonyms.places[k]!))) continue;
		const inCountry = mapPacked(keep, (k) => homonyms.places[k]!);
		const own: Homonyms = { places: inCountry, importance: mapPacked(keep, (k) => homonyms.importance[k]!), alternateNames: new Set(inCountry.filter((place) => homonyms.alternateNames.has(place))) };
		const again = resolveAmong(i, own, siblings);
		results[i] = again;
		const key = mentions[i]!.key;
		for (let j = i + 1; j < mentions.length; j++) {
			const later = results[j]!;
			if (later.place === first.place && later.reasons[0] === 'same-name-earlier' && mentions[j]!.key === key) results[j] = recurrence(again, mentions[j]!);
		}
	}
}
