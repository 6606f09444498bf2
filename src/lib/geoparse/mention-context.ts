// Names that agree: "from Peoria through Washington to Chicago" names two places within a few
// kilometres of Washington, Illinois and none near the capital. For each homonym, the other names of
// the text (any of their leading readings, ambiguous or not) that have a place close to it.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { ScannedPoints } from './near.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';
import { unsizedTowns } from './unsized-towns.ts';

// readings of each other name: the leading ones, a name rarely means its 20th homonym
const READINGS = 20;
// close enough to be the same area: a town and its neighbours, not a state apart
const NEAR_KM = 50;
// "born in Manchester … his regiment in Colchester": English names cluster in New England, so a name
// whose first reading lies in another country than the place, in a text that does not name the place's
// country (or names that first reading's country as well), agrees near it only by a reading not far below
// that first one (Manchester and Colchester, Connecticut are neighbours; the English towns are not)
const BELOW_FIRST = 10;

export interface MentionContext {
	/** how many different names other than `own` the text gives to places within 50 km of the place */
	namesNear(place: GazetteerPlace, own: string): number;
	/** when the place is the first reading of `own`, in a country the text names: how many other names (up to a few) have their first reading in that country within 400 km */
	firstReadingsNear(place: GazetteerPlace, own: string): number;
}

// "born in Manchester … the Parachute Regiment in Colchester": names whose first readings are towns of one
// region (a few hundred kilometres apart) agree on that region
const FIRST_READINGS_KM = 400;
// the most other names counted: whether a few agree is the question, and a long text's count stays bounded
const FIRST_READINGS_COUNTED = 3;

export function mentionContext(mentions: AcceptedMention[], gazetteer: Gazetteer): MentionContext {
	const keys: string[] = [];
	const places: GazetteerPlace[] = [];
	/** the reading is within BELOW_FIRST of its name's first, or that first reading lies in this country */
	const closeToFirst: boolean[] = [];
	const firstCountry: (string | null)[] = [];
	const seen = new Set<string>();
	// each name's first reading (a town), by name
	const firstOf = new Map<string, GazetteerPlace>();
	const firstKeys: string[] = [];
	const firstPlaces: GazetteerPlace[] = [];
	const unsized = unsizedTowns(gazetteer);
	// the countries the text names: their towns agree with any reading ("Córdoba … Quindío, Colombia … Armenia")
	const countries = new Set<string>();
	for (const { candidate, usage } of mentions) {
		const place = gazetteer.places[candidate.places[0]!]!;
		if (usage !== 'embedded' && place.kind === 'country' && place.country) countries.add(place.country);
	}
	for (const { candidate, key } of mentions) {
		if (seen.has(key)) continue;
		seen.add(key);
		// (its first reading by its own name: "Bethlehem" is first Belém's other name)
		let own = 0;
		while (own < candidate.places.length - 1 && candidate.alternate[own]) own++;
		const firstPlace = gazetteer.places[candidate.places[own]!]!;
		const first = firstPlace.country;
		if (firstPlace.kind === 'city' && !candidate.alternate[own]) {
			firstOf.set(key, firstPlace);
			firstKeys.push(key);
			firstPlaces.push(firstPlace);
		}
		for (let k = 0; k < candidate.places.length && k < READINGS; k++) {
			// a post office that shares a name with what the text means says nothing about which town is
			// meant, nor a country's or a region's point
			if (candidate.alternate[k] || unsized[candidate.places[k]!] === 1) continue;
			const place = gazetteer.places[candidate.places[k]!]!;
			if (place.kind === 'country' || place.kind === 'continent' || place.kind === 'region') continue;
			keys.push(key);
			places.push(place);
			closeToFirst.push(candidate.importance[k]! * BELOW_FIRST >= candidate.importance[own]!);
			firstCountry.push(first);
		}
	}
	if (places.length === 0) return { namesNear: () => 0, firstReadingsNear: () => 0 };
	// ... and when the text names the first reading's country too ("British"), naming the place's own says no more
	const namesOnlyPlaceCountry = (country: string | null, first: string | null) => country !== null && countries.has(country) && (first === null || !countries.has(first));
	const near = nearness(places, NEAR_KM);
	let firstNear: ((place: GazetteerPlace) => number[]) | null = null;
	const agrees = (i: number, place: GazetteerPlace, own: string) => keys[i] !== own && places[i] !== place && (closeToFirst[i] || firstCountry[i] === place.country || namesOnlyPlaceCountry(place.country, firstCountry[i]!));
	// "Chicago and Baltimore … Jeffersonville and New Albany" in a Louisville story: New Albany, Ohio lies
	// near Baltimore, Ohio, but the name means New Albany, Indiana, which the text's other names agree on.
	// A name speaks for a place only by its best-supported readings (all of a tie), each reading's support
	// being the other names near it but the one asking: no name makes its own evidence.
	const readingsOf = new Map<string, number[]>();
	keys.forEach((key, i) => {
		const list = readingsOf.get(key);
		if (list) list.push(i);
		else readingsOf.set(key, [i]);
	});
	// per name, the names near each of its readings: worked out once a name is asked about
	const supportOf = new Map<string, Set<string>[]>();
	const readingSupport = (key: string): Set<string>[] => {
		let support = supportOf.get(key);
		if (!support) {
			support = readingsOf.get(key)!.map((j) => {
				const names = new Set<string>();
				for (const i of near(places[j]!)) if (agrees(i, places[j]!, key)) names.add(keys[i]!);
				return names;
			});
			supportOf.set(key, support);
		}
		return support;
	};
	const isStrongestReading = (i: number, own: string): boolean => {
		const key = keys[i]!;
		const readings = readingsOf.get(key)!;
		if (readings.length === 1) return true;
		const support = readingSupport(key);
		let most = 0;
		let mine = 0;
		for (let k = 0; k < readings.length; k++) {
			const count = support[k]!.size - (support[k]!.has(own) ? 1 : 0);
			if (count > most) most = count;
			if (readings[k] === i) mine = count;
		}
		return mine === most;
	};
	const answers = new Map<GazetteerPlace, Map<string, number>>();
	return {
		namesNear(place, own) {
			let byName = answers.get(place);
			if (!byName) answers.set(place, (byName = new Map()));
			const known = byName.get(own);
			if (known !== undefined) return known;
			const names = new Set<string>();
			for (const i of near(place)) if (agrees(i, place, own) && isStrongestReading(i, own)) names.add(keys[i]!);
			byName.set(own, names.size);
			return names.size;
		},
		firstReadingsNear(place, own) {
			// (of a country the text names as a country: "British"; not one its other towns' readings lie in)
			if (firstOf.get(own) !== place || place.country === null || !countries.has(place.country)) return 0;
			const names = new Set<string>();
			for (const i of (firstNear ??= nearness(firstPlaces, FIRST_READINGS_KM, FIRST_READINGS_COUNTED + 1))(place)) {
				if (firstKeys[i] !== own && firstPlaces[i]!.country === place.country) names.add(firstKeys[i]!);
			}
			return Math.min(names.size, FIRST_READINGS_COUNTED);
		}
	};
}

// up to a tree's leaf (kdbush's default node size) a scan is the same work without the tree
const SCAN_LIMIT = 64;

/** The places within `km` of a place (at most `most`, nearest first from the tree): scanned in a short text, from a tree in a long one. */
function nearness(places: GazetteerPlace[], km: number, most = Infinity): (place: GazetteerPlace) => number[] {
	if (places.length <= SCAN_LIMIT) {
		const points = new ScannedPoints(places.map((p) => p.lon), places.map((p) => p.lat));
		return (place) => points.within(place.lon, place.lat, km);
	}
	const index = new KDBush(places.length);
	for (const place of places) index.add(place.lon, place.lat);
	index.finish();
	return (place) => around(index, place.lon, place.lat, most, km);
}
