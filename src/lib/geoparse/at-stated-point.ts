// "Coordinates: 44°28′N 71°11′W … Berlin lies on the Androscoggin": a namesake within a few dozen km of
// the coordinates an article states is the one it means, however much bigger a namesake elsewhere is:
// the subject lies at the point and the neighbours it names around it.
import type { Gazetteer } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';
import { resolution } from './resolution.ts';

// an article's neighbours lie within this of its point; namesakes this close together are rare
const CLOSE_KM = 60;

/** The mentions resolved far from the stated point that have a namesake close to it, with that reading. */
export function atStatedPoint(results: readonly Resolution[], gazetteer: Gazetteer, stated: StatedPoint | null): [number, Resolution][] {
	if (!stated) return [];
	const moved: [number, Resolution][] = [];
	for (let i = 0; i < results.length; i++) {
		const { mention, place } = results[i]!;
		const { places, alternate } = mention.candidate;
		if (mention.usage !== 'literal' || places.length < 2 || kilometres(place, stated) <= CLOSE_KM) continue;
		// the most important namesake close to the point, by its own name (not an old or foreign one)
		const k = places.findIndex((p, j) => !alternate[j] && kilometres(gazetteer.places[p]!, stated) <= CLOSE_KM);
		if (k >= 0) moved.push([i, resolution(mention, gazetteer.places[places[k]!]!, 0.9, ['nearby-context'])]);
	}
	return moved;
}
