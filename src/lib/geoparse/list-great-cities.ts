// "Survivors from New York, Chicago and Toronto returned to Auschwitz", "families from Perth, Darwin, Hobart and
// Wellington": a list whose other items are all big cities (each named from afar: NAMED_FROM_AFAR people or a national
// capital) names big cities, and an item that only its list's country or its size pulled to a small namesake there
// (Toronto, Ohio; Wellington, New South Wales), lying far from every other item, is a big city of its name: the one in
// the other items' country where it has one ("Chicago, Denver and Birmingham": Birmingham, Alabama), else the great city
// of the name abroad, where no other city of the name abroad rivals it ("Los Angeles, New York, Dallas and Victoria"
// names no Victoria that stands out: Hong Kong's, British Columbia's and the Seychelles' capital). A
// small town a short drive from another item of the list is the town the list means ("Dallas, Houston and Paris": Paris,
// Texas); so is a town the text places (its region, a qualifier) or writes in capitals (a dateline).
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast, NAMED_FROM_AFAR } from './known-abroad.ts';
import { liesWithin } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';
import { GREAT_CITY, inCapitals, SHORT_DRIVE_KM } from './world-sentence-cities.ts';

// the other items (different names) that make the list one of big cities
const CITIES_BESIDE = 2;
// (a town a short drive from another item of the list, SHORT_DRIVE_KM, is the one the list means; a great city
// abroad, GREAT_CITY, is known by its name alone ...)
// ... where no other city of the name abroad is a national capital or has this share of its people
const RIVAL_SHARE = 1 / 4;

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

/** The one country every item lies in, if they do. */
function oneCountry(items: readonly Resolution[]): string | null {
	const country = items[0]!.place.country;
	return country && items.every((item) => item.place.country === country) ? country : null;
}

/** The big city of the name in the list's country, else the great city of the name abroad that no namesake abroad rivals. */
function bigCityOfName(result: Resolution, country: string | null, gazetteer: Gazetteer): GazetteerPlace | null {
	const { candidate } = result.mention;
	let home: GazetteerPlace | null = null;
	const abroad: GazetteerPlace[] = [];
	for (let k = 0; k < candidate.places.length; k++) {
		if (candidate.alternate[k]) continue;
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place.kind !== 'city' || place === result.place) continue;
		if (place.country === country && capitalOrAtLeast(place, NAMED_FROM_AFAR) && (!home || place.population > home.population)) home = place;
		if (place.country !== result.place.country) abroad.push(place);
	}
	if (home || (country !== null && country !== result.place.country)) return home;
	abroad.sort((a, b) => b.population - a.population);
	const [great, ...others] = abroad;
	// (a rival: another national capital of the name, or a city of a good share of its size)
	if (!great || great.population < GREAT_CITY || others.some((other) => capitalOrAtLeast(other, RIVAL_SHARE * great.population))) return null;
	return great;
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
		const city = bigCityOfName(result, oneCountry(beside), gazetteer);
		if (city) found.push([i, replaced(result, mention, city, result.score, ['population'])]);
	});
	return found;
}
