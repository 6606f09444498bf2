import { isFirstLevelRegion, type GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast } from './known-abroad.ts';

// "voted illegally in California", "like California": a state's own name means the state. A town named
// after it (California, Pennsylvania) needs the text to place it (a parent, a list of towns, a stated
// population, its state named), not only a neighbour sharing a name with another namesake (Washington,
// Pennsylvania is near; so are the towns of many states): two other names of the text near it do
// ("Peoria … Washington … Morton"). A large city or a capital is meant by its
// name on its own ("Washington" is still the capital by size).
const TOWN_BELOW = 100_000;
const AGREEING_NAMES = 2;

export interface Weighed {
	place: GazetteerPlace;
	score: number;
	importance: number;
	/** the text places it: a parent, its region, a list, a stated population, a ZIP area */
	placed: boolean;
	/** how many other names of the text have a reading near it */
	namesNear: number;
	/** the name is not the place's own in the gazetteer (an other name; a state it calls "Washington State") */
	alternate: boolean;
}

/**
 * The first-level region a town named after it, chosen on nearness alone, yields to, if any. `besidesStates`
 * recounts the names near the town without the names of its country's states: villages called after other
 * states (Chiapas's Sinaloa and Quintana Roo) lie together, and agree with each other in a text naming states.
 */
export function regionOverNamesake<T extends Weighed>(scored: T[], besidesStates?: (place: GazetteerPlace) => number): T | null {
	const best = scored[0]!;
	if (best.placed || best.place.kind !== 'city' || capitalOrAtLeast(best.place, TOWN_BELOW)) return null;
	if (best.namesNear >= AGREEING_NAMES && (!besidesStates || besidesStates(best.place) >= AGREEING_NAMES)) return null;
	for (const s of scored) {
		if (s !== best && !s.alternate && isFirstLevelRegion(s.place) && s.place.country === best.place.country && s.importance > best.importance) return s;
	}
	return null;
}
