// The countries a sentence names around a mention: what a phrase's kind of place ("the province of …")
// must not contradict.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// how many mentions either side are looked through (a bounded look: a sentence may be a list of thousands)
const NEAR = 8;

/** The countries, by code, that the mentions near mention i in its sentence read as first. */
export function countriesNamedNear(mentions: AcceptedMention[], gazetteer: Gazetteer, sentenceOf: (j: number) => number, i: number): Set<string> {
	const sentence = sentenceOf(i);
	const countries = new Set<string>();
	for (let j = Math.max(0, i - NEAR); j <= i + NEAR && j < mentions.length; j++) {
		if (j === i || sentenceOf(j) !== sentence) continue;
		const place = bestReading(mentions[j]!, gazetteer);
		if (place.kind === 'country' && place.country) countries.add(place.country);
	}
	return countries;
}

/**
 * "in the province of Toledo, … Spain": whether the homonyms of the kind a phrase names (`fitting`, by
 * index) all lie outside the countries named around it while another homonym lies in one (the city the
 * gazetteer has for the Spanish province it lacks, not Belize's Toledo District).
 */
export function kindOnlyAbroad(countries: Set<string>, places: GazetteerPlace[], fitting: number[]): boolean {
	const inNamed = (place: GazetteerPlace) => place.country !== null && countries.has(place.country);
	return countries.size > 0 && !fitting.some((k) => inNamed(places[k]!)) && places.some(inNamed);
}
