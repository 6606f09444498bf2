// "Cuba-Rushford Central School", "the Annville-Cleona district", "Bolivar-Richburg: closed": two neighbouring
// towns hyphened name the school district, team or road they share, and each is a place; so do a ferry's or a bus's two
// ends before the route's word ("the Coupeville-Port Townsend run", farther apart). A double-barrelled
// surname ("Newton-John", "Melbourne-Blake") joins names whose towns lie far apart, or follows a first name. US
// towns only: elsewhere a hyphen joins a town's name to its district's ("Hida-Furukawa", Furukawa in Hida), one
// place the gazetteer may not have whole.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres } from './qualifies.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';

// towns that share a school district or a team lie this close
const NEIGHBOURS_KM = 30;
// ... and the two ends of a route named for them ("the Coupeville-Port Townsend run", "the Mukilteo-Clinton ferry") this
const ROUTE_ENDS_KM = 250;
// the words after two hyphened names that make them a route's ends
const ROUTE_WORDS = new Set(['route', 'routes', 'run', 'runs', 'ferry', 'ferries', 'crossing', 'crossings', 'bus', 'buses', 'flight', 'flights', 'shuttle', 'line', 'road', 'highway', 'trail', 'service']);
// the namesakes of each name weighed (the gazetteer's order: the most important first)
const NAMESAKES = 30;

/** How far apart the two hyphened towns may lie: a route's ends farther than a district's towns. */
function pairReach(second: Candidate, tokens: readonly Token[]): number {
	return ROUTE_WORDS.has(tokenAt(tokens, second.last + 1)?.lower ?? '') ? ROUTE_ENDS_KM : NEIGHBOURS_KM;
}

/** The candidate and the one hyphened right after it name towns that lie within a district's (or a route's) reach of each other. */
export function hyphenedNeighbours(first: Candidate, second: Candidate | undefined, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (!second || second.first !== first.last + 1 || tokens[second.first]!.gapBefore !== '-') return false;
	// "Olivia Newton-John": after a first name or a capitalised word inside the sentence, a person's surnames ("The
	// Annville-Cleona board": the sentence's first word)
	const before = tokenAt(tokens, first.first - 1);
	if (before?.capitalized && !tokens[first.first]!.sentenceStart && (!before.sentenceStart || isFirstName(before.lower, gazetteer))) return false;
	const reach = pairReach(second, tokens);
	for (const a of first.places.slice(0, NAMESAKES)) {
		const one = gazetteer.places[a]!;
		if (one.kind !== 'city' || one.country !== 'US') continue;
		for (const b of second.places.slice(0, NAMESAKES)) {
			const other = gazetteer.places[b]!;
			if (other.kind === 'city' && other.country === 'US' && kilometres(one, other) <= reach) return true;
		}
	}
	return false;
}

// a name has at most this many tokens (candidates.ts reads no longer ones)
const NAME_TOKENS = 8;

/**
 * Whether the candidate is the second of such a pair, hyphened onto the town before it ("Annville-Cleona"), its name
 * ending there ("the Anacortes-San Juan Islands route" goes on to the islands' name).
 */
export function hyphenedAfterNeighbour(second: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const next = tokenAt(tokens, second.last + 1);
	if (tokens[second.first]!.gapBefore !== '-' || (next?.capitalized && next.gapBefore === ' ')) return false;
	for (let first = second.first - 1; first >= 0 && first >= second.first - NAME_TOKENS; first--) {
		const before = candidateAt.get(first);
		if (before) return before.last === second.first - 1 && hyphenedNeighbours(before, second, tokens, gazetteer);
	}
	return false;
}

/**
 * Whether the second of such a pair was read out of the pair's reach of the first ("The Mukilteo-Clinton route" read as
 * Clinton, Maryland, by size): the pair names the namesake beside the first, and no other.
 */
export function hyphenedEndAstray(second: Candidate, place: GazetteerPlace, resolutions: Iterable<{ mention: { candidate: Candidate }; place: GazetteerPlace }>, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (!hyphenedAfterNeighbour(second, candidateAt, tokens, gazetteer)) return false;
	for (const { mention, place: firstEnd } of resolutions) if (mention.candidate.last === second.first - 1) return kilometres(firstEnd, place) > pairReach(second, tokens);
	return true;
}
