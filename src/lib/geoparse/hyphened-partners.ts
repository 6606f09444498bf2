// "Cody-Kilgore 55", "the Gordon-Rushville girls": the towns a hyphen joins into a co-op's or a district's name are
// neighbours (hyphened-towns.ts keeps them as places), so each is the namesake beside the other. Where size alone
// read them far apart (Cody, Wyoming and Kilgore, Texas) while a town of each name lies within a district's reach of
// one of the other's (Cody and Kilgore, Nebraska, 24 km), the pair is read as those two: the one standing beside a
// side already read first. A side the text's own words placed (a qualifier, a named parent) stays, and so does a
// route's far end ("the Mukilteo-Clinton ferry": its own reach, hyphenedEndAstray).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { NEIGHBOURS_KM, pairReach, usTowns } from './hyphened-towns.ts';
import { kilometres } from './qualifies.ts';
import { addBareRecurrences, noteMoved, type MovedNames } from './recurrence.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

/** The pair's new readings by result index (with their bare recurrences), where a neighbouring pair of namesakes exists. */
export function hyphenedPartners(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const moved: MovedNames = new Map();
	for (let i = 0; i + 1 < results.length; i++) {
		const first = results[i]!;
		const second = results[i + 1]!;
		const a = first.mention.candidate;
		const b = second.mention.candidate;
		if (b.first !== a.last + 1 || tokens[b.first]!.gapBefore !== '-' || pairReach(b, tokens) !== NEIGHBOURS_KM) continue;
		if (kilometres(first.place, second.place) <= NEIGHBOURS_KM) continue;
		const pair = neighbouringNamesakes(first, second, gazetteer);
		if (!pair) continue;
		for (const [k, side, place] of [[i, first, pair[0]], [i + 1, second, pair[1]]] as const) {
			if (side.place === place) continue;
			const result = replaced(side, side.mention, place, side.score, ['nearby-context']);
			found.set(k, result);
			noteMoved(moved, side, result);
		}
	}
	addBareRecurrences(results, found, moved);
	return found;
}

/**
 * A US town of each side's name within a district's reach of each other: a pair keeping a side's present reading
 * first, then the most important; none where a side that may not move would have to.
 */
function neighbouringNamesakes(first: Resolution, second: Resolution, gazetteer: Gazetteer): [GazetteerPlace, GazetteerPlace] | null {
	const firstMovable = movable(first);
	const secondMovable = movable(second);
	if (!firstMovable && !secondMovable) return null;
	let best: [GazetteerPlace, GazetteerPlace] | null = null;
	for (const one of ownNamesakes(first, gazetteer)) {
		if (!firstMovable && one !== first.place) continue;
		for (const other of ownNamesakes(second, gazetteer)) {
			if (!secondMovable && other !== second.place) continue;
			if (kilometres(one, other) > NEIGHBOURS_KM) continue;
			if (one === first.place || other === second.place) return [one, other];
			best ??= [one, other];
		}
	}
	return best;
}

/** Whether size or the text's country alone read the side, and no well-known city ("Raleigh-Durham", the airport, stays the cities). */
function movable(side: Resolution): boolean {
	return restsOn(side.reasons, NAME_ALONE) && (side.mention.minor || side.place.kind !== 'city');
}

/** The US towns bearing the side's name as their own (not Raleigh Hills, Oregon, for "Raleigh"), as usTowns weighs them. */
function ownNamesakes(side: Resolution, gazetteer: Gazetteer): GazetteerPlace[] {
	const { candidate } = side.mention;
	const towns = new Set(usTowns(candidate, gazetteer));
	return candidate.places.flatMap((id, k) => (towns.has(gazetteer.places[id]!) && !candidate.alternate[k] ? [gazetteer.places[id]!] : []));
}
