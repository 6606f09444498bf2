// "Volunteers parked at Riverside and walked in" in a story whose every other place lies around one county
// of Kansas: a name many towns bear, read as a far one only for its size and for lying nearer than its
// namesakes, is more likely something local the gazetteer lacks (a park, a school, a subdivision) than a far
// town the story never places. Where a local story's places all lie together, a town of a shared name that
// nothing but size, country or nearness chose, lying far from all of them and in none of their states, is
// left unmapped — unless it far outgrows every namesake ("a crew flew in from Prescott": Arizona's town is
// ten times any other Prescott, the one a reader takes it for). A name only one place bears (lone-abroad.ts
// reads those), a big city, or a name the text qualifies stays.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';
import { MAX_PLACES } from './cluster-namesakes.ts';
import { NAMED_FROM_AFAR } from './known-abroad.ts';

// a local story's places lie within this of one another
const LOCAL_SPREAD_KM = 250;
// ... and this many of them say so
const LOCAL_PLACES = 3;
// a town this far from every place of the story is outside its area
const OUTSIDE_KM = 200;

// a town this many times bigger than every namesake is the one its name alone calls up
const OUTGROWS = 5;
// ... where it is a town of this size at least
const KNOWN_TOWN = 10_000;

function weakTown({ place, reasons, mention }: Resolution): boolean {
	return place.kind === 'city' && place.population < NAMED_FROM_AFAR && mention.usage === 'literal' && mention.candidate.places.length > 1 && restsOn(reasons, UNPLACING);
}

// (namesakes are the places of the same name: a town read for another name it bears, or one of unknown or
// village size, is no town the name alone calls up)
function outgrowsNamesakes({ place, mention }: Resolution, gazetteer: Gazetteer): boolean {
	if (place.population < KNOWN_TOWN || mention.surface.toLowerCase() !== place.name.toLowerCase()) return false;
	for (const k of mention.candidate.places) {
		const namesake = gazetteer.places[k]!;
		if (namesake.id !== place.id && namesake.name === place.name && namesake.population * OUTGROWS > place.population) return false;
	}
	return true;
}

/** Indices of the mentions to leave unmapped. */
export function localStrays(results: readonly Resolution[], gazetteer: Gazetteer): number[] {
	const suspects: number[] = [];
	results.forEach((result, i) => {
		if (weakTown(result)) suspects.push(i);
	});
	if (!suspects.length) return [];
	// (each result is asked once: the suspects are the weak towns, in order)
	const areas = new Map<string, GazetteerPlace>();
	let next = 0;
	for (let i = 0; i < results.length; i++) {
		if (suspects[next] === i) {
			next++;
			continue;
		}
		const result = results[i]!;
		if (!result.outsideNamedCountry && (result.place.kind === 'city' || result.place.kind === 'district')) areas.set(result.place.id, result.place);
	}
	const places = [...areas.values()];
	if (places.length < LOCAL_PLACES || places.length > MAX_PLACES) return [];
	for (let a = 0; a < places.length; a++) for (let b = a + 1; b < places.length; b++) if (kilometres(places[a]!, places[b]!) > LOCAL_SPREAD_KM) return [];
	// (a town of the state the story's places lie in may lie across it: "DENVER — … in Grand Junction"; not one
	// read for another name it bears, "water over the road at McDonald" in Kansas is not Eagle, Colorado, once McDonald)
	return suspects.filter((i) => {
		const town = results[i]!.place;
		const ownName = results[i]!.mention.surface.toLowerCase() === town.name.toLowerCase();
		return !outgrowsNamesakes(results[i]!, gazetteer) && places.every((place) => (!ownName || place.admin1 !== town.admin1 || place.country !== town.country) && kilometres(place, town) > OUTSIDE_KM);
	});
}
