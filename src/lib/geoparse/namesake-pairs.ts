// "Rene Gagnon, 72, of Troy … Theresa Chase, 68, of Albany … the bank in Derby Line", beside Irasburg and Orleans:
// Troy and Albany, New York, lie beside each other, so each reading props up the other, while Vermont's Troy and
// Albany lie among the text's other towns. A town read only for its size, its country, an echo or its nearness to
// the text's places, whose reading has fewer of those places within 50 km than a namesake of it has — two fewer at
// least, with three around the namesake — is that namesake. cluster-namesakes.ts moves only readings with none of
// the text's places beside them; a pair that stands together is moved here. A city big enough to be named from
// anywhere, a name the text qualifies or places otherwise, and a town in a country the text names, stay.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { liesWithin } from './qualifies.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { townMostBeside, type KeyedPlace } from './town-most-beside.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';

// the text's places within this of a town say it is theirs
const BESIDE_KM = 50;
// a namesake needs this many of them (different names) at least
const AROUND_NAMESAKE = 3;
// ... and this many more than the reading has
const MORE_BESIDE = 2;
// a city this big is named from anywhere ("moved to Phoenix")
const NAMED_FROM_AFAR = 100_000;
// more places than this is no local story (and keeps the test small)
const MAX_PLACES = 24;

function movable({ place, reasons, mention, outsideNamedCountry }: Resolution): boolean {
	return !outsideNamedCountry && place.kind === 'city' && place.population < NAMED_FROM_AFAR && mention.usage === 'literal' && mention.candidate.places.length > 1 && restsOn(reasons, UNPLACING);
}

/** The town namesakes of the reading (not its alternate names). */
function* namesakes(result: Resolution, gazetteer: Gazetteer): Generator<GazetteerPlace> {
	const { candidate } = result.mention;
	for (let k = 0; k < candidate.places.length; k++) {
		if (candidate.alternate[k]) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place !== result.place && place.kind === 'city') yield place;
	}
}

/** How many other names among the places lie within BESIDE_KM of the place. */
function besideCount(place: GazetteerPlace, own: string, places: readonly KeyedPlace[]): number {
	const names = new Set<string>();
	for (const other of places) if (other.key !== own && liesWithin(other.place, place, BESIDE_KM)) names.add(other.key);
	return names.size;
}

/** The mentions to read as a namesake the text's places lie around, with that reading (all weighed on the readings as they stand). */
export function namesakePairs(results: readonly Resolution[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const places: KeyedPlace[] = [];
	for (const result of results) {
		if (!result.outsideNamedCountry && (result.place.kind === 'city' || result.place.kind === 'district')) places.push({ key: result.mention.key, place: result.place });
	}
	if (places.length < AROUND_NAMESAKE + 1 || places.length > MAX_PLACES) return found;
	// ("spent Christmas in Israel; they sang carols in Bethlehem and in Nazareth": a town in a country the text names
	// as a country is where the text went, as in cluster-namesakes.ts)
	const countries = new Set<string>();
	for (const result of results) if (result.place.kind === 'country' && result.place.country && !result.outsideNamedCountry) countries.add(result.place.country);
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
