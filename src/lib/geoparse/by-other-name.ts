// A place the text names only by one of its other names (GeoNames' old, foreign or stunt names: "Julia" for
// Plovdiv, "Google" for Topeka), not by its own.
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { spellsOwnName } from './alternate-spelling.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { elidedBefore } from './name-particles.ts';
import { admin1Key } from './region-key.ts';
import type { AcceptedMention } from './resolve.ts';
import { isShortForm } from './short-forms.ts';
import type { Token } from './tokens.ts';

// "Galway city": "city" in lower case says what it is, as a qualifier does
export const CITY_WORD = ' city';

/** Whether the candidate's name is only one of the place's alternate (foreign, old) names. */
export function namedByAlternate(candidate: Candidate, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	// by the place itself, not its id: looking the id up in the gazetteer's half-million would cost more
	for (let k = 0; k < candidate.places.length; k++) if (gazetteer.places[candidate.places[k]!] === place) return candidate.alternate[k]!;
	return false;
}

/**
 * A town not known abroad that the mention names only by another name: not read across a comma ("Savannah,
 * Georgia" is qualified by its own second part), not followed by "city", not a short form the text itself
 * makes ("Kingston upon Thames … Kingston": short-forms.ts), not the own name respelled ("Puerto Cortés").
 */
export function byOtherNameOnly(mention: AcceptedMention, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return namedByAlternate(mention.candidate, place, gazetteer) && place.population < KNOWN_ABROAD && !mention.surface.includes(', ') && !mention.surface.endsWith(CITY_WORD) && !isShortForm(mention) && !spellsOwnName(mention.key, place, gazetteer);
}

/** Whether the text names the place's first-level region (its places by "country:admin1", resolved). */
function provinceNamed(place: GazetteerPlace, placesByRegion: Map<string, Set<GazetteerPlace>>): boolean {
	if (!place.admin1) return false;
	const inRegion = placesByRegion.get(admin1Key(place.country, place.admin1));
	if (inRegion) for (const other of inRegion) if (isFirstLevelRegion(other)) return true;
	return false;
}

/**
 * "Esmeraldas province, including San Lorenzo", "Rothenburg … in Bavaria": the opening words of a town's own
 * name (San Lorenzo de Esmeraldas, Rothenburg ob der Tauber) where the text names the town's province. Not where
 * the text's name goes on with an elided article ("the Pont d'Arc", an arch, is no Pont-de-Vaux).
 */
export function openingWithProvince(mention: AcceptedMention, place: GazetteerPlace, placesByRegion: () => Map<string, Set<GazetteerPlace>>, tokens: Token[]): boolean {
	if (!startsOwnName(mention.key, place)) return false;
	const next = tokens[mention.candidate.last + 1];
	if (next && next.gapBefore === ' ' && elidedBefore(next, tokens[mention.candidate.last + 2])) return false;
	return provinceNamed(place, placesByRegion());
}

/** The name opens the place's own name, a short form of it ("Stansted" of Stansted Mountfitchet). */
export function startsOwnName(key: string, place: GazetteerPlace): boolean {
	return nameKey(place.name).startsWith(key);
}
