// "a brush fire at Grant" beside Guntersville, Arab and Boaz; "Granite residents" beside Buena Vista and Leadville:
// an everyday English word that a US town bears is that town where the phrase sets it down as a place (a locative
// preposition, a plural of the town's people after it) and two other names of the text lead with places within 50 km
// of a town of the word's name: a county's towns read together. Elsewhere the word stays a word ("at Grant Park",
// "a grant at the school": judge.ts reads everyday words as words first).
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { JudgeContext } from './phrase-cues.ts';
import { kilometres } from './qualifies.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { tokenAt } from './tokens.ts';
import { inTitleCaseLine } from './headline-words.ts';

// the text's other names whose leading places lie this close to a town of the word's name
const NEIGHBOUR_KM = 50;
const NEIGHBOURS = 2;
// the word's namesakes weighed (the gazetteer's order)
const NAMESAKES = 30;
// the prepositions that set the word down as a place here ("at Grant", "fell at Belt", "the road to Spray")
const PLACING = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'to']);

/** "at Grant", not "at Grant Park" nor "at Grant's" nor in a headline: a placing preposition before the bare word, no name going on after it. */
export function wordAfterPlacingPreposition(candidate: Candidate, ctx: JudgeContext): boolean {
	const before = tokenAt(ctx.tokens, candidate.first - 1);
	if (!before || !PLACING.has(before.text) || ctx.tokens[candidate.first]!.gapBefore !== ' ') return false;
	// (a headline capitalises every word: "Families Vow to Bring Killer to Justice" is no town of Justice)
	if (inTitleCaseLine(candidate, ctx.tokens)) return false;
	const next = ctx.tokens[candidate.last + 1];
	return !next || !(isPossessiveMark(next) || (next.capitalized && next.gapBefore === ' '));
}

/** Whether a town bearing the candidate's word as its own name has `neighbours` other names of the text leading near it. */
export function wordTownAmidNeighbours(candidate: Candidate, ctx: JudgeContext, neighbours = NEIGHBOURS): boolean {
	const own = ctx.text.slice(candidate.start, candidate.end).toLowerCase();
	const towns: GazetteerPlace[] = [];
	candidate.places.slice(0, NAMESAKES).forEach((id, k) => {
		const place = ctx.gazetteer.places[id]!;
		if (!candidate.alternate[k] && place.kind === 'city' && place.country === 'US') towns.push(place);
	});
	if (towns.length === 0) return false;
	const near = new Set<string>();
	for (const other of ctx.candidateAt.values()) {
		const key = ctx.text.slice(other.start, other.end).toLowerCase();
		if (key === own || near.has(key)) continue;
		const leading = ctx.gazetteer.places[other.places[0]!]!;
		if ((leading.kind === 'city' || leading.kind === 'district') && towns.some((town) => kilometres(town, leading) <= NEIGHBOUR_KM)) near.add(key);
		if (near.size >= neighbours) return true;
	}
	return false;
}
