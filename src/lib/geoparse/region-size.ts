// Whether a first-level region is small enough that a village placed at its point lies within about
// 100 km of where it is (Sergipe, Nógrád County, a French department; not Bahia or Kansas): what lets
// within-parent.ts put a place the gazetteer lacks at a region the text names, when it names no lower parent.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres, regionCodeShared } from './qualifies.ts';
import { admin1Key } from './region-key.ts';

// most of a small region's towns lie this near its point
const SMALL_SPREAD_KM = 110;
const SPREAD_SHARE = 0.9;
// regions of a country this close together are small ones (where towns' codes do not tell the region)
const SMALL_NEIGHBOUR_KM = 150;

interface Sizes {
	/** "CC:admin1" → the distance from the region's point within which SPREAD_SHARE of its towns lie */
	spread: Map<string, number>;
	/** country → its first-level regions */
	regions: Map<string, GazetteerPlace[]>;
	/** region id → small or not, as worked out */
	small: Map<string, boolean>;
}

const sizes = new WeakMap<Gazetteer, Sizes>();

/** One pass over the gazetteer, made the first time a text asks (few texts do). */
function sizesOf(gazetteer: Gazetteer): Sizes {
	let known = sizes.get(gazetteer);
	if (known) return known;
	const regions = new Map<string, GazetteerPlace[]>();
	const points = new Map<string, GazetteerPlace>();
	for (const place of gazetteer.places) {
		if (place.kind !== 'region' || place.featureCode !== 'ADM1' || !place.country) continue;
		const list = regions.get(place.country);
		if (list) list.push(place);
		else regions.set(place.country, [place]);
		if (place.admin1 && !place.admin2 && regionCodeShared(place, gazetteer)) points.set(admin1Key(place.country, place.admin1), place);
	}
	const distances = new Map<string, number[]>();
	for (const place of gazetteer.places) {
		if (place.kind !== 'city' || !place.country || !place.admin1) continue;
		const key = admin1Key(place.country, place.admin1);
		const region = points.get(key);
		if (!region) continue;
		const list = distances.get(key);
		const km = kilometres(place, region);
		if (list) list.push(km);
		else distances.set(key, [km]);
	}
	const spread = new Map<string, number>();
	for (const [key, list] of distances) {
		list.sort((a, b) => a - b);
		spread.set(key, list[Math.min(list.length - 1, Math.floor(list.length * SPREAD_SHARE))]!);
	}
	known = { spread, regions, small: new Map() };
	sizes.set(gazetteer, known);
	return known;
}

/** Whether the first-level region is small (see the top of the file). */
export function smallRegion(region: GazetteerPlace, gazetteer: Gazetteer): boolean {
	// a region GeoNames keeps as a second-level division ("Ardennes", "Somerset")
	if (region.admin2) return true;
	if (!region.country) return false;
	const { spread, regions, small } = sizesOf(gazetteer);
	const known = small.get(region.id);
	if (known !== undefined) return known;
	const towns = region.admin1 ? spread.get(admin1Key(region.country, region.admin1)) : undefined;
	const answer =
		towns !== undefined
			? towns <= SMALL_SPREAD_KM
			: (regions.get(region.country) ?? []).some((other) => other !== region && kilometres(other, region) <= SMALL_NEIGHBOUR_KM);
	small.set(region.id, answer);
	return answer;
}
