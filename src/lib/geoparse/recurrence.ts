import type { AcceptedMention, Resolution } from './resolve.ts';

/** A name resolved earlier in the document, again: the earlier place, for the same-name-earlier reason. */
export function recurrence(earlier: Resolution, mention: AcceptedMention): Resolution {
	return { ...earlier, mention, reasons: ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')] };
}
