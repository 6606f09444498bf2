// "Flights from Palma to Manchester and Bristol were cancelled": weighing each name, Manchester took the namesake in
// New Hampshire because a Bristol lies near it (the names of the text agree on an area), but Bristol itself was read
// as Bristol, England, and nothing the text resolved lies near Manchester, New Hampshire. A town whose reading rests
// on that nearness and its size alone, with no place the text resolved within the nearness radius, is the biggest
// namesake of its name instead, where that one has a resolved place of the text within the radius (Bristol, 230 km
// from Manchester, England). A text whose other towns lie in New England ("Manchester and Nashua") keeps its reading.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { AnchorIndex } from './anchors.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { ResolutionReason } from '../contracts.ts';

// the radius weigh-homonyms.ts reads nearness within (NEARBY_KM)
const NEARBY_KM = 400;
// the reasons of a reading that nearness and size alone chose
const NEAR_AND_SIZE: ReadonlySet<ResolutionReason> = new Set(['nearby-context', 'population']);

const isTown = (place: GazetteerPlace) => place.kind === 'city' || place.kind === 'district';

/** The mentions (by index) to read as their biggest namesake, with that reading. */
export function nearbyUnheld(results: readonly Resolution[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	let resolved: AnchorIndex | null = null;
	results.forEach((result, i) => {
		const { place, mention, reasons } = result;
		if (place.kind !== 'city' || mention.usage !== 'literal' || result.outsideNamedCountry || !reasons.includes('nearby-context') || !reasons.every((r) => NEAR_AND_SIZE.has(r))) return;
		const { candidate } = mention;
		if (candidate.alternate[0] || candidate.places.length < 2) return;
		const biggest = gazetteer.places[candidate.places[0]!]!;
		if (biggest === place || biggest.kind !== 'city') return;
		resolved ??= new AnchorIndex(results.flatMap((r) => (isTown(r.place) && !r.outsideNamedCountry && r.mention.usage === 'literal' ? [r.place] : [])));
		if (resolved.hasNear(place, NEARBY_KM) || !resolved.hasNear(biggest, NEARBY_KM, (anchor) => anchor !== place)) return;
		found.set(i, replaced(result, mention, biggest, result.score, ['population']));
	});
	return found;
}
