// "Cuba-Rushford Central School", "the Annville-Cleona district", "Bolivar-Richburg: closed": neighbouring towns
// hyphened ("Clarion-Goldfield-Dows": three) name the school district, team or road they share, and each is a place;
// so do a ferry's or a bus's two ends before the route's word ("the Coupeville-Port Townsend run", farther apart).
// A double-barrelled surname ("Newton-John", "Melbourne-Blake") joins names whose towns lie far apart, or follows a first name. US
// towns only: elsewhere a hyphen joins a town's name to its district's ("Hida-Furukawa", Furukawa in Hida), one
// place the gazetteer may not have whole.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres } from './qualifies.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isFirstName } from './word-facts.ts';
import type { Verdict } from './judge.ts';

// towns that share a school district or a team lie this close
export const NEIGHBOURS_KM = 30;
// ... and the two ends of a route named for them ("the Coupeville-Port Townsend run", "the Mukilteo-Clinton ferry") this
const ROUTE_ENDS_KM = 250;
// the words after two hyphened names that make them a route's ends
const ROUTE_WORDS = new Set(['route', 'routes', 'run', 'runs', 'ferry', 'ferries', 'crossing', 'crossings', 'bus', 'buses', 'flight', 'flights', 'shuttle', 'line', 'road', 'highway', 'trail', 'service']);
// the namesakes of each name weighed (the gazetteer's order: the most important first)
const NAMESAKES = 30;
// a name has at most this many tokens (candidates.ts reads no longer ones)
const NAME_TOKENS = 8;

/** How far apart the two hyphened towns may lie: a route's ends farther than a district's towns. */
export function pairReach(second: Candidate, tokens: readonly Token[]): number {
	return ROUTE_WORDS.has(tokenAt(tokens, second.last + 1)?.lower ?? '') ? ROUTE_ENDS_KM : NEIGHBOURS_KM;
}

/** The US towns among the candidate's namesakes. */
export function usTowns(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace[] {
	return candidate.places.slice(0, NAMESAKES).map((id) => gazetteer.places[id]!).filter((place) => place.kind === 'city' && place.country === 'US');
}

/** Some town of each of the two candidates lies within reach of a town of the other (or, given a third, both of one of its towns). */
function townsWithin(a: Candidate, b: Candidate, reach: number, gazetteer: Gazetteer, third?: Candidate): boolean {
	const thirds = third ? usTowns(third, gazetteer) : [];
	for (const one of usTowns(a, gazetteer)) {
		for (const other of usTowns(b, gazetteer)) {
			if (!third && kilometres(one, other) <= reach) return true;
			if (third && thirds.some((hub) => kilometres(hub, one) <= reach && kilometres(hub, other) <= reach)) return true;
		}
	}
	return false;
}

/** The candidate hyphened right onto the start of this one, if any ("Clarion" of "Clarion-Goldfield"). */
function hyphenedBefore(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate> | undefined, tokens: readonly Token[]): Candidate | undefined {
	if (tokens[candidate.first]!.gapBefore !== '-') return undefined;
	for (let first = candidate.first - 1; first >= 0 && first >= candidate.first - NAME_TOKENS; first--) {
		const before = candidateAt?.get(first);
		if (before) return before.last === candidate.first - 1 ? before : undefined;
	}
	return undefined;
}

/**
 * The candidate and the one hyphened right after it name towns that lie within a district's (or a route's) reach of
 * each other, or, in a run of three ("Clarion-Goldfield-Dows": Goldfield and Dows 34 km apart), both within reach of
 * the run's other town: a district joins the towns around one of them.
 */
export function hyphenedNeighbours(first: Candidate, second: Candidate | undefined, tokens: readonly Token[], gazetteer: Gazetteer, candidateAt?: ReadonlyMap<number, Candidate>): boolean {
	if (!second || second.first !== first.last + 1 || tokens[second.first]!.gapBefore !== '-') return false;
	// in a run the word before it is looked at, not the run's own names ("Goldfield" after "Clarion-" is no surname)
	const opening = hyphenedBefore(first, candidateAt, tokens);
	const start = opening ?? first;
	// "Olivia Newton-John": after a first name or a capitalised word inside the sentence, a person's surnames ("The
	// Annville-Cleona board": the sentence's first word; "On Friday, Cody-Kilgore": a comma ends the words before)
	const before = tokenAt(tokens, start.first - 1);
	if (before?.capitalized && tokens[start.first]!.gapBefore === ' ' && !tokens[start.first]!.sentenceStart && (!before.sentenceStart || isFirstName(before.lower, gazetteer))) return false;
	const reach = pairReach(second, tokens);
	if (townsWithin(first, second, reach, gazetteer)) return true;
	const closing = tokens[second.last + 1]?.gapBefore === '-' ? candidateAt?.get(second.last + 1) : undefined;
	const third = opening ?? closing;
	return third !== undefined && reach === NEIGHBOURS_KM && townsWithin(first, second, reach, gazetteer, third);
}

/**
 * Whether the candidate is the second of such a pair, hyphened onto the town before it ("Annville-Cleona"), its name
 * ending there ("the Anacortes-San Juan Islands route" goes on to the islands' name).
 */
export function hyphenedAfterNeighbour(second: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	const next = tokenAt(tokens, second.last + 1);
	if (next?.capitalized && next.gapBefore === ' ') return false;
	const before = hyphenedBefore(second, candidateAt, tokens);
	return before !== undefined && hyphenedNeighbours(before, second, tokens, gazetteer, candidateAt);
}

/**
 * Whether the second of such a pair was read out of the pair's reach of the towns before it in the run ("The
 * Mukilteo-Clinton route" read as Clinton, Maryland, by size): the pair names the namesake beside the first (or, in a
 * run of three, beside the run's first town), and no other.
 */
export function hyphenedEndAstray(second: Candidate, place: GazetteerPlace, resolutions: Iterable<{ mention: { candidate: Candidate }; place: GazetteerPlace }>, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (!hyphenedAfterNeighbour(second, candidateAt, tokens, gazetteer)) return false;
	const first = hyphenedBefore(second, candidateAt, tokens)!;
	const runStart = hyphenedBefore(first, candidateAt, tokens);
	const reach = pairReach(second, tokens);
	for (const { mention, place: earlier } of resolutions) {
		const last = mention.candidate.last;
		if ((last === first.last || last === runStart?.last) && kilometres(earlier, place) <= reach) return false;
	}
	return true;
}

/**
 * Whether the candidate is either town of such a pair ("Gordon-Rushville 38", "Cody-Kilgore"): a co-op's town named
 * like a person ("Gordon", "Cody") is no first name there, nor the town after it a surname.
 */
export function inHyphenedPair(candidate: Candidate, candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	return hyphenedAfterNeighbour(candidate, candidateAt, tokens, gazetteer) || hyphenedNeighbours(candidate, candidateAt.get(candidate.last + 1), tokens, gazetteer, candidateAt);
}

/**
 * "Allen-Plano scored twice", "Scoring: Allen-McKinney 12": a pair stands or falls together. The second town, kept
 * as the first's neighbour, falls where the first was read as no place (a person's name), with the first's verdict.
 */
export function pairFallsTogether(candidates: readonly Candidate[], verdicts: Verdict[], candidateAt: ReadonlyMap<number, Candidate>, tokens: readonly Token[], gazetteer: Gazetteer): void {
	for (let i = 1; i < candidates.length; i++) {
		const second = candidates[i]!;
		if (!verdicts[i]!.keep || verdicts[i - 1]!.keep || tokens[second.first]!.gapBefore !== '-' || candidates[i - 1]!.last !== second.first - 1) continue;
		if (hyphenedAfterNeighbour(second, candidateAt, tokens, gazetteer)) verdicts[i] = verdicts[i - 1]!;
	}
}
