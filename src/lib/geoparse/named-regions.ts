import type { Gazetteer } from '../gazetteer/types.ts';
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
