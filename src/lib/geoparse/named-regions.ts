import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { stateReadings } from './state-readings.ts';
import type { AcceptedMention } from './resolve.ts';
import { admin1Key } from './region-key.ts';

/**
 * "CAMP MURRAY, Wash. … at home in Washington": the first-level regions the text names by a name that
 * means nothing else (a state's abbreviation, a county's full name), as "US:WA".
 */
export function plainlyNamedRegions(mentions: AcceptedMention[], gazetteer: Gazetteer): Set<string> {
	const named = new Set<string>();
	for (const { candidate, usage } of mentions) {
		if (candidate.places.length !== 1 || usage === 'embedded') continue;
		const place = gazetteer.places[candidate.places[0]!]!;
		if ((place.kind === 'region' || place.kind === 'district') && place.country && place.admin1) named.add(admin1Key(place.country, place.admin1));
	}
	return named;
}

/** Whether the name is also a state's the text names plainly elsewhere (the city of that name then waits for the context). */
export function namesANamedState(key: string, named: Set<string>, gazetteer: Gazetteer): boolean {
	return named.size > 0 && stateReadings(key, gazetteer).some((state) => named.has(admin1Key(state.country, state.admin1)));
}

/**
 * "Bergen, North Dakota, a city in McHenry County": a county whose namesake county lies in a state the text names
 * plainly, its own state unnamed, is no reading by size alone (Illinois' bigger McHenry County waits for the context).
 */
export function countyOfAnotherNamedState(best: GazetteerPlace, namesake: GazetteerPlace, named: ReadonlySet<string>): boolean {
	if (best.kind !== 'district' || namesake.kind !== 'district' || !namesake.country || !namesake.admin1) return false;
	return named.has(admin1Key(namesake.country, namesake.admin1)) && !(best.country && best.admin1 && named.has(admin1Key(best.country, best.admin1)));
}
