// "Berlin plays at Kennett in Conway", "the game at Lakeview in Battle Creek": a name straight before "in"
// and a town is something in that town (a school, a park, a venue, a part of the town), not a town far
// from it. A small town read for such a name far from the town after "in" gives way to a namesake within
// that town's reach ("Lakeview", a part of Battle Creek), or, where the gazetteer has none, to no place; a
// namesake already near it ("Harlem in New York") stays, and so does a team's opponent ("will play Roseburg in Eugene").
// So is a river or lake of another country far away ("the Don River in Toronto").
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast } from './known-abroad.ts';
import { kilometres } from './qualifies.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';

// only "in" straight between the two names
const IN_GAP = ' in ';
// a town this big may stand for its team or its people anywhere ("Boston in Toronto")
const STANDS_FOR_ITSELF = 100_000;
// a part of a town, or a suburb beside it, lies this near its point
const WITHIN_TOWN_KM = 40;
// "Sheldon will play Roseburg in Eugene", "a game against Medford in Salem": a name a team plays or meets
// is the opponent named by its town, playing away from home, not something in the town after "in" — where
// that town lies within a team's travel of it ("plays Kennett in Conway": no Kennett near New Hampshire's
// Conway, a school's). Not "played" or "playing": an actor played or is playing a part ("played Lincoln in
// Springfield for a decade")
const OPPONENT_REACH_KM = 300;
const OPPONENT_BEFORE = /(?:^|[^\p{L}])(?:play|plays|face|faces|faced|facing|meet|meets|against|vs\.?|versus)\s$/iu;
// the few characters before a name that hold the word before it
const WORD_BEFORE_CHARS = 12;
// "landed at Gatwick in London": an airport lies outside the town it serves, often beyond a part of the
// town's reach, and is named by it; only a site named like a street (a ground, a hill) is a far town's street
const AIRPORT = 'AIRP';
// "a flat on Lansdowne Road", "police sealed off White Hart Lane": a ground's name after "on", "along" or
// "off" is the street, wherever it is; a match is played "at" a ground
const GROUND = 'STDM';
const STREET_BEFORE = /(?:^|[^\p{L}])(?:on|along|off)\s$/iu;

// "the Don River in Toronto", "the Thames River in London, Ontario": a river or lake of one country straight
// before "in" and a town of another this far from it is a namesake the gazetteer lacks, not the famous one (a
// great river's point may lie a thousand kilometres from a city on it: "the Indus in Leh"). Not a sea, a canal
// or a land, which news names where they are spoken of ("talks on the Panama Canal in Washington", "protests
// over Gaza in London"), nor a river named bare as the great ones are ("photographs of the Ganges in New York"):
// a local river is named with its word for one.
const WATER_ABROAD_KM = 2_500;
const RIVER_OR_LAKE = new Set(['STM', 'LK']);
const WATER_WORD = /\b(?:River|Lake)\b/;

/** Whether the mention names a river or lake by its word for one, and the place read is one of a country far from the town, which is in another. */
function waterFarAbroad(surface: string, place: GazetteerPlace, town: GazetteerPlace): boolean {
	return place.kind === 'water' && RIVER_OR_LAKE.has(place.featureCode) && place.country !== null && place.country !== town.country && WATER_WORD.test(surface) && kilometres(place, town) > WATER_ABROAD_KM;
}

/** The namesake of the mention that lies within the town's reach, if one does. */
function namesakeWithin(result: Resolution, town: GazetteerPlace, gazetteer: Gazetteer): GazetteerPlace | null {
	const { places } = result.mention.candidate;
	for (let k = 0; k < places.length; k++) {
		const place = gazetteer.places[places[k]!]!;
		if (place.kind === 'city' && kilometres(place, town) <= WITHIN_TOWN_KM) return place;
	}
	return null;
}

/** The mentions to place again: each with its namesake in the town after "in", or null to leave it unmapped. */
export function thingsInTowns(results: readonly Resolution[], text: string, gazetteer: Gazetteer): [number, Resolution | null][] {
	const found: [number, Resolution | null][] = [];
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { place, reasons, mention } = result;
		if (place.kind === 'site' && place.featureCode === GROUND && mention.usage === 'literal') {
			const start = mention.start ?? mention.candidate.start;
			if (STREET_BEFORE.test(text.slice(Math.max(0, start - WORD_BEFORE_CHARS), start))) {
				found.push([i, null]);
				continue;
			}
		}
		const town = results[i + 1];
		if (!town) continue;
		// (a building or a street too: "a flat on Lansdowne Road in Notting Hill" is a London street, not the Dublin stadium)
		const townOrSite = (place.kind === 'city' && !capitalOrAtLeast(place, STANDS_FOR_ITSELF)) || (place.kind === 'site' && place.featureCode !== AIRPORT);
		if ((!townOrSite && place.kind !== 'water') || mention.usage !== 'literal' || reasons.includes('qualified')) continue;
		if (town.place.kind !== 'city' || town.outsideNamedCountry || town.mention.usage !== 'literal') continue;
		const end = mention.end ?? mention.candidate.end;
		if (text.slice(end, town.mention.start ?? town.mention.candidate.start) !== IN_GAP) continue;
		if (townOrSite ? kilometres(place, town.place) <= WITHIN_TOWN_KM : !waterFarAbroad(mention.surface, place, town.place)) continue;
		const start = mention.start ?? mention.candidate.start;
		if (kilometres(place, town.place) <= OPPONENT_REACH_KM && OPPONENT_BEFORE.test(text.slice(Math.max(0, start - WORD_BEFORE_CHARS), start))) continue;
		const near = namesakeWithin(result, town.place, gazetteer);
		found.push([i, near ? replaced(result, mention, near, result.score, ['nearby-context']) : null]);
	}
	return found;
}
