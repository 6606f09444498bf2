// "Survivors from New York, Chicago and Toronto returned to Auschwitz", "families from Perth, Darwin, Hobart and
// Wellington": a list whose other items are all big cities (each named from afar: NAMED_FROM_AFAR people or a national
// capital) names big cities, and an item that only its list's country or its size pulled to a small namesake there
// (Toronto, Ohio; Wellington, New South Wales), lying far from every other item, is the great city of its name abroad
// (world-sentence-cities.ts greatCityAbroad). A small town a short drive from another item of the list is the town the
// list means ("Dallas, Houston and Paris": Paris, Texas); so is a town the text places (its region, a qualifier) or
// writes in capitals (a dateline).
import type { Gazetteer } from '../gazetteer/types.ts';
import { capitalOrAtLeast, NAMED_FROM_AFAR } from './known-abroad.ts';
import { liesWithin } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { greatCityAbroad, inCapitals } from './world-sentence-cities.ts';

// the other items (different names) that make the list one of big cities
const CITIES_BESIDE = 2;
// a town this close to another item of the list is the one the list means
const SHORT_DRIVE_KM = 300;

/** The other items of the mention's list (different names), when there are enough and every one is a big city. */
function bigCitiesBeside(i: number, results: readonly Resolution[], reading: DocumentReading): Resolution[] | null {
	const key = results[i]!.mention.key;
	const beside: Resolution[] = [];
	for (const j of reading.listNeighbours(i)) {
		const other = results[j];
		if (!other || other.mention.key === key) continue;
		if (other.place.kind !== 'city' || !capitalOrAtLeast(other.place, NAMED_FROM_AFAR)) return null;
		beside.push(other);
	}
	return beside.length >= CITIES_BESIDE ? beside : null;
}

/** The list items read as a small town far from the list's big cities, with the reading of the great city of the name abroad. */
export function listGreatCities(results: readonly Resolution[], reading: DocumentReading, gazetteer: Gazetteer): [number, Resolution][] {
	const found: [number, Resolution][] = [];
	results.forEach((result, i) => {
		const { place, reasons, mention } = result;
		if (place.kind !== 'city' || mention.usage !== 'literal' || capitalOrAtLeast(place, NAMED_FROM_AFAR) || inCapitals(mention.surface)) return;
		// (the list is what pulled it home: the rule reads the list otherwise)
		const weak = reasons.filter((r) => r !== 'list-context');
		if (weak.length === 0 || !restsOn(weak, NAME_ALONE)) return;
		const beside = bigCitiesBeside(i, results, reading);
		if (!beside || beside.some((other) => liesWithin(other.place, place, SHORT_DRIVE_KM))) return;
		const city = greatCityAbroad(result, gazetteer);
		if (city) found.push([i, replaced(result, mention, city, result.score, ['population'])]);
	});
	return found;
}
