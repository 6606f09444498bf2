// "across from Gulfport, Illinois", "Lyons, Ia.": a small place named with its state or country where
// none of its namesakes lies there (the gazetteer lacks the small one) is better unmapped than put on a
// namesake in another state or on another continent: the writer said where it is.
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { WELL_KNOWN } from './judge.ts';
import { qualifies } from './qualifies.ts';
import { isNounAfterName } from './verb-after.ts';

/** A first-level region, a country or a country's part (England, Scotland): what a qualifier after a comma names. */
function isContainer(place: GazetteerPlace | undefined): place is GazetteerPlace {
	return !!place && (place.kind === 'country' || isFirstLevelRegion(place) || (place.kind === 'region' && place.featureCode === 'ADMD' && place.country !== null && place.admin1 === null));
}

// what ends an item "Name, Qualifier" of its own: a semicolon, the sentence's end, a closing bracket, or
// a comma before a lower-case word ("born in Springfield, Wales, and later moved"): no name goes on the list
const ITEM_END = /^\s*(?:[;)\]]|\.(?:\s|$)|$|,\s+(?:and\s+|but\s+)?\p{Ll})/u;
// enough of the text after the qualifier to see ", and later"
const ITEM_END_READ = 12;
// what joins a name to a list before it
const LIST_BEFORE = /(?:,|\band|\bor|&)\s*$/;

/** "with Cleveland, England; Lauf …": the name and its qualifier are an item of their own, no list's part. */
export function pairStandsAlone(text: string, nameStart: number, qualifierEnd: number): boolean {
	return ITEM_END.test(text.slice(qualifierEnd, qualifierEnd + ITEM_END_READ)) && !LIST_BEFORE.test(text.slice(Math.max(0, nameStart - 5), nameStart));
}

/**
 * Whether the qualifier's reading (`qualifier`: a state or country, else no contradiction) holds none
 * of the candidate's places, those of this name all towns or districts and none well known (unless the
 * name and its qualifier stand alone, between semicolons or before the sentence's end: `standsAlone`).
 * A state written as its code or abbreviation (`abbreviated`: ", N.Y.", ", VT") starts no list of
 * countries or cities: it only ever qualifies a town, so a country or a big city of the name is no
 * reading either ("Malta, N.Y." is not Malta).
 */
export function contradictsQualifier(candidate: Candidate, qualifier: GazetteerPlace | undefined, gazetteer: Gazetteer, standsAlone = false, abbreviated = false): boolean {
	if (!isContainer(qualifier)) return false;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (qualifies(place, qualifier, gazetteer)) return false;
		// a namesake known by this name only abroad ("Lyons" for Lyon) starts no list
		if (candidate.alternate[k]) continue;
		if (abbreviated) continue;
		// a well-known city may start a list ("Nairobi, Uganda and …"), though not one named with its
		// qualifier as an item of its own ("twinned with Cleveland, England; Lauf an der Pegnitz, Germany")
		if (place.kind !== 'city' && place.kind !== 'district') return false;
		if (place.population >= WELL_KNOWN && !standsAlone) return false;
	}
	return candidate.places.length > 0;
}

// the word after a qualifier, when a single space parts them
const WORD_AFTER = /^ (\p{L}+)/u;

/**
 * "fighting reached Myawaddy, Thai officials said": a name after the comma that stands before a noun, as an
 * adjective, begins the next clause; it says nothing of where the place before the comma lies.
 */
export function qualifierBeforeNoun(text: string, qualifierEnd: number, gazetteer: Gazetteer): boolean {
	const word = WORD_AFTER.exec(text.slice(qualifierEnd, qualifierEnd + 40))?.[1];
	return word !== undefined && isNounAfterName(word, gazetteer);
}
