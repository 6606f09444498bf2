// "The hospital in Lebanon … patients from Conway, Richland and Stoutland": the text's other towns were read
// around one county of Missouri, each beside the others, while the name that size alone chose (Washington's
// Richland, the biggest) lies far from all of them. A reader takes the namesake that lies among them. A town
// that nothing but its size, its country or an earlier reading of its name chose, with none of the text's
// other places within 50 km, is read as the namesake that two or more of them lie within 50 km of. A city big
// enough to be named from anywhere, a name the text qualifies, one whose reading has any place of the text
// beside it, and one in a country the text names ("toured France … the palace in Versailles") stay as they are.
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { liesWithin } from './qualifies.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { townMostBeside, type KeyedPlace } from './town-most-beside.ts';
import { isPublisherPlace } from './publisher-places.ts';
import { restsOn, SIZE_ECHO_OR_COUNTRY, UNPLACING } from './weak-reasons.ts';
import type { ResolutionReason } from '../contracts.ts';
import { NAMED_FROM_AFAR } from './known-abroad.ts';

// the text's places within this of a namesake say it is theirs
export const BESIDE_KM = 50;
// ... and this many of them (different names) at least
const PLACES_BESIDE = 2;
// more places than this is no local story (and keeps the test small)
export const MAX_PLACES = 24;
// a story whose places at home all lie in one state names towns of the sparse West 80-150 km apart ("CHALLIS — … Arco …
// Howe"): there a namesake in that state with two of them within this is theirs, where the reading has none within FAR_KM
const SPARSE_KM = 150;
const FAR_KM = 400;
// "Fort Sumner drew four candidates, Tucumcari three and Santa Rosa five": a city bigger than NAMED_FROM_AFAR, read for
// its size alone, is still the namesake this many of the text's places lie around (a story of one state's towns names
// its neighbour, not a far city of the name)
const PLACES_AROUND_BIG = 3;


/**
 * A town read for its size, its country or an earlier reading (`weak`: with the text's places some hundreds of km off
 * too); or so read a landform named by a short form of its name, as a town is ("Residents of Etna" beside Hanover and
 * Lebanon: not Mount Etna).
 */
function sizedAlone({ place, reasons, mention }: Resolution, weak: ReadonlySet<ResolutionReason>, big = false): boolean {
	const town = place.kind === 'city' ? (big || place.population < NAMED_FROM_AFAR) : place.kind === 'landform' && mention.key !== nameKey(place.name);
	return town && mention.usage === 'literal' && mention.candidate.places.length > 1 && restsOn(reasons, weak);
}

/** How many of the places (by name) lie within `km` of the place, its own name's left out. */
export function besideCount(place: GazetteerPlace, own: string, places: readonly { key: string; place: GazetteerPlace }[], km = BESIDE_KM): number {
	const names = new Set<string>();
	for (const other of places) {
		if (other.key !== own && !names.has(other.key) && liesWithin(other.place, place, km)) names.add(other.key);
	}
	return names.size;
}

/** The state (a first-level region of a country) every place lies in, as "CC/admin1", or null. */
function oneState(places: readonly { place: GazetteerPlace }[]): string | null {
	const first = places[0]?.place;
	if (!first?.country || !first.admin1) return null;
	return places.every(({ place }) => place.country === first.country && place.admin1 === first.admin1) ? `${first.country}/${first.admin1}` : null;
}

/** A place of the text with its name's key and the index of its result. */
interface IndexedPlace extends KeyedPlace {
	readonly at: number;
}

/** The mentions to read as a namesake among the text's other places, with that reading. */
export function clusterNamesakes(results: readonly Resolution[], gazetteer: Gazetteer, text: string): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const suspects: number[] = [];
	// the suspects bigger than NAMED_FROM_AFAR
	const big = new Set<number>();
	const places: IndexedPlace[] = [];
	// "toured France and spent a day at the palace in Versailles": a town in a country the text names as a
	// country is where the text went, whatever lies around its namesake at home
	const countries = countriesNamed(results);
	results.forEach((result, i) => {
		if (result.outsideNamedCountry) return;
		// ("SOCORRO — … in Magdalena … to Veguita": the weighing's nearness reaches 400 km, so Texas's Socorro, the
		// bigger, was as near the text's towns as New Mexico's, which lies among them: a suspect too, but still a
		// place that says where the others lie)
		// (a citation's place of publication is where its publisher works, whatever the text's towns: publisher-places.ts)
		const mayMove = (!result.place.country || !countries.has(result.place.country)) && !isPublisherPlace(result.mention, text);
		if (mayMove && sizedAlone(result, UNPLACING)) suspects.push(i);
		else if (mayMove && sizedAlone(result, UNPLACING, true)) {
			suspects.push(i);
			big.add(i);
		}
		if (!sizedAlone(result, SIZE_ECHO_OR_COUNTRY) && (result.place.kind === 'city' || result.place.kind === 'district')) places.push({ key: result.mention.key, place: result.place, at: i });
	});
	if (places.length < PLACES_BESIDE || places.length > MAX_PLACES) return found;
	// (the one state of the places in a reading's own country: a place abroad, "a student who spent the fall in Lyon",
	// says nothing of which state's namesake a town at home is; nor does a stray, a suspect with none of the text's
	// places within SPARSE_KM, "Fairview" read in Texas beside Oklahoma's towns)
	const stateOf = new Map<string | null, string | null>();
	// each name's namesake found once, for all its mentions
	const byName = new Map<string, GazetteerPlace | null>();
	// (every country's name must have its town among the text's places: one that has none is abroad, and so the text
	// speaks of abroad: "A delegation from Mexico visited" keeps Lebanon the country; in one state's sparse story, "Malta
	// 55, Dodson 38" beside Havre and Glasgow, the state's town 150 km round)
	const countrySuspects = countriesSizedAlone(results, places, text);
	for (const i of countrySuspects) {
		const own = results[i]!.mention.key;
		if (byName.has(own)) continue;
		const state = homeState(places[0]!.place.country, places, suspects, stateOf);
		byName.set(own, namesakeAmong(results[i]!, own, places, gazetteer) ?? (state ? namesakeAmong(results[i]!, own, places, gazetteer, SPARSE_KM, state) : null));
	}
	if (countrySuspects.every((i) => byName.get(results[i]!.mention.key))) suspects.push(...countrySuspects);
	if (suspects.length === 0) return found;
	for (const i of suspects) {
		const result = results[i]!;
		const own = result.mention.key;
		if (!byName.has(own)) {
			const atLeast = big.has(i) ? PLACES_AROUND_BIG : PLACES_BESIDE;
			const namesake = besideCount(result.place, own, places) > 0 ? null : namesakeAmong(result, own, places, gazetteer, BESIDE_KM, null, atLeast);
			// (in one state's sparse story, a reading with none of its places within FAR_KM, or a town out of the state with
			// none within SPARSE_KM: the state's namesake 150 km round; a big city with a place of the text within FAR_KM,
			// "moved to Naples from Cleveland" beside Toronto, is named from afar)
			// (a reading in the state's own country only: "colleagues in Lund" beside Leeds and York stays Sweden's)
			const state = homeState(result.place.country, places, suspects, stateOf);
			const far = besideCount(result.place, own, places, FAR_KM) === 0 || (!big.has(i) && !!state && !inState(result.place, state) && besideCount(result.place, own, places, SPARSE_KM) === 0);
			const sparse = !namesake && state && far ? namesakeAmong(result, own, places, gazetteer, SPARSE_KM, state, atLeast) : null;
			byName.set(own, namesake ?? sparse);
		}
		const namesake = byName.get(own);
		if (namesake) found.set(i, replaced(result, result.mention, namesake, result.score, ['nearby-context', 'population']));
	}
	return found;
}

/** The one state of the country's places, its strays left out (found once per country, kept in `stateOf`). */
function homeState(country: string | null, places: readonly IndexedPlace[], suspects: readonly number[], stateOf: Map<string | null, string | null>): string | null {
	if (!stateOf.has(country)) stateOf.set(country, oneState(places.filter((p) => p.place.country === country && !(suspects.includes(p.at) && besideCount(p.place, p.key, places, SPARSE_KM) === 0))));
	return stateOf.get(country)!;
}

/** Whether the place lies in the state ("CC/admin1"). */
function inState(place: GazetteerPlace, state: string): boolean {
	return `${place.country}/${place.admin1}` === state;
}

/** The countries the text names as countries (their codes). */
export function countriesNamed(results: readonly Resolution[]): Set<string> {
	const countries = new Set<string>();
	for (const result of results) if (result.place.kind === 'country' && result.place.country && !result.outsideNamedCountry) countries.add(result.place.country);
	return countries;
}

/** The namesakes of the reading (towns the name is their own name of; only those `within` takes, where given). */
export function* namesakes(result: Resolution, gazetteer: Gazetteer, within?: (place: GazetteerPlace) => boolean): Generator<GazetteerPlace> {
	const { candidate } = result.mention;
	for (let k = 0; k < candidate.places.length; k++) {
		if (candidate.alternate[k]) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place !== result.place && place.kind === 'city' && (!within || within(place))) yield place;
	}
}

/** The namesake that most of the places lie within `km` of, if PLACES_BESIDE do. */
function namesakeAmong(result: Resolution, own: string, places: readonly KeyedPlace[], gazetteer: Gazetteer, km = BESIDE_KM, state: string | null = null, atLeast = PLACES_BESIDE): GazetteerPlace | null {
	return townMostBeside(namesakes(result, gazetteer, state ? (place) => inState(place, state) : undefined), own, places, km, atLeast);
}

/**
 * "The Mexico high school band marched in the Peru parade … firefighters came from Rumford and Dixfield": a country's
 * name that size or kind alone read as the country, in a text whose other places all lie in one other country and
 * that names no other country nor any place abroad, is a suspect like a town read for its size (namesakeAmong). So is
 * a region or a range abroad so read ("Patagonia and Sonoita residents" beside Nogales: not Argentina's; "of Andes"
 * beside Delhi and Margaretville), a range not after "the" ("in the Andes" is the range wherever the text lies).
 */
function countriesSizedAlone(results: readonly Resolution[], places: readonly { key: string; place: GazetteerPlace }[], text: string): number[] {
	const suspects: number[] = [];
	const home = places[0]?.place.country;
	if (!home || places.some((p) => p.place.country !== home)) return suspects;
	const countryKeys = new Set<string>();
	for (const result of results) {
		if (result.outsideNamedCountry) continue;
		const { place, reasons, mention } = result;
		if (place.country === home) continue;
		if (!areaAbroad(place, mention.candidate.start, text) || mention.usage !== 'literal' || !restsOn(reasons, SIZE_ECHO_OR_COUNTRY)) return [];
		countryKeys.add(mention.key);
	}
	results.forEach((result, i) => {
		if (!result.outsideNamedCountry && countryKeys.has(result.mention.key)) suspects.push(i);
	});
	return suspects;
}

// the article before a range's own name ("the Andes", "The Levant")
const ARTICLE_BEFORE = /\bthe $/i;

/** A country, a region or a range (not after "the") a name was read as; a town's name may name it too. */
function areaAbroad(place: GazetteerPlace, start: number, text: string): boolean {
	if (place.kind === 'country' || place.kind === 'region') return true;
	return place.kind === 'landform' && !ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}
