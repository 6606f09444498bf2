// "Judges came from Alexandria and Ruston" beside Jena, Olla and Winnfield; "Born in Florence" in an obituary from
// Athens, Alabama; "Prentiss fell to Sebastopol" among Mississippi scores: a city known abroad that size alone chose,
// named in a text whose every other place lies in one other country, is the namesake there that two or more of them
// lie within 100 km of (Alexandria, Louisiana; Florence, Alabama; Sebastopol, Mississippi). cluster-namesakes.ts
// leaves such cities be, since a city that big is named from anywhere ("moved to Phoenix"); a local story that names
// nothing abroad and speaks of no journey does not name it so. Stays: a text naming any other place or country
// abroad ("settlers from Wallonia ... Belgium") or another such city with no namesake beside its places ("sing in
// Alexandria and in Cairo"), and a city named in a sentence of travel ("flew to Alexandria", "a trip to Florence",
// "exchange students from Bremen"); a capital ("the reggae singer, born in Kingston, moved to Brooklyn"). Beside such
// a city, a country's name that size alone read as the country is a suspect too (Mexico and Peru beside Hanover,
// Maine; Norway beside Belfast), each name moved only where every suspect has its namesake among the text's places,
// and none stands in a sentence of the world's history or events ("the invasion of Poland and the bombing of Dresden").
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { namesakes } from './cluster-namesakes.ts';
import { replaced } from './resolution.ts';
import { sentenceAfter, sentenceBefore } from './sentence-around.ts';
import { WORLD_WORDS } from './world-sentence-cities.ts';
import type { Resolution } from './resolve.ts';
import { townMostBeside, type KeyedPlace } from './town-most-beside.ts';
import { restsOn, SIZE_ECHO_OR_COUNTRY } from './weak-reasons.ts';

// the text's places within this of a namesake say it is theirs (towns of a rural county's story lie 50-100 km apart)
const BESIDE_KM = 100;
// ... and this many of them (different names) at least
const PLACES_BESIDE = 2;
// the text's places at home: this many names at least (a local story, not a brief)
const NAMES_AT_HOME = 3;
// more places than this is no local story (and keeps the test small)
const MAX_PLACES = 30;
// words of a journey abroad in the city's sentence
const TRAVEL = /\b(?:fl(?:ew|y|ying|ights?)|trips?|travel\w*|tour\w*|vacation\w*|honeymoon\w*|cruise\w*|missions?|abroad|overseas|emigra\w*|immigra\w*|exchange|visit\w*|sister cit\w*)\b/i;

/**
 * A city abroad that its size (or an earlier reading, or its country) alone chose; a capital is named from anywhere.
 * A country's name read so is one too ("The Mexico high school band marched in the Peru parade … firefighters came
 * from Roxbury and Hanover"): cluster-namesakes.ts moves such countries only where every other place is at home, so
 * a text naming both kinds (Mexico and Peru beside Hanover; Norway beside Belfast) was moved by neither.
 */
function sizedAbroad({ place, reasons, mention }: Resolution, home: string): boolean {
	const kind = place.kind === 'country' || (place.kind === 'city' && !isCapital(place));
	return kind && place.country !== home && mention.usage === 'literal' && mention.candidate.places.length > 1 && restsOn(reasons, SIZE_ECHO_OR_COUNTRY);
}

// words of the world's events beside world-sentence-cities.ts's: "remembered the invasion of Poland and the bombing of
// Dresden" beside Dixfield and Roxbury keeps both abroad (rolling review s46)
const WORLD_EVENTS = /\b(?:wars?|invasion|bombings?|occupation|liberation|earthquakes?|floods?|riots?|elections?)\b/i;

/** Whether the sentence up to the mention speaks of a journey, or the sentence around it of the world's history and events. */
function inTravelOrWorldSentence(text: string, start: number, end: number): boolean {
	const before = sentenceBefore(text, start, 200);
	if (TRAVEL.test(before) || WORLD_EVENTS.test(before) || WORLD_WORDS.test(before)) return true;
	const after = sentenceAfter(text, end, 200);
	return WORLD_EVENTS.test(after) || WORLD_WORDS.test(after);
}

/** The mentions of cities abroad to read as their namesakes among the text's places at home, with that reading. */
export function homeTownsNamedAbroad(results: readonly Resolution[], text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	if (results.length < NAMES_AT_HOME + 1 || results.length > MAX_PLACES) return found;
	// the home: the country most of the text's towns lie in (every other place must be a suspect)
	const countries = new Map<string, number>();
	for (const { place } of results) if (place.kind === 'city' && place.country) countries.set(place.country, (countries.get(place.country) ?? 0) + 1);
	let home: string | null = null;
	for (const [country, count] of countries) if (!home || count > countries.get(home)!) home = country;
	if (!home) return found;
	const suspects: number[] = [];
	const places: KeyedPlace[] = [];
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		if (result.outsideNamedCountry) continue;
		if (result.place.country === home) {
			if (result.place.kind === 'city' || result.place.kind === 'district') places.push({ key: result.mention.key, place: result.place });
		} else if (sizedAbroad(result, home)) suspects.push(i);
		// any other place abroad: the text speaks of abroad
		else return found;
	}
	// (countries alone are cluster-namesakes.ts's: here only beside a city of the kind)
	if (suspects.every((i) => results[i]!.place.kind === 'country') || new Set(places.map((p) => p.key)).size < NAMES_AT_HOME) return found;
	// (every such city must have its namesake among the text's places, outside any sentence of travel: one that has
	// not is abroad, and then so may the others be: "sing in Alexandria and in Cairo" beside Jena keeps both in Egypt)
	const byName = new Map<string, GazetteerPlace | null>();
	for (const i of suspects) {
		const result = results[i]!;
		const { key, candidate } = result.mention;
		if (inTravelOrWorldSentence(text, candidate.start, candidate.end)) return found;
		if (!byName.has(key)) byName.set(key, townMostBeside(namesakes(result, gazetteer, (place) => place.country === home), key, places, BESIDE_KM, PLACES_BESIDE));
		if (!byName.get(key)) return found;
	}
	for (const i of suspects) found.set(i, replaced(results[i]!, results[i]!.mention, byName.get(results[i]!.mention.key)!, results[i]!.score, ['nearby-context', 'population']));
	return found;
}
