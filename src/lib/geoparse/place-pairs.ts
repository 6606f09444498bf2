// "the Dallas Fort Worth area", "the Mumbai Pune Expressway", "Baltimore Washington airport": two
// well-known towns side by side, one space apart, whose leading readings lie near each other, name a
// pair of places (a metro area, a road's two ends). Neither is a first name before a surname ("Dallas"
// is one, and so is a first name's place after it: "Jordan Henderson"), nor the second a street's name
// ("Pune Expressway" as "Oxford Street"). Towns far apart stay what the other rules make of them
// ("Austin Butler", "Chelsea Clinton").
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres } from './qualifies.ts';
import type { Token } from './tokens.ts';

const PAIR_KM = 300;
// a name has at most this many tokens (candidates.ts reads no longer ones)
const NAME_TOKENS = 8;

function nearPair(a: Candidate, b: Candidate, gazetteer: Gazetteer, wellKnown: (candidate: Candidate) => boolean): boolean {
	if (a.via !== 'name' || b.via !== 'name' || !wellKnown(a) || !wellKnown(b)) return false;
	const first = gazetteer.places[a.places[0]!]!;
	const second = gazetteer.places[b.places[0]!]!;
	return first.kind === 'city' && second.kind === 'city' && first !== second && kilometres(first, second) <= PAIR_KM;
}

/** Whether the candidate and the name right before or after it, one space apart, make such a pair (see above). */
export function pairedTown(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer, wellKnown: (candidate: Candidate) => boolean): boolean {
	const next = candidateAt.get(candidate.last + 1);
	if (next && tokens[next.first]!.gapBefore === ' ' && nearPair(candidate, next, gazetteer, wellKnown)) return true;
	if (tokens[candidate.first]!.gapBefore !== ' ') return false;
	for (let first = candidate.first - 1; first >= 0 && first >= candidate.first - NAME_TOKENS; first--) {
		const before = candidateAt.get(first);
		if (before) return before.last === candidate.first - 1 && nearPair(before, candidate, gazetteer, wellKnown);
	}
	return false;
}
