// Which of a name's towns the text's other places lie around: demonym-towns.ts, home-towns-named-abroad.ts and
// cluster-namesakes.ts move a name read elsewhere to the town of that name most of the text's places are near.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { liesWithin } from './qualifies.ts';

export interface KeyedPlace {
	readonly key: string;
	readonly place: GazetteerPlace;
}

/**
 * Of `towns`, the one that the most distinct other names (keys other than `key`) among `places` lie within `km`
 * of, if at least `atLeast` do; the first such town on a tie.
 */
export function townMostBeside(towns: Iterable<GazetteerPlace>, key: string, places: readonly KeyedPlace[], km: number, atLeast: number): GazetteerPlace | null {
	let best: GazetteerPlace | null = null;
	let most = atLeast - 1;
	for (const town of towns) {
		const names = new Set<string>();
		for (const other of places) if (other.key !== key && liesWithin(other.place, town, km)) names.add(other.key);
		if (names.size > most) {
			most = names.size;
			best = town;
		}
	}
	return best;
}
