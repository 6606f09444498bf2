// "The Úpa rises on the slopes below the summit and flows south through Pec pod Sněžkou and Trutnov": a name after
// "the" that rises, flows or drains is a river's, and a river the gazetteer lacks is no town. A town that the name
// alone read there, in a country none of the text's other places lies in (Ufa, Russia, by an alternate name "Úpa"),
// is better no dot than one abroad. (A town beside the river it is named after, in the text's own lands, stays.)
import type { Resolution } from './resolve.ts';
import { anotherMentionInCountry } from './another-mention-in-country.ts';
import { WATER_COURSE_VERBS } from './context-words.ts';

// "the" right before the name (a sentence's "The" too)
const THE_BEFORE = /\b[Tt]he $/;
// a verb of water's course right after the name
const RIVER_VERB_AFTER = new RegExp(`^ (?:${WATER_COURSE_VERBS.join('|')})\\b`);
const VERB_CHARS = 12;

/** Indices of the towns read for a name written as a flowing river's, in a country no other mapped mention lies in. */
export function townsInRiverSlots(results: readonly Resolution[], text: string): number[] {
	const found: number[] = [];
	for (let i = 0; i < results.length; i++) {
		const { place, mention, outsideNamedCountry } = results[i]!;
		if (outsideNamedCountry || place.kind !== 'city' || !place.country) continue;
		const { start, end } = mention.candidate;
		if (!THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || !RIVER_VERB_AFTER.test(text.slice(end, end + VERB_CHARS))) continue;
		if (anotherMentionInCountry(results, i)) continue;
		found.push(i);
	}
	return found;
}
