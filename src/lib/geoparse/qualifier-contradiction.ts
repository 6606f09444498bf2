// "across from Gulfport, Illinois", "Lyons, Ia.": a small place named with its state or country where
// none of its namesakes lies there (the gazetteer lacks the small one) is better unmapped than put on a
// namesake in another state or on another continent: the writer said where it is.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { WELL_KNOWN } from './judge.ts';
import { qualifies } from './qualifies.ts';

/** A first-level region or a country: what a qualifier after a comma names. */
function isContainer(place: GazetteerPlace | undefined): place is GazetteerPlace {
	return !!place && (place.kind === 'country' || isFirstLevelRegion(place));
}

/**
 * Whether the qualifier's reading (`qualifier`: a state or country, else no contradiction) holds none
 * of the candidate's places, those of this name all towns or districts and none well known.
 */
export function contradictsQualifier(candidate: Candidate, qualifier: GazetteerPlace | undefined, gazetteer: Gazetteer): boolean {
	if (!isContainer(qualifier)) return false;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (qualifies(place, qualifier, gazetteer)) return false;
		// a namesake known by this name only abroad ("Lyons" for Lyon) starts no list
		if (candidate.alternate[k]) continue;
		// a well-known city may start a list ("Nairobi, Uganda and …")
		if ((place.kind !== 'city' && place.kind !== 'district') || place.population >= WELL_KNOWN) return false;
	}
	return candidate.places.length > 0;
}
