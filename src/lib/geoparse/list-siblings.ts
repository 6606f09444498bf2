// "Clinton, Camanche, Lyons, Maquoketa and DeWitt": the towns of a list lie together, and say where
// an item whose size alone would put it abroad lies.
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';

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
		if (sibling.admin1) regions.add(`${country}:${sibling.admin1}`);
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
