// Whether another name of the text places a town (firm-cues.ts researchFirmCue asks it of every town before
// "analyst"): the names that may place each town are found once a text (computed-once.ts), not by a scan of every
// candidate for each town the text names, which grows with the square of a text that repeats the shape.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { liesWithin } from './qualifies.ts';

// a town this near another of the text's towns is placed by it (the analysts and the research are the town's)
const PLACED_WITHIN_KM = 150;
// (two are enough: a name placing the town is asked for besides the one being judged)
const PLACERS_KEPT = 2;

/** Made once a text (JudgeContext.namesPlacing): for a town, the first two of the text's names that may place it. */
export function namesPlacingTowns(candidateAt: ReadonlyMap<number, Candidate>, gazetteer: Gazetteer): (place: GazetteerPlace) => readonly Candidate[] {
	const placers = new Map<GazetteerPlace, Candidate[]>();
	return (place) => {
		let found = placers.get(place);
		if (found) return found;
		found = [];
		for (const other of candidateAt.values()) {
			if (placesTown(other, place, gazetteer)) found.push(other);
			if (found.length === PLACERS_KEPT) break;
		}
		placers.set(place, found);
		return found;
	};
}

/** A name may place the town: one of its readings is a town near it or its first-level region ("Juneau … Alaska", "Stamford … Greenwich"). */
function placesTown(other: Candidate, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	for (const k of other.places) {
		const near = gazetteer.places[k]!;
		if (near !== place && near.kind === 'city' && liesWithin(near, place, PLACED_WITHIN_KM)) return true;
		if (isFirstLevelRegion(near) && near.country === place.country && near.admin1 === place.admin1) return true;
	}
	return false;
}
