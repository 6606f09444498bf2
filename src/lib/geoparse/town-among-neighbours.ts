import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { MentionContext } from './mention-context.ts';

// the other names of the text within 100 km (one of them within 50) of a town ranked far below its namesakes
// that place it without its state
const NEIGHBOURS_PLACING = 2;
// ... unless the name's leading bearer is a city this big (a metropolis, not a state of millions): "the stolen truck turned up in San Antonio" from a
// county beside Florida's San Antonio is the Texas city (far-ranked-namesakes.spec.ts)
const METROPOLIS = 1_000_000;

/**
 * "A Salem man … burglary in Mount Pleasant … in Fort Madison": a town ranked far below its namesakes (a Salem
 * of Iowa behind those of India, Oregon and Massachusetts) is weighed where two other names of the text lie within
 * 100 km of it, one of them within 50, though the text names no state: a local brief names its county's
 * towns and no state. A name whose leading bearer is a metropolis means it, though.
 */
export function townAmongNeighbours(place: GazetteerPlace, own: string, leading: GazetteerPlace, names: () => MentionContext): boolean {
	if (place.kind !== 'city' || (leading.kind === 'city' && leading.population >= METROPOLIS)) return false;
	const context = names();
	return context.namesNear(place, own) > 0 && context.namesAround(place, own) >= NEIGHBOURS_PLACING;
}
