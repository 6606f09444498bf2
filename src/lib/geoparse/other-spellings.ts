// "St. Paul" and "Saint Paul": the gazetteer files a name with an abbreviable word under both spellings, and
// a name's places are weighed for the spelling the text writes (name-lookup.ts namedPlaces).
import { hasAbbreviableWord, writesAbbreviableWord } from '../gazetteer/abbreviated-words.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer } from '../gazetteer/types.ts';

// "St. Louis": where a place bears the name spelled as the text writes it, one that bears it only in the
// other way of writing its first words ("Saint-Louis", Senegal) is half as likely: the build files
// both spellings under each, and a provincial capital's lift would otherwise beat the larger city
const OTHER_SPELLING_WEIGHT = 0.5;
const HYPHENED = /\p{L}[-‐‑–]\p{L}/u;

/** Whether the text from start to end has a "t" or "T": every abbreviable word (abbreviated-words.ts) has one. */
function writesLetterT(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 116 || code === 84) return true;
	}
	return false;
}

/**
 * OTHER_SPELLING_WEIGHT on the places whose own name is the key's other spelling ("Saint Paul" for
 * "St. Paul"), where another bears it as written; true when a weight changed.
 */
export function weighSpellings(gazetteer: Gazetteer, places: number[], weights: number[], alternate: boolean[], text: string, start: number, end: number): boolean {
	// most names have no such word: they are passed over before their key is made, most of them (no "t",
	// which each of the words has) before the span is sliced and the expression asked
	if (!writesLetterT(text, start, end)) return false;
	const surface = text.slice(start, end);
	if (!writesAbbreviableWord(surface)) return false;
	const key = nameKey(surface);
	if (!hasAbbreviableWord(key)) return false;
	// "Saint-Louis" is not "Saint Louis" as written either
	const hyphened = HYPHENED.test(surface);
	const written = places.map((index, k) => {
		const name = gazetteer.places[index]!.name;
		return !alternate[k] && nameKey(name) === key && HYPHENED.test(name) === hyphened;
	});
	if (!written.includes(true)) return false;
	let changed = false;
	for (let k = 0; k < places.length; k++) {
		if (alternate[k] || written[k]) continue;
		weights[k] = weights[k]! * OTHER_SPELLING_WEIGHT;
		changed = true;
	}
	return changed;
}
