import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { accentedLetters } from './written-accents.ts';
import { replaced } from './resolution.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';

/** A name resolved earlier in the document, again: the earlier place, for the same-name-earlier reason. */
export function recurrence(earlier: Resolution, mention: AcceptedMention): Resolution {
	return replaced(earlier, mention, earlier.place, earlier.score, ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')]);
}

/** By a moved name's key: the place its first moved mention had and the reading it moved to. */
export type MovedNames = Map<string, { from: GazetteerPlace; to: Resolution }>;

/** Keeps `to` as the reading `result`'s name moved to, where none of that name moved before. */
export function noteMoved(moved: MovedNames, result: Resolution, to: Resolution): void {
	if (!moved.has(result.mention.key)) moved.set(result.mention.key, { from: result.place, to });
}

/**
 * Adds to `found` (new readings by result index) each other mention of a moved name that still reads the place
 * the name moved from on weak reasons alone: the name again is the new place again ("Sale … Sale are missing").
 */
export function addBareRecurrences(results: readonly Resolution[], found: Map<number, Resolution>, moved: MovedNames): void {
	if (moved.size === 0) return;
	results.forEach((result, i) => {
		const by = moved.get(result.mention.key);
		if (by && !found.has(i) && result.place === by.from && restsOn(result.reasons, UNPLACING)) found.set(i, recurrence(by.to, result.mention));
	});
}

/**
 * The first resolution of each name in the document, by its key; a name written with accents is the
 * earlier one only where that was written with the same accents: "Tabor, Iowa … sang in Tábor" names
 * two places, while "Tábor … Tabor" (the accents dropped) names one.
 */
export class FirstResolutions {
	readonly #byKey = new Map<string, Resolution>();

	get(mention: AcceptedMention): Resolution | undefined {
		return this.#byKey.get(writtenKey(mention));
	}

	/** Keeps the resolution where it is the first of its name (as written, and by key). */
	add(result: Resolution): void {
		const { mention } = result;
		const written = accentedKey(mention);
		if (written && !this.#byKey.has(written)) this.#byKey.set(written, result);
		if (!this.#byKey.has(mention.key)) this.#byKey.set(mention.key, result);
	}
}

/** The mention's key with the accents it is written with, if any ("tabor" + "á" for "Tábor"). */
function accentedKey(mention: AcceptedMention): string | null {
	const accents = accentedLetters(mention.surface);
	return accents ? `${mention.key}\u0000${accents}` : null;
}

/** The mention's key, told apart by the accents it is written with (a name written with other accents is another name). */
export function writtenKey(mention: AcceptedMention): string {
	return accentedKey(mention) ?? mention.key;
}
