import type { GazetteerPlace } from '../gazetteer/types.ts';

// "a talk by a professor from Princeton": where the text says nothing of which of a country's namesakes
// it means, a reader takes the one known by name over a slightly bigger one known to nobody. GeoNames'
// alternate names (all languages and scripts, mostly from Wikipedia's) measure that: the college town has
// thirty, the Florida namesake a third larger by population two. Small counts are noise (a town of
// 10,000 has a handful), so the known one needs this many ...
const KNOWN_NAMES = 10;
// ... and twice the names of the homonym chosen by size, which it must be no less than half as likely as
// on everything else (size and the text's evidence together)
const NAMES_RATIO = 2;
const SCORE_GAP = Math.log10(2);

export interface WeighedNamesake {
	place: GazetteerPlace;
	score: number;
	/** the name is not the place's own (an other, old or foreign name) */
	alternate: boolean;
	/** the text speaks of the place's own area */
	ownArea: boolean;
	/** the text places it by more than its state named elsewhere */
	placedLocally: boolean;
}

/** The homonym of the leading town's country known by name that it yields to, if any: the one named most ways. */
export function knownAtHome<T extends WeighedNamesake>(scored: T[]): T | null {
	const best = scored[0]!;
	if (best.ownArea || best.placedLocally || best.alternate || best.place.kind !== 'city') return null;
	const least = Math.max(KNOWN_NAMES, NAMES_RATIO * (best.place.alternateNameCount ?? 0));
	let known: T | null = null;
	for (const s of scored) {
		if (s === best || s.alternate || s.place.kind !== 'city' || s.place.country !== best.place.country) continue;
		const count = s.place.alternateNameCount ?? 0;
		if (count < least || s.score < best.score - SCORE_GAP) continue;
		if (!known || count > known.place.alternateNameCount!) known = s;
	}
	return known;
}
