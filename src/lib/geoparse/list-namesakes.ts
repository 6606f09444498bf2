// "Crews from Hondo, Castroville and Medina cleared trees": the items of a list lie together, and a town of
// the list that nothing but its size, its country or an earlier reading of its name put far away (Medina in
// Arabia, a city big enough to be named from anywhere) is the namesake that two other items of its list
// (different names) lie within 50 km of, where none lies near the far reading. cluster-namesakes.ts leaves big
// cities alone, as any text may name one; a list joins the name to its neighbours as no sentence around it
// does. A name in a country the text names ("toured Spain: Madrid, Toledo and Seville") stays. A pair joins its
// two names as well ("prices paid in Armenia and Pereira"): a country's name paired with a town is the namesake
// lying beside that town in a country the text names, and big enough to be named bare (one item says less than two:
// "lived in Mexico and Syracuse" is the country, not the village of Mexico, New York). A namesake the name is only an
// alternate name of counts where the name opens its own ("hospitals in Newcastle, Durham and Sunderland": Newcastle
// upon Tyne, not the Australian city that bears "Newcastle" as its own name).
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast, NAMED_FROM_AFAR } from './known-abroad.ts';
import { liesWithin } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { restsOn, SIZE_ECHO_OR_COUNTRY } from './weak-reasons.ts';

// the towns of one list lie this close to one another
const BESIDE_KM = 50;
// other items of the list (different names) that say where it lies
const ITEMS_BESIDE = 2;
// "Trucking can be arranged to Crete, Wilber or Exeter", "graduates live in Vinton, Crown City and Cheshire": a
// country, an island or a region abroad that size alone chose for a list item is as far from the list's towns as
// a city abroad is
const FAR_KINDS: ReadonlySet<string> = new Set(['city', 'country', 'landform', 'region']);
// a country's namesake paired with one town is that town from this size up (Armenia, Quindío: 304,000)
const PAIRED_TOWN_POPULATION = 20_000;

// "offices in Edinburgh, Glasgow, Aberdeen and Perth": big cities (or the council areas named like them) lie farther
// apart than a county's towns, and a list of them says where an item lies within this drive of two of them
const BIG_CITIES_BESIDE_KM = 150;

function besideAny(place: GazetteerPlace, others: readonly GazetteerPlace[], km: number): number {
	let count = 0;
	for (const other of others) if (liesWithin(other, place, km)) count++;
	return count;
}

/** Whether every other item is a big city or a first-level region (a council area named like its city). */
function bigCitiesOnly(items: readonly GazetteerPlace[]): boolean {
	return items.every((item) => (item.kind === 'city' && capitalOrAtLeast(item, NAMED_FROM_AFAR)) || (item.kind === 'region' && isFirstLevelRegion(item)));
}

/** The list items to read as the namesake their list's other towns lie around, with that reading. */
export function listNamesakes(results: readonly Resolution[], reading: DocumentReading, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	let countries: Set<string> | null = null;
	results.forEach((result, i) => {
		const { place, mention, reasons } = result;
		if (!FAR_KINDS.has(place.kind) || mention.usage !== 'literal' || mention.candidate.places.length < 2 || !restsOn(reasons, SIZE_ECHO_OR_COUNTRY)) return;
		const neighbours = reading.listNeighbours(i);
		const countryPaired = place.kind === 'country' && neighbours.length === 1;
		if (neighbours.length < ITEMS_BESIDE && !countryPaired) return;
		const itemsBeside = countryPaired ? 1 : ITEMS_BESIDE;
		// the other items' towns, one a name
		const byName = new Map<string, GazetteerPlace>();
		for (const j of neighbours) {
			const other = results[j];
			if (other && other.mention.key !== mention.key && (other.place.kind === 'city' || other.place.kind === 'district' || other.place.kind === 'region')) byName.set(other.mention.key, other.place);
		}
		const items = [...byName.values()];
		const wide = !countryPaired && items.length >= itemsBeside && bigCitiesOnly(items);
		const towns = wide ? items : items.filter((item) => item.kind !== 'region');
		const km = wide ? BIG_CITIES_BESIDE_KM : BESIDE_KM;
		if (towns.length < itemsBeside || besideAny(place, towns, km) > 0) return;
		countries ??= new Set(results.flatMap((r) => (r.place.kind === 'country' && r.place.country ? [r.place.country] : [])));
		if (place.country && countries.has(place.country) && !namedOnlyBy(results, place.country, mention.key)) return;
		const { candidate } = mention;
		let best: GazetteerPlace | null = null;
		let most = itemsBeside - 1;
		for (let k = 0; k < candidate.places.length; k++) {
			const namesake = gazetteer.places[candidate.places[k]!]!;
			if ((candidate.alternate[k] && !opensOwnName(mention.key, namesake)) || namesake === place || namesake.kind !== 'city') continue;
			if (countryPaired && (namesake.population < PAIRED_TOWN_POPULATION || !(namesake.country && countries.has(namesake.country)))) continue;
			const count = besideAny(namesake, towns, km);
			if (count > most) {
				most = count;
				best = namesake;
			}
		}
		if (best) found.set(i, replaced(result, mention, best, result.score, ['list-context', 'nearby-context']));
	});
	return found;
}

/** Whether the name is the opening words of the place's own name ("Newcastle" of "Newcastle upon Tyne"; not "York" of "Yorkton"). */
function opensOwnName(key: string, place: GazetteerPlace): boolean {
	const own = nameKey(place.name);
	return own.length > key.length && own.startsWith(key) && own[key.length] === ' ';
}

/** Whether the only mentions read as the country are those of this name (the item itself names no other country). */
function namedOnlyBy(results: readonly Resolution[], country: string, key: string): boolean {
	return results.every((r) => r.place.kind !== 'country' || r.place.country !== country || r.mention.key === key);
}
