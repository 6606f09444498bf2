// "Buyers from Baker City, Enterprise and Pendleton": a town of a list that size alone put in another state
// (Enterprise, Nevada) while the list's other towns lie together in one state is the namesake of that state
// that lies near them (Enterprise, Oregon), where there is one. The other towns of the list are read only
// after it in the first pass, so this is asked once all are resolved. One of those towns must lie in
// that state by more than the list and the words around it ("from Columbus, Dayton and Springfield":
// two towns context alone put in New Jersey do not take Columbus there).
import type { DocumentReading, Homonyms } from './read-document.ts';
import { listSiblings, type ListSiblings } from './list-siblings.ts';
import { kilometres } from './qualifies.ts';
import { recurrence } from './recurrence.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import type { ResolutionReason } from '../contracts.ts';
import { admin1Key } from './region-key.ts';
import { tokenAt, type Token } from './tokens.ts';
import { COORDINATORS } from './context-words.ts';

// the namesake lies this close to one of the list's towns
const NEAR_LIST_KM = 120;

// reasons that say only how big a place is or what lies around it, the list included
const AROUND_ONLY: ReadonlySet<ResolutionReason> = new Set(['population', 'nearby-context', 'list-context', 'country-context', 'feature-type', 'same-name-earlier']);

/**
 * The list town j lies where it does by more than the list and its neighbours: by its only candidate, a
 * state named with it, a dateline..., or as the biggest of its namesakes (size alone, no context, put it
 * there: Dayton, Ohio, not Dayton, New Jersey).
 */
function placedOnItsOwn(j: number, results: Resolution[], reading: DocumentReading): boolean {
	const result = results[j];
	if (!result?.place) return false;
	return result.reasons.some((r) => !AROUND_ONLY.has(r)) || reading.homonymsOf(j).places[0] === result.place;
}

/** A comma or a joiner right before or after the mention: it may be an item of a list (read-document.ts knows). */
function inList(mention: AcceptedMention, tokens: readonly Token[]): boolean {
	const { first, last } = mention.candidate;
	const next = tokens[last + 1];
	return tokens[first]!.gapBefore === ', ' || COORDINATORS.has(tokenAt(tokens, first - 1)?.text ?? '') || (next !== undefined && (next.gapBefore === ', ' || COORDINATORS.has(next.text)));
}

export function reconsiderListItemsOutOfState(
	mentions: AcceptedMention[],
	results: Resolution[],
	reading: DocumentReading,
	tokens: readonly Token[],
	resolveAmong: (i: number, homonyms: Homonyms, siblings: ListSiblings) => Resolution
): void {
	for (let i = 0; i < mentions.length; i++) {
		const first = results[i]!;
		const place = first.place;
		if (place.kind !== 'city' || !place.country || !first.reasons.every((r) => r === 'population') || !inList(mentions[i]!, tokens)) continue;
		const siblings = listSiblings(i, results, reading);
		if (!siblings || siblings.country !== place.country || siblings.regions.size !== 1 || siblings.regions.has(admin1Key(place.country, place.admin1))) continue;
		const homonyms = reading.homonymsOf(i);
		const towns = reading.listNeighbours(i).flatMap((j) => (results[j]?.place ? [results[j]!.place] : []));
		const anchored = reading.listNeighbours(i).some((j) => placedOnItsOwn(j, results, reading) && siblings.regions.has(admin1Key(results[j]!.place.country, results[j]!.place.admin1)));
		if (!anchored) continue;
		const nearList = homonyms.places.some((other) => !homonyms.alternateNames.has(other) && siblings.regions.has(admin1Key(other.country, other.admin1)) && towns.some((town) => kilometres(town, other) < NEAR_LIST_KM));
		if (!nearList) continue;
		const again = resolveAmong(i, homonyms, siblings);
		if (!siblings.regions.has(admin1Key(again.place.country, again.place.admin1))) continue;
		results[i] = again;
		const key = mentions[i]!.key;
		for (let j = i + 1; j < mentions.length; j++) {
			const later = results[j]!;
			if (later.place === place && later.reasons[0] === 'same-name-earlier' && mentions[j]!.key === key) results[j] = recurrence(again, mentions[j]!);
		}
	}
}
