// Every candidate, the recogniser's own and any copy over another span or with other readings, is made
// by the one literal below, so that all have one shape: a spread ({ ...candidate, end }) gives the copy a
// hidden class of its own in V8, and every function that had met only the recogniser's candidates was
// deoptimised ("wrong map") and compiled again the first time a text named "Orange County" or "Washington, D.C.".
import type { Candidate } from './candidates.ts';

/** A candidate over tokens first..last (offsets start..end) with these readings (a name's match, or another candidate's). */
export function respanned(candidate: Pick<Candidate, 'places' | 'importance' | 'alternate' | 'via'>, start: number, end: number, first: number, last: number): Candidate {
	return { start, end, first, last, places: candidate.places, importance: candidate.importance, alternate: candidate.alternate, via: candidate.via };
}

/** The candidate's span with other readings. */
export function reread(candidate: Candidate, readings: Pick<Candidate, 'places' | 'importance' | 'alternate'>): Candidate {
	return { start: candidate.start, end: candidate.end, first: candidate.first, last: candidate.last, places: readings.places, importance: readings.importance, alternate: readings.alternate, via: candidate.via };
}
