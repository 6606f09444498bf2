// Every resolution, a rule's own and any copy of another, is made by the one literal below, with all six
// fields, so that all have one hidden class in V8: a literal of four fields, one with alternatives and a
// spread copy with outsideNamedCountry added ({ ...result, outsideNamedCountry: true }) were four shapes,
// and every function reading a resolution's place or reasons met them all (polymorphic reads, and a
// "wrong map" deoptimisation the first time a text brought a shape the function had not yet seen).
import type { ResolutionReason } from '../contracts.ts';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';

/** A mention resolved to a place. */
export function resolution(
	mention: AcceptedMention,
	place: GazetteerPlace,
	score: number,
	reasons: ResolutionReason[],
	alternatives: Resolution['alternatives'] = undefined,
	outsideNamedCountry: boolean | undefined = undefined
): Resolution {
	return { mention, place, score, reasons, alternatives, outsideNamedCountry };
}

/** The resolution, to be left off the map (see Resolution.outsideNamedCountry). */
export function leftUnmapped(result: Resolution): Resolution {
	return resolution(result.mention, result.place, result.score, result.reasons, result.alternatives, true);
}

/** The resolution for this mention with this place, score and reasons, its alternatives and outsideNamedCountry as they were. */
export function replaced(result: Resolution, mention: AcceptedMention, place: GazetteerPlace, score: number, reasons: ResolutionReason[]): Resolution {
	return resolution(mention, place, score, reasons, result.alternatives, result.outsideNamedCountry);
}
