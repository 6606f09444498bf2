// "London's West End", "Paris's Latin Quarter", "Liverpool's Anfield": a town's possessive before a name makes
// that name a part of the town, so where one of the name's places lies in the town it is that place, whatever
// larger namesake the size or the country chose (West End, British Columbia, 47,200, against London's West End).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { replaced } from './resolution.ts';
import { tokenAt, type Token } from './tokens.ts';

// how far from the town's point a part of it may lie (a large city's districts lie within this of its centre)
const PART_OF_TOWN_KM = 25;

/**
 * The owners of names written after a possessive ("London's West End": London's), found by the token before the
 * possessive mark; the results by their last token are gathered once, where the first possessive is met.
 */
export class PossessiveOwners {
	readonly #results: readonly Resolution[];
	readonly #tokens: readonly Token[];
	#endingAt: Map<number, number> | null = null;

	constructor(results: readonly Resolution[], tokens: readonly Token[]) {
		this.#results = results;
		this.#tokens = tokens;
	}

	/** The index of the result owning mention i's name by a possessive mark right before it (after a space), or -1. */
	ownerOf(i: number): number {
		const { candidate } = this.#results[i]!.mention;
		if (this.#tokens[candidate.first]!.gapBefore !== ' ' || !isPossessiveMark(tokenAt(this.#tokens, candidate.first - 1))) return -1;
		this.#endingAt ??= new Map(this.#results.map((r, k) => [r.mention.candidate.last, k]));
		return this.#endingAt.get(candidate.first - 2) ?? -1;
	}
}

/** The mentions after a town's possessive resolved outside that town, and their repetitions, each with the name's place inside it. */
export function districtsOfPossessiveTowns(results: readonly Resolution[], tokens: readonly Token[], places: readonly GazetteerPlace[]): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const owners = new PossessiveOwners(results, tokens);
	for (let i = 1; i < results.length; i++) {
		const result = results[i]!;
		const { candidate } = result.mention;
		// (cheap test first: a name of several places)
		if (candidate.places.length < 2) continue;
		const owner = owners.ownerOf(i);
		const town = owner < 0 ? undefined : results[owner]!.place;
		if (!town || town.kind !== 'city' || town === result.place || kilometres(town, result.place) <= PART_OF_TOWN_KM) continue;
		for (const k of candidate.places) {
			const part = places[k]!;
			if (part === town || (part.kind !== 'city' && part.kind !== 'site') || kilometres(town, part) > PART_OF_TOWN_KM) continue;
			// (the town qualifies the name as "West End, London" would)
			found.set(i, replaced(result, result.mention, part, result.score, ['qualified']));
			break;
		}
	}
	// ... and the name's later mentions that only repeated the namesake ("the West End's hottest tickets")
	if (found.size > 0) for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		if (found.has(i) || !result.reasons.includes('same-name-earlier')) continue;
		for (const [j, part] of found) {
			if (j > i || results[j]!.mention.key !== result.mention.key || results[j]!.place !== result.place) continue;
			// (qualified as its first mention was, which byOtherNameOnly asks of a name the place bears as an alternate)
			found.set(i, replaced(result, result.mention, part.place, result.score, ['same-name-earlier', 'qualified']));
			break;
		}
	}
	return found;
}
