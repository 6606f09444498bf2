import type { GazetteerPlace } from '../gazetteer/types.ts';

// "COLUMBUS, Ohio (AP) … outlasted Louisville": a state the text names elsewhere says where the writer
// is, not which of a country's namesakes a bare name means. A small town placed by nothing more (no
// neighbour named, no parent in its sentence, no county, list, address or stated size) yields to a large
// city of its country that bears the name and is far bigger: Louisville is Kentucky's. Its neighbours
// named ("Baltimore and Pickerington") or a parent in its own sentence keep the small town.
/** A city this large is what its own name means against smaller namesakes (weigh-homonyms.ts, bearers-in-area.ts, dateline-quarters.ts too). */
export const LARGE_CITY = 100_000;
const SMALL_TOWN = 50_000;
const SIZE_RATIO = 10;

export interface WeighedHere {
	place: GazetteerPlace;
	importance: number;
	/** the name is not the place's own (an other, old or foreign name) */
	alternate: boolean;
	/** the text places it by more than its state named elsewhere */
	placedLocally: boolean;
}

/** The large city of the same country that a small namesake, placed only by its state named elsewhere, yields to, if any. */
export function largeCityAtHome<T extends WeighedHere>(scored: T[]): T | null {
	const best = scored[0]!;
	if (best.placedLocally || best.alternate || best.place.kind !== 'city' || best.place.population >= SMALL_TOWN) return null;
	let large: T | null = null;
	for (const s of scored) {
		if (s === best || s.alternate || s.place.kind !== 'city' || s.place.country !== best.place.country || s.place.population < LARGE_CITY) continue;
		if (s.importance >= SIZE_RATIO * best.importance && (!large || s.importance > large.importance)) large = s;
	}
	return large;
}
