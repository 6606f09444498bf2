// The kinds of place a list's items are ("country", "region:US"), counted once for the whole run of items:
// a mention reads its list's counts without going over the list again (a list thousands of names long
// would cost its square).
import type { Gazetteer } from '../gazetteer/types.ts';
import { listKind } from './mention-evidence.ts';
import type { AcceptedMention } from './resolve.ts';
import { bestReading } from './sentence-parents.ts';

// the key under which a list's towns are counted (no kind a reading's listKind gives)
export const TOWN_ITEMS = 'town';

export interface ListKinds {
	/** the list each mention stands in, by index into `counts` (a mention joined to no other is a list of one) */
	listOf: number[];
	/** each list's items by kind (their best readings) */
	counts: Map<string, number>[];
}

/** `joined[j]`: mention j and the next are items of one list. */
export function countListKinds(mentions: AcceptedMention[], joined: readonly boolean[], gazetteer: Gazetteer): ListKinds {
	// (an array, not an Int32Array: see SentenceCounter in stated-populations.ts)
	const listOf: number[] = [];
	const counts: Map<string, number>[] = [];
	for (let j = 0; j < mentions.length; j++) {
		if (j === 0 || !joined[j - 1]) counts.push(new Map());
		listOf.push(counts.length - 1);
		const best = bestReading(mentions[j]!, gazetteer);
		const kind = listKind(best) ?? (best.kind === 'city' ? TOWN_ITEMS : null);
		const list = counts[listOf[j]!]!;
		if (kind) list.set(kind, (list.get(kind) ?? 0) + 1);
	}
	return { listOf, counts };
}
