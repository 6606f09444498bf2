// Names that agree: "from Peoria through Washington to Chicago" names two places within a few
// kilometres of Washington, Illinois and none near the capital. For each homonym, the other names of
// the text (any of their leading readings, ambiguous or not) that have a place close to it.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { ScannedPoints } from './near.ts';
import { isCapital, isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention } from './resolve.ts';
import { unsizedTowns } from './unsized-towns.ts';
import { isLineFeature } from './line-features.ts';
import { mapDoubles } from './packed.ts';

// readings of each other name: the leading ones, a name rarely means its 20th homonym
const READINGS = 20;
// close enough to be the same area: a town and its neighbours, not a state apart
const NEAR_KM = 50;
// ... and the wider area of a rural county's towns, two or three counties across (Conway, Gorham and
// Berlin, New Hampshire): asked only of a place some name is already near (weigh-homonyms.ts)
const AROUND_KM = 100;
// "born in Manchester … his regiment in Colchester": English names cluster in New England, so a name
// whose first reading lies in another country than the place, in a text that does not name the place's
// country (or names that first reading's country as well), agrees near it only by a reading not far below
// that first one (Manchester and Colchester, Connecticut are neighbours; the English towns are not)
const BELOW_FIRST = 10;

export interface MentionContext {
	/** how many different names other than `own` the text gives to places within 50 km of the place */
	namesNear(place: GazetteerPlace, own: string): number;
	/** whether another name than `own` has its first (or settled) reading within 50 km of the place, a national capital not counted */
	townsNear(place: GazetteerPlace, own: string): boolean;
	/** when the place is the first reading of `own`, in a country the text names: how many other names (up to a few) have their first reading in that country within 400 km */
	firstReadingsNear(place: GazetteerPlace, own: string): number;
	/** how many different names other than `own` the text gives to places within 100 km of the place (those within 50 km among them) */
	namesAround(place: GazetteerPlace, own: string): number;
	/** namesNear, leaving out the names of first-level regions of the place's country ("Sinaloa", "Guerrero") */
	namesNearBesidesStates(place: GazetteerPlace, own: string): number;
}

// "born in Manchester … the Parachute Regiment in Colchester": names whose first readings are towns of one
// region (a few hundred kilometres apart) agree on that region
const FIRST_READINGS_KM = 400;
// the most other names counted: whether a few agree is the question, and a long text's count stays bounded
const FIRST_READINGS_COUNTED = 3;

/**
 * `settled`: names whose reading the text has settled ("SPRINGFIELD, Ill."), by key; filled as resolution
 * goes on and read when asked: such a name speaks only by its settled place (Springfield, New Jersey is no
 * neighbour of a Jackson in that text). `saidCountries`: countries the text's words say without naming
 * them (its US highways: us-road-words.ts).
 */
export function mentionContext(mentions: AcceptedMention[], gazetteer: Gazetteer, settled: ReadonlyMap<string, GazetteerPlace> = NO_SETTLED, saidCountries: readonly string[] = []): MentionContext {
	const names = new NamesOfText(mentions, gazetteer, settled, saidCountries);
	return names.isEmpty() ? NO_NAMES : names;
}

const NO_SETTLED: ReadonlyMap<string, GazetteerPlace> = new Map();
const NO_NAMES: MentionContext = { namesNear: () => 0, townsNear: () => false, firstReadingsNear: () => 0, namesAround: () => 0, namesNearBesidesStates: () => 0 };

// A class, not closures over the text's names: made once per document, its methods cost nothing to
// create (tsx, which runs the CLI, names every closure bound to a name: see NAMED_CLOSURES in eslint.config.js).
class NamesOfText implements MentionContext {
	readonly #keys: string[] = [];
	readonly #places: GazetteerPlace[] = [];
	/** the reading is within BELOW_FIRST of its name's first, or that first reading lies in this country */
	readonly #closeToFirst: boolean[] = [];
	readonly #firstCountry: (string | null)[] = [];
	// each name's first reading (a town), by name
	readonly #firstOf = new Map<string, GazetteerPlace>();
	readonly #firstKeys: string[] = [];
	readonly #firstPlaces: GazetteerPlace[] = [];
	// the countries the text names: their towns agree with any reading ("Córdoba … Quindío, Colombia … Armenia")
	readonly #countries = new Set<string>();
	readonly #near: (place: GazetteerPlace) => number[];
	#around: ((place: GazetteerPlace) => number[]) | null = null;
	#firstNear: ((place: GazetteerPlace) => number[]) | null = null;
	// "Chicago and Baltimore … Jeffersonville and New Albany" in a Louisville story: New Albany, Ohio lies
	// near Baltimore, Ohio, but the name means New Albany, Indiana, which the text's other names agree on.
	// A name speaks for a place only by its best-supported readings (all of a tie), each reading's support
	// being the other names near it but the one asking: no name makes its own evidence.
	readonly #readingsOf = new Map<string, number[]>();
	// the names that are also a first-level region's, with the regions' countries
	readonly #statesOf = new Map<string, string[]>();
	// per name, the names near each of its readings: worked out once a name is asked about
	readonly #supportOf = new Map<string, Set<string>[]>();
	// namesNear's answers by name and place, and townsNear's (national capitals left out): by name first,
	// as a text asks of few names and many places (a map for each place asked cost more than the answer)
	readonly #answers = new Map<string, Map<GazetteerPlace, number>>();
	readonly #answersWithoutCapitals = new Map<string, Map<GazetteerPlace, number>>();
	readonly #settled: ReadonlyMap<string, GazetteerPlace>;
	// how many names were settled when the answers were worked out: answers from before a settlement are dropped
	#answeredSettled = 0;
	// the settled names and places, in the map's order, and the ones of them near a place (when any is settled)
	#settledKeys: string[] = [];
	#settledPlaces: GazetteerPlace[] = [];
	#settledNear: ((place: GazetteerPlace) => number[]) | null = null;

	constructor(mentions: AcceptedMention[], gazetteer: Gazetteer, settled: ReadonlyMap<string, GazetteerPlace>, saidCountries: readonly string[]) {
		this.#settled = settled;
		// "on U.S. 52 … State Route 125": words only one country's news writes name that country as well as its name does
		for (const country of saidCountries) this.#countries.add(country);
		const seen = new Set<string>();
		const unsized = unsizedTowns(gazetteer);
		for (const { candidate, usage } of mentions) {
			const place = gazetteer.places[candidate.places[0]!]!;
			if (usage !== 'embedded' && place.kind === 'country' && place.country) this.#countries.add(place.country);
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
				this.#firstOf.set(key, firstPlace);
				this.#firstKeys.push(key);
				this.#firstPlaces.push(firstPlace);
			}
			for (let k = 0; k < candidate.places.length && k < READINGS; k++) {
				// a post office that shares a name with what the text means says nothing about which town is
				// meant, nor a country's or a region's point
				if (candidate.alternate[k] || unsized[candidate.places[k]!] === 1) continue;
				const place = gazetteer.places[candidate.places[k]!]!;
				if (place.country && isFirstLevelRegion(place)) {
					const countries = this.#statesOf.get(key);
					if (!countries) this.#statesOf.set(key, [place.country]);
					else if (!countries.includes(place.country)) countries.push(place.country);
				}
				if (place.kind === 'country' || place.kind === 'continent' || place.kind === 'region' || isLineFeature(place, gazetteer)) continue;
				const readings = this.#readingsOf.get(key);
				if (readings) readings.push(this.#keys.length);
				else this.#readingsOf.set(key, [this.#keys.length]);
				this.#keys.push(key);
				this.#places.push(place);
				this.#closeToFirst.push(candidate.importance[k]! * BELOW_FIRST >= candidate.importance[own]!);
				this.#firstCountry.push(first);
			}
		}
		this.#near = nearness(this.#places, NEAR_KM);
	}

	isEmpty(): boolean {
		return this.#places.length === 0;
	}

	/** ... and when the text names the first reading's country too ("British"), naming the place's own says no more */
	#namesOnlyPlaceCountry(country: string | null, first: string | null): boolean {
		return country !== null && this.#countries.has(country) && (first === null || !this.#countries.has(first));
	}

	#agrees(i: number, place: GazetteerPlace, own: string): boolean {
		return this.#keys[i] !== own && this.#places[i] !== place && (this.#closeToFirst[i]! || this.#firstCountry[i] === place.country || this.#namesOnlyPlaceCountry(place.country, this.#firstCountry[i]!));
	}

	#readingSupport(key: string): Set<string>[] {
		let support = this.#supportOf.get(key);
		if (!support) {
			support = this.#readingsOf.get(key)!.map((j) => {
				const names = new Set<string>();
				for (const i of this.#near(this.#places[j]!)) if (this.#agrees(i, this.#places[j]!, key)) names.add(this.#keys[i]!);
				return names;
			});
			this.#supportOf.set(key, support);
		}
		return support;
	}

	#isStrongestReading(i: number, own: string): boolean {
		const key = this.#keys[i]!;
		const settled = this.#settled.get(key);
		if (settled) return this.#places[i] === settled;
		const readings = this.#readingsOf.get(key)!;
		if (readings.length === 1) return true;
		const support = this.#readingSupport(key);
		let most = 0;
		let mine = 0;
		for (let k = 0; k < readings.length; k++) {
			const count = support[k]!.size - (support[k]!.has(own) ? 1 : 0);
			if (count > most) most = count;
			if (readings[k] === i) mine = count;
		}
		return mine === most;
	}

	namesNear(place: GazetteerPlace, own: string): number {
		return this.#namesNear(place, own, false);
	}

	// "VIENNA — … accused Washington of": a capital is named for its government in news from anywhere, so its
	// name is no sign that the text is about its suburbs (Vienna, Virginia) or its namesakes' (Washington,
	// West Virginia, beside Vienna there), unless a qualifier settled it there
	townsNear(place: GazetteerPlace, own: string): boolean {
		return this.#namesNear(place, own, true) > 0;
	}

	/** `withoutCapitals`: a name whose reading or first reading is a national capital is not counted, unless the text settled it. */
	#namesNear(place: GazetteerPlace, own: string, withoutCapitals: boolean): number {
		if (this.#settled.size !== this.#answeredSettled) {
			this.#answers.clear();
			this.#answersWithoutCapitals.clear();
			this.#answeredSettled = this.#settled.size;
			this.#settledKeys = [...this.#settled.keys()];
			this.#settledPlaces = [...this.#settled.values()];
			this.#settledNear = nearness(this.#settledPlaces, NEAR_KM);
		}
		const answers = withoutCapitals ? this.#answersWithoutCapitals : this.#answers;
		let byPlace = answers.get(own);
		if (!byPlace) answers.set(own, (byPlace = new Map()));
		const known = byPlace.get(place);
		if (known !== undefined) return known;
		// (the set made at the first name: most places asked of have none near)
		let names: Set<string> | null = null;
		for (const i of this.#near(place)) {
			if (withoutCapitals && this.#namesUnsettledCapital(i)) continue;
			if (this.#agrees(i, place, own) && this.#isStrongestReading(i, own)) (names ??= new Set()).add(this.#keys[i]!);
		}
		// "Milton, Kentucky": a name the text settled speaks by its settled place, also where that place
		// (a village of 572) is not among the name's leading readings
		// (from a tree of the settled places: a list of thousands of "Town, ST" asks of each of them for every homonym)
		if (this.#settledNear) {
			for (const j of this.#settledNear(place)) {
				if (this.#settledKeys[j] !== own && this.#settledPlaces[j] !== place && !(withoutCapitals && isCapital(this.#settledPlaces[j]!))) (names ??= new Set()).add(this.#settledKeys[j]!);
			}
		}
		const count = names === null ? 0 : names.size;
		byPlace.set(place, count);
		return count;
	}

	#namesUnsettledCapital(i: number): boolean {
		const key = this.#keys[i]!;
		return !this.#settled.has(key) && (isCapital(this.#places[i]!) || isCapital(this.#firstOf.get(key)));
	}

	// "from Chiapas, Guerrero, Sinaloa and Quintana Roo": Chiapas has villages called after other states, which lie
	// together; the names of a country's states agree on none of its towns (asked rarely: regionOverNamesake)
	namesNearBesidesStates(place: GazetteerPlace, own: string): number {
		const names = new Set<string>();
		for (const i of this.#near(place)) {
			if (!this.#isStateOf(this.#keys[i]!, place.country) && this.#agrees(i, place, own) && this.#isStrongestReading(i, own)) names.add(this.#keys[i]!);
		}
		if (this.#settledNear) {
			for (const j of this.#settledNear(place)) {
				const key = this.#settledKeys[j]!;
				if (key !== own && this.#settledPlaces[j] !== place && !this.#isStateOf(key, place.country)) names.add(key);
			}
		}
		return names.size;
	}

	#isStateOf(key: string, country: string | null): boolean {
		return country !== null && (this.#statesOf.get(key)?.includes(country) ?? false);
	}

	namesAround(place: GazetteerPlace, own: string): number {
		const names = new Set<string>();
		for (const i of (this.#around ??= nearness(this.#places, AROUND_KM))(place)) {
			if (this.#agrees(i, place, own) && this.#isStrongestReading(i, own)) names.add(this.#keys[i]!);
		}
		return names.size;
	}

	firstReadingsNear(place: GazetteerPlace, own: string): number {
		// (of a country the text names as a country: "British"; not one its other towns' readings lie in)
		if (this.#firstOf.get(own) !== place || place.country === null || !this.#countries.has(place.country)) return 0;
		const names = new Set<string>();
		for (const i of (this.#firstNear ??= nearness(this.#firstPlaces, FIRST_READINGS_KM, FIRST_READINGS_COUNTED + 1))(place)) {
			if (this.#firstKeys[i] !== own && this.#firstPlaces[i]!.country === place.country) names.add(this.#firstKeys[i]!);
		}
		return Math.min(names.size, FIRST_READINGS_COUNTED);
	}
}

// up to a tree's leaf (kdbush's default node size) a scan is the same work without the tree
const SCAN_LIMIT = 64;
// ... and where every place within reach is asked for, a scan is quicker up to several leaves: it tests
// most points by latitude alone and makes nothing, where a tree is built for each text and its walk puts
// an object for every point and node it passes in a queue (the same places either way: near.spec.ts)
const SCAN_ALL_LIMIT = 512;

/** The places within `km` of a place (at most `most`, nearest first from the tree): scanned in a short text, from a tree in a long one. */
function nearness(places: GazetteerPlace[], km: number, most = Infinity): (place: GazetteerPlace) => number[] {
	if (places.length <= (most === Infinity ? SCAN_ALL_LIMIT : SCAN_LIMIT)) {
		const points = new ScannedPoints(mapDoubles(places, (p) => p.lon), mapDoubles(places, (p) => p.lat));
		return (place) => points.within(place.lon, place.lat, km);
	}
	const index = new KDBush(places.length);
	for (const place of places) index.add(place.lon, place.lat);
	index.finish();
	return (place) => around(index, place.lon, place.lat, most, km);
}
