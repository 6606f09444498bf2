// "taken to the processing centre at Manston, near Ramsgate", "the Makran coast, near Chabahar": a village or small
// town (or the area named for one) the text says lies near a place lies within a short drive of it. A reading of the name farther off, chosen for nothing the text says of it (its size, its
// country, being the only place of its name), is a namesake of a place the gazetteer lacks (Manston, Dorset, 256 km
// from Ramsgate): a reading of the name near the other place is the place, and without one the name is left unmapped.
import type { Gazetteer } from '../gazetteer/types.ts';
import { NAMED_FROM_AFAR } from './known-abroad.ts';
import { liesWithin } from './qualifies.ts';
import { resolution } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

// "Manston, near Ramsgate", "a camp near Bunia" (the name right before "near" and the other place right after it); an
// area word may stand between, as the area lies near the place too ("the Makran coast, near Chabahar")
const NEAR_GAP = /^(?: (?:coast|valley|plain|plains|plateau|highlands|hills|delta|basin|area|region|district))?,? near $/;
// how far "near" reaches: a drive of an hour or two ("Kakuma, near Lodwar", 95 km in a thinly settled land) ...
const SAID_NEAR_KM = 150;
// ... and farther from a big city, the one a reader knows ("Tonopah, near Las Vegas", 330 km)
const NEAR_BIG_CITY_KM = 400;
// ... for a village or a small town; a city this big is a landmark a writer calls near a city farther off
// ("Kingston, near Toronto", 250 km)
const LANDMARK_CITY = 50_000;

/** The mentions said to lie near the next mention but read far from it: with the reading near it, or null to leave unmapped. */
export function saidNearElsewhere(results: readonly Resolution[], text: string, gazetteer: Gazetteer): Map<number, Resolution | null> {
	const found = new Map<number, Resolution | null>();
	for (let i = 0; i + 1 < results.length; i++) {
		const { place, reasons, mention } = results[i]!;
		const other = results[i + 1]!;
		if (place.kind !== 'city' || place.population >= LANDMARK_CITY || other.place.kind !== 'city' || other.outsideNamedCountry || !restsOn(reasons, NAME_ALONE)) continue;
		const reach = other.place.population >= NAMED_FROM_AFAR ? NEAR_BIG_CITY_KM : SAID_NEAR_KM;
		if (!NEAR_GAP.test(text.slice(mention.candidate.end, other.mention.candidate.start)) || liesWithin(place, other.place, reach)) continue;
		const near = mention.candidate.places.find((k) => liesWithin(gazetteer.places[k]!, other.place, reach));
		found.set(i, near === undefined ? null : resolution(mention, gazetteer.places[near]!, 0.8, ['nearby-context']));
	}
	return found;
}
