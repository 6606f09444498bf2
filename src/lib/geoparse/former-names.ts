// "Franklin" is an old name of Columbus, Ohio, "St. George" of Freetown, "Hudson" of Jersey City: a city
// known abroad keeps its weight under such a name (name-lookup.ts), so with nothing else said it beat the
// towns that bear the name now (Franklin, Tennessee; St. George, Utah). Where several places bear the name
// and it is neither a spelling of the city's name nor a word of it ("Hull" of Kingston upon Hull,
// "Newcastle" of Newcastle upon Tyne are its everyday short forms), the city weighs at most half the
// heaviest of them. Only the ranking of readings changes: whether the name is a place's is judged before.
import { importance as importanceOf } from '../gazetteer/importance.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { OWN_NAME_BEARERS } from './named-places.ts';
import type { Homonyms } from './read-document.ts';

const FORMER_NAME_SHARE = 0.5;
// an exonym shares its first letters with the name (as name-lookup.ts reads it)
const SPELLING_PREFIX = 2;

/** Whether the name, of key `key`, is a former name of the place: no spelling of its name and no word of it. */
export function formerNameOf(key: string, name: string): boolean {
	const own = nameKey(name);
	return own.slice(0, SPELLING_PREFIX) !== key.slice(0, SPELLING_PREFIX) && !` ${own} `.includes(` ${key} `);
}

/** The homonyms' importance with each city known abroad that has the name only as a former name capped (see above). */
export function formerNamesCapped(homonyms: Homonyms, key: string): number[] {
	const { places, importance, alternateNames } = homonyms;
	if (alternateNames.size === 0 || places.length - alternateNames.size < OWN_NAME_BEARERS) return importance;
	let heaviestOwn = 0;
	for (let i = 0; i < places.length; i++) if (!alternateNames.has(places[i]!)) heaviestOwn = Math.max(heaviestOwn, importance[i]!);
	const cap = heaviestOwn * FORMER_NAME_SHARE;
	let capped: number[] | null = null;
	for (let i = 0; i < places.length; i++) {
		const place = places[i]!;
		if (!alternateNames.has(place) || importance[i]! <= cap || importanceOf(place) < KNOWN_ABROAD || !formerNameOf(key, place.name)) continue;
		(capped ??= [...importance])[i] = cap;
	}
	return capped ?? importance;
}
