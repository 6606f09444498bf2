// "SÃO PAULO - … In Belém, the mayor was re-elected; Cuiabá, Goiânia and Campo Grande elected …": Belém and
// Campo Grande are also quarters of São Paulo, and the dateline alone placed them there. A story that names
// towns of the dateline's country far from the dateline is a national one, and it names a country's large
// cities bare: a quarter of the dateline's city (an unsized town beside it) that no name but the dateline's
// lies near is the large city of that name elsewhere in the country. A local story ("Police raided a house
// in Belém and Mooca") names the quarter's neighbours, or no far town of the country, and keeps the quarter.
import { isSupplementTown, isUnsizedTown, type GazetteerPlace } from '../gazetteer/types.ts';
import { datelineIndex } from './dateline-county.ts';
import { LARGE_CITY } from './large-city-at-home.ts';
import { kilometres } from './qualifies.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { nameKey } from '../gazetteer/normalize.ts';

// a quarter lies this close to its city's point
const QUARTER_KM = 25;
// a neighbour of the quarter other than the dateline: within this reach
const NEIGHBOUR_KM = 50;
// a town of the country this far from the dateline makes the story national
const FAR_KM = 400;

/** Whether the gazetteer knows no size for the town (a cities1000 or ZIP-code town is given a stand-in size). */
function unsized(place: GazetteerPlace): boolean {
	return place.population === 0 || isSupplementTown(place) || isUnsizedTown(place);
}

/** Whether the place is an unsized town of the city's country within QUARTER_KM of the city's point: a quarter of it, as GeoNames files quarters as towns. */
function isQuarterOf(place: GazetteerPlace, city: GazetteerPlace): boolean {
	return place.kind === 'city' && place !== city && unsized(place) && place.country === city.country && kilometres(place, city) <= QUARTER_KM;
}

/** The largest city of the quarter's country among the weighed homonyms that bears the name as its own, is a LARGE_CITY and lies far from the dateline. */
function largeNamesake(result: Resolution, city: GazetteerPlace): GazetteerPlace | null {
	let found: GazetteerPlace | null = null;
	for (const { place } of result.alternatives ?? []) {
		if (place.kind !== 'city' || place.country !== city.country || place.population < LARGE_CITY || nameKey(place.name) !== result.mention.key) continue;
		if (kilometres(place, city) > FAR_KM && (!found || place.population > found.population)) found = place;
	}
	return found;
}

/** [index, large city] for each quarter of the dateline's city that a national story names bare. */
export function datelineQuarters(results: readonly Resolution[], text: string): [number, Resolution][] {
	const at = datelineIndex(results, text);
	if (at < 0) return [];
	const city = results[at]!.place;
	if (city.kind !== 'city' || !results.some((r) => r.place.kind === 'city' && r.place.country === city.country && kilometres(r.place, city) > FAR_KM)) return [];
	// the quarters with a large namesake elsewhere ("Belém; … Campo Grande"): no neighbour of each other
	const quarters = new Map<number, GazetteerPlace>();
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const large = i !== at && result.mention.usage === 'literal' && isQuarterOf(result.place, city) ? largeNamesake(result, city) : null;
		if (large) quarters.set(i, large);
	}
	const found: [number, Resolution][] = [];
	for (const [i, large] of quarters) {
		const { place, mention } = results[i]!;
		if (results.some((r, j) => j !== at && !quarters.has(j) && r.mention.key !== mention.key && r.place !== city && kilometres(r.place, place) <= NEIGHBOUR_KM)) continue;
		found.push([i, replaced(results[i]!, mention, large, results[i]!.score, ['country-context', 'population'])]);
	}
	return found;
}
