// "Oberlin, Kinder and Oakdale will share a shelter", "Marion, Herrin and Benton": a list of a county's towns
// written bare, where some items are also words or first names. No item is placed by a preposition, so the
// reading of a list whose other items are placed (place-readings.ts) does not reach them; but the towns lie
// together, and a word's or a first name's town lying among its list's other towns is that town. An item is
// read so where one of its own towns lies within CLUSTER_KM of some town of two other items of its list
// (different names), one of them kept by the recogniser as a small place on its own (not a well-known name, not an
// item read so by a list). Lists of people or words ("Grant, Sherman and Lee", "Washington, Jefferson, Madison and
// Monroe") have no town of the three lying together, or no small place kept on its own.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { liesWithin } from './qualifies.ts';

// the towns of one list lie this close to one another
const CLUSTER_KM = 50;
// other items (different names) whose towns lie around the item's town
const CLUSTERED_ITEMS = 2;

/**
 * Whether one of the candidate's own towns lies within CLUSTER_KM of a town of CLUSTERED_ITEMS other items
 * of its list, one of them kept as a place. `counts`: an item that may be a town (kept as a place, or set aside
 * for its word alone); `kept`: an item the recogniser kept as a small place on its own.
 */
export function amongListedTowns(candidate: Candidate, items: readonly Candidate[], text: string, gazetteer: Gazetteer, counts: (item: Candidate) => boolean, kept: (item: Candidate) => boolean): boolean {
	if (!items.some(kept)) return false;
	const own = candidateKey(text, candidate);
	const { places } = gazetteer;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = places[candidate.places[k]!]!;
		if (candidate.alternate[k] || place.kind !== 'city') continue;
		const near = new Set<string>();
		let keptNear = false;
		for (const item of items) {
			if (!counts(item)) continue;
			const key = candidateKey(text, item);
			if (key === own || !item.places.some((j) => beside(places[j]!, place))) continue;
			near.add(key);
			keptNear ||= kept(item);
		}
		if (keptNear && near.size >= CLUSTERED_ITEMS) return true;
	}
	return false;
}

function beside(other: GazetteerPlace, place: GazetteerPlace): boolean {
	return other.kind === 'city' && liesWithin(other, place, CLUSTER_KM);
}
