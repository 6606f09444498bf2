// "Kingston upon Thames, where Saxon kings were crowned … Kingston's university", "Santiago de Querétaro …
// Santiago's aqueduct", "Frankfurt am Main … Frankfurt": a place whose name joins a first part to a river, a
// sea or a saint by a connecting word is called by that first part once the text has named it whole. A
// bare mention of the first part after it, which only size chose (Kingston, Jamaica, the biggest Kingston),
// is that place; one its own words place ("Kingston, Jamaica", a parent, a list) keeps its reading.
import type { GazetteerPlace } from '../gazetteer/index.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { BIGGEST_ONLY, NAME_ALONE, restsOn } from './weak-reasons.ts';
import { recurrence } from './recurrence.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';

// the first part, a connecting word, the rest: "Kingston upon Thames", "Newcastle-upon-Tyne",
// "Stratford-on-Avon", "Newcastle-under-Lyme", "Frankfurt am Main", "Boulogne-sur-Mer", "Santiago de Compostela", "Rio de Janeiro"
export const JOINED_NAME = /^(\p{Lu}[\p{L}'’. -]*?\p{L})[ -](?:upon|on|under|am|an|sur|de|del|di|da|do|dos|das)[ -]\p{L}/u;
// the mentions read so, by identity: the first part is only another name of the place in the gazetteer
// ("Kingston" of Kingston upon Thames), which here the text itself has given it
const shortForms = new WeakSet<AcceptedMention>();
// a sentence's end between two mentions
const SENTENCE_END = /[.!?]["'’”)]?\s/;

/** Whether the mention was read as the short form of a whole name the text gave before it. */
export function isShortForm(mention: AcceptedMention): boolean {
	return shortForms.has(mention);
}

/** The mentions of a joined name's first part, after the whole name, that only weak evidence placed elsewhere, each with the whole name's place. */
export function shortFormsOfJoinedNames(results: readonly Resolution[], places: readonly GazetteerPlace[], text: string): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// the first whole name for each first part, by key
	const whole = new Map<string, Resolution>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		if (result.outsideNamedCountry) continue;
		const earlier = whole.get(result.mention.key);
		if (earlier && earlier.place !== result.place && isShortFormOf(earlier, result, places, text)) {
			found.set(i, recurrence(earlier, result.mention));
			shortForms.add(result.mention);
		}
		if (result.mention.usage === 'embedded') continue;
		const joined = JOINED_NAME.exec(result.mention.surface);
		if (!joined) continue;
		const key = nameKey(joined[1]!);
		if (!whole.has(key)) whole.set(key, result);
	}
	return found;
}

/**
 * Whether the bare mention is the whole name's place: one the bare name may mean, chosen elsewhere only by size
 * (or, in the same country, by the country or the places near it: "Stoke-on-Trent … Stoke"); or, where the
 * gazetteer lacks the short form ("Newcastle-under-Lyme … locally called simply Newcastle"), a place read on
 * the map in the same country for nothing the text says of it, in a later sentence ("Fans from
 * Newcastle-under-Lyme travelled to Newcastle": one sentence naming both names two places).
 */
function isShortFormOf(whole: Resolution, result: Resolution, places: readonly GazetteerPlace[], text: string): boolean {
	const { place } = whole;
	const sameCountry = place.country === result.place.country;
	if (isReadingOf(place, result, places)) return restsOn(result.reasons, sameCountry ? NAME_ALONE : BIGGEST_ONLY);
	return sameCountry && result.mention.usage === 'literal' && restsOn(result.reasons, NAME_ALONE) && SENTENCE_END.test(text.slice(whole.mention.candidate.end, result.mention.candidate.start));
}

/** The whole name's place is one of the places the bare name itself may mean (Kingston of Kingston upon Thames). */
function isReadingOf(place: GazetteerPlace, result: Resolution, places: readonly GazetteerPlace[]): boolean {
	return result.mention.candidate.places.some((p) => places[p] === place);
}
