// "Santa Rosa, Oaxaca", "San Pedro, Oaxaca": a name that a hundred towns bear is weighed by its leading
// homonyms only, and the town its qualifier names may rank far below them. An index of every bearer of a
// name by country and first-level code, made once for a name when a qualifier asks about it, finds it.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast } from './known-abroad.ts';
import { LARGE_CITY } from './large-city-at-home.ts';
import { qualifies, regionCodeShared } from './qualifies.ts';
import { admin1Key } from './region-key.ts';

/** a name's bearers by "CC" and "CC:admin1", most important first; each its table value (index << 1 | alternate) */
type AreaIndex = Map<string, number[]>;

const indexes = new WeakMap<Gazetteer, Map<string, AreaIndex>>();

function areaIndex(key: string, gazetteer: Gazetteer): AreaIndex {
	let byName = indexes.get(gazetteer);
	if (!byName) indexes.set(gazetteer, (byName = new Map()));
	let index = byName.get(key);
	if (index) return index;
	index = new Map();
	for (const value of gazetteer.byName.get(key) ?? []) {
		const place = gazetteer.places[value >>> 1]!;
		if (!place.country) continue;
		for (const area of place.admin1 ? [place.country, admin1Key(place.country, place.admin1)] : [place.country]) {
			const list = index.get(area);
			if (list) list.push(value);
			else index.set(area, [value]);
		}
	}
	byName.set(key, index);
	return index;
}

/**
 * The most important bearer of the name (by its own name before an old or foreign one) that lies in the
 * qualifier: a country, or a first-level region whose code its towns carry. Null for other qualifiers.
 */
export function bearerInArea(key: string, qualifier: GazetteerPlace, gazetteer: Gazetteer): GazetteerPlace | null {
	if (!qualifier.country) return null;
	const area = qualifier.kind === 'country' ? qualifier.country : regionCodeShared(qualifier, gazetteer) ? admin1Key(qualifier.country, qualifier.admin1) : null;
	if (area === null) return null;
	let found: GazetteerPlace | null = null;
	for (const value of areaIndex(key, gazetteer).get(area) ?? []) {
		const place = gazetteer.places[value >>> 1]!;
		if (!qualifies(place, qualifier, gazetteer)) continue;
		if ((value & 1) === 0) return place;
		found ??= place;
	}
	return found;
}

/**
 * "Georgetown, Ga." in a story from Eufaula, Ala.: of the bearers of the name in the qualifier's area, the
 * one most of the text's other names lie near (within 50 km: `namesNear`), where the most important bearer
 * has none near and is no LARGE_CITY or capital (what its name means in its state, "Springfield, Ill.", whatever
 * towns of that name lie near the text's other places); null where nothing says more than importance.
 */
export function bearerNearNames(key: string, qualifier: GazetteerPlace, gazetteer: Gazetteer, namesNear: (place: GazetteerPlace) => number): GazetteerPlace | null {
	if (!qualifier.country) return null;
	const area = qualifier.kind === 'country' ? qualifier.country : regionCodeShared(qualifier, gazetteer) ? admin1Key(qualifier.country, qualifier.admin1) : null;
	if (area === null) return null;
	let first: GazetteerPlace | null = null;
	let found: GazetteerPlace | null = null;
	let most = 0;
	for (const value of areaIndex(key, gazetteer).get(area) ?? []) {
		// (by its own name only: a town that has it as an old or foreign name is not what the pair names)
		if ((value & 1) === 1) continue;
		const place = gazetteer.places[value >>> 1]!;
		if (!qualifies(place, qualifier, gazetteer)) continue;
		if (first === null) {
			if (capitalOrAtLeast(place, LARGE_CITY) || namesNear(place) > 0) return null;
			first = place;
			continue;
		}
		const near = namesNear(place);
		if (near > most) [found, most] = [place, near];
	}
	return found;
}
