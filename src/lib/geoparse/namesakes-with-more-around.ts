// A town read only for its size, its country, an echo or its nearness to the text's places is the namesake of it
// that clearly more of those places lie around: three at least within 50 km, and two more than around the reading.
// cluster-namesakes.ts moves only readings with none of the text's places beside them; this moves readings that have
// some, as where two big namesakes prop each other up: "Rene Gagnon, 72, of Troy … Theresa Chase, 68, of Albany …
// the bank in Derby Line", beside Irasburg and Orleans, where Troy and Albany, New York, lie beside each other and
// Vermont's Troy and Albany among the text's other towns. A city big enough to be named from anywhere, a name the
// text qualifies or places otherwise, and a town in a country the text names, stay.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { BESIDE_KM, besideCount, countriesNamed, MAX_PLACES, namesakes } from './cluster-namesakes.ts';
import { NAMED_FROM_AFAR } from './known-abroad.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { townMostBeside, type KeyedPlace } from './town-most-beside.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';

// (the reach, the size named from afar and the local story's bound are cluster-namesakes.ts's)
// a namesake needs this many of the text's places (different names) within BESIDE_KM at least
const AROUND_NAMESAKE = 3;
// ... and this many more than the reading has
const MORE_BESIDE = 2;

/** A literal town too small to be named from afar, of a name with namesakes, read only for its size, its country, an echo or its nearness. */
function movable({ place, reasons, mention, outsideNamedCountry }: Resolution): boolean {
	return !outsideNamedCountry && place.kind === 'city' && place.population < NAMED_FROM_AFAR && mention.usage === 'literal' && mention.candidate.places.length > 1 && restsOn(reasons, UNPLACING);
}

/** The mentions to read as a namesake the text's places lie around, with that reading (all weighed on the readings as they stand). */
export function namesakesWithMoreAround(results: readonly Resolution[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const places: KeyedPlace[] = [];
	for (const result of results) {
		if (!result.outsideNamedCountry && (result.place.kind === 'city' || result.place.kind === 'district')) places.push({ key: result.mention.key, place: result.place });
	}
	if (places.length < AROUND_NAMESAKE + 1 || places.length > MAX_PLACES) return found;
	// ("spent Christmas in Israel; they sang carols in Bethlehem and in Nazareth": a town in a country the text names
	// as a country is where the text went, as in cluster-namesakes.ts)
	const countries = countriesNamed(results);
	const byName = new Map<string, GazetteerPlace | null>();
	results.forEach((result, i) => {
		if (!movable(result) || (result.place.country !== null && countries.has(result.place.country))) return;
		const own = result.mention.key;
		if (!byName.has(own)) {
			const needed = Math.max(AROUND_NAMESAKE, besideCount(result.place, own, places) + MORE_BESIDE);
			byName.set(own, townMostBeside(namesakes(result, gazetteer), own, places, BESIDE_KM, needed));
		}
		const namesake = byName.get(own);
		if (namesake) found.set(i, replaced(result, result.mention, namesake, result.score, ['nearby-context', 'population']));
	});
	return found;
}
