// "Tábor" in a text is the Czech town, not Tabor, South Dakota: name keys fold diacritics away, so both
// bear the key "tabor", but a text that writes the accents names a place whose own name has them. Where
// some place bears the name with the accents as written, its namesakes whose own name has none, in
// another country that writes its names without accents (fewer than 1 in 100 of its places' names have
// any: the US, Britain, Australia; counted when the gazetteer is built, src/lib/gazetteer/plain-writing.ts), are not what the text means: they weigh a thousandth by size
// (name-lookup.ts), and against the document's evidence (weigh-homonyms.ts) they lose more than its
// country, its state, the places named near and a parent named together give ("the village of Tabor,
// 25 miles west of Yankton, was named for the Bohemian town of Tábor" in a text about South Dakota).
// A namesake in a country that writes accents keeps its weight (the gazetteer may spell it plainly:
// "Krusevo", North Macedonia, for the text's "Kruševo"), as do namesakes in the same country ("Québec"
// may still be the province, Quebec) and a place the name is only an alternate name of (the table keeps
// no spelling of those).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { accentedCode, hasAccentedLetter } from '../gazetteer/plain-writing.ts';
import type { Match } from './name-lookup.ts';
import { mapDoubles, mapPacked } from './packed.ts';

const UNACCENTED_NAMESAKE_WEIGHT = 0.001;
/** in powers of ten, as weigh-homonyms.ts scores */
export const UNACCENTED_NAMESAKE_PENALTY = 10;

/** The letters beyond ASCII of a name, in lower case: "" for a name written without any. */
export function accentedLetters(name: string): string {
	let letters = '';
	for (let i = 0; i < name.length; i++) if (accentedCode(name.charCodeAt(i))) letters += name[i]!.toLowerCase();
	return letters;
}

/**
 * The places that are namesakes the accents written in the text rule out (see above), or null where
 * none is. `alternate(k)`: the name is only an alternate name of places[k].
 */
export function unaccentedNamesakes(gazetteer: Gazetteer, written: string, places: readonly GazetteerPlace[], alternate: (k: number) => boolean): Set<GazetteerPlace> | null {
	if (places.length < 2) return null;
	const accents = accentedLetters(written);
	if (!accents) return null;
	const countries = new Set<string | null>();
	for (let k = 0; k < places.length; k++) if (!alternate(k) && accentedLetters(places[k]!.name) === accents) countries.add(places[k]!.country);
	if (countries.size === 0) return null;
	let found: Set<GazetteerPlace> | null = null;
	for (let k = 0; k < places.length; k++) {
		const { country, name } = places[k]!;
		if (alternate(k) || !country || countries.has(country) || hasAccentedLetter(name) || !gazetteer.plainWritingCountries.has(country)) continue;
		(found ??= new Set()).add(places[k]!);
	}
	return found;
}

/** The match with the namesakes the written accents rule out weighed down (see above); the match itself where none is. */
export function weighWrittenAccents(gazetteer: Gazetteer, match: Match, written: string): Match {
	const places = match.places.map((index) => gazetteer.places[index]!);
	const ruledOut = unaccentedNamesakes(gazetteer, written, places, (k) => match.alternate[k]!);
	if (!ruledOut) return match;
	const importance = match.importance.map((weight, k) => (ruledOut.has(places[k]!) ? weight * UNACCENTED_NAMESAKE_WEIGHT : weight));
	// ranked again, heaviest first, equals in their order
	const order = importance.map((_, k) => k).sort((a, b) => importance[b]! - importance[a]! || a - b);
	return {
		places: mapPacked(order, (k) => match.places[k]!),
		importance: mapDoubles(order, (k) => importance[k]!),
		alternate: mapPacked(order, (k) => match.alternate[k]!),
		via: match.via,
		unsizedOnly: match.unsizedOnly
	};
}

// "Sønderho is a village on Fanø": ø, æ and å are letters of their own in the Nordic languages, not accents an
// English writer may drop or add. The name key folds them ("fano"), so a name written with one of them reads a
// place whose own name has none of them (Fano, Italy; nor Rome by its Esperanto "Romo") only where the text holds
// that place by a qualifier or names its country (index.ts); the Nordic countries' own places keep it (the
// gazetteer may spell one "Aabenraa" for "Åbenrå").
const NORDIC_LETTERS = /[øæåØÆÅ]/u;
const NORDIC_COUNTRIES: ReadonlySet<string> = new Set(['DK', 'NO', 'SE', 'FI', 'IS', 'FO', 'GL', 'AX', 'SJ']);

/** The name is written with a Nordic letter that the place's own name, in a country that does not use it, lacks. */
export function nordicLetterDropped(place: GazetteerPlace, written: string): boolean {
	return NORDIC_LETTERS.test(written) && !NORDIC_LETTERS.test(place.name) && !NORDIC_COUNTRIES.has(place.country ?? '');
}
