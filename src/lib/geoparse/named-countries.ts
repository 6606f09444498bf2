// The countries a sentence names around a mention: what a phrase's kind of place ("the province of …")
// must not contradict.
import { isCapital, isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// how many mentions either side are looked through (a bounded look: a sentence may be a list of thousands)
const NEAR = 8;

// a capital or region stands for its country where its first reading is this many times the next's
const DOMINANT_RATIO = 10;

function dominant({ candidate }: AcceptedMention): boolean {
	return candidate.importance.length < 2 || candidate.importance[0]! >= DOMINANT_RATIO * candidate.importance[1]!;
}

/**
 * A reading that names its country as plainly as the country's own name: the country, a first-level
 * region, a national capital ("from Madrid to the province of Toledo" is in Spain).
 */
function namesItsCountry(place: GazetteerPlace): boolean {
	return isFirstLevelRegion(place) || isCapital(place);
}

/** The countries, by code, that the mentions near mention i in its sentence read as first (or whose capitals or regions they name). */
export function countriesNamedNear(mentions: AcceptedMention[], gazetteer: Gazetteer, sentenceOf: (j: number) => number, i: number): Set<string> {
	const sentence = sentenceOf(i);
	const countries = new Set<string>();
	const own = mentions[i]!.key;
	for (let j = Math.max(0, i - NEAR); j <= i + NEAR && j < mentions.length; j++) {
		if (j === i || sentenceOf(j) !== sentence) continue;
		const place = bestReading(mentions[j]!, gazetteer);
		if (place.kind === 'country' && place.country) countries.add(place.country);
		// (the name again is no other place: "the town of Kingston … Kingston" names no Jamaica)
		else if (place.country && namesItsCountry(place) && mentions[j]!.key !== own && dominant(mentions[j]!)) countries.add(place.country);
	}
	return countries;
}

/**
 * "in the province of Toledo, … Spain": whether the homonyms of the kind a phrase names (`fitting`, by
 * index) all lie outside the countries named around it while another homonym lies in one (the city the
 * gazetteer has for the Spanish province it lacks, not Belize's Toledo District).
 */
export function kindOnlyAbroad(countries: ReadonlySet<string>, places: GazetteerPlace[], fitting: number[]): boolean {
	return countries.size > 0 && !fitting.some((k) => inCountries(places[k]!, countries)) && places.some((place) => inCountries(place, countries));
}

function inCountries(place: GazetteerPlace, countries: ReadonlySet<string>): boolean {
	return place.country !== null && countries.has(place.country);
}
