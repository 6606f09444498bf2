import type { AcceptedMention, Resolution } from './resolve.ts';
import { accentedLetters } from './written-accents.ts';
import { replaced } from './resolution.ts';

/** A name resolved earlier in the document, again: the earlier place, for the same-name-earlier reason. */
export function recurrence(earlier: Resolution, mention: AcceptedMention): Resolution {
	return replaced(earlier, mention, earlier.place, earlier.score, ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')]);
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
