// "Quebec, Canada", "Oaxaca, Mexico": a first-level region and its seat of the same name, where English calls
// the seat "<name> City" — the facts that tell which of the two a bare name before its country means
// (qualified.ts), and that let a village described as in such a region stay mapped (within-parent.ts).
import { decodePlaceReference } from '../gazetteer/references.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';

/**
 * Whether the region's seat bears its name (`key`) and the gazetteer also calls it "<key> city" (Quebec
 * City, Oaxaca City): a PPLA city of that name in the region's country and admin1 (one `accepted`, if given).
 */
export function seatCalledCity(key: string, region: GazetteerPlace, gazetteer: Gazetteer, accepted?: (index: number) => boolean): boolean {
	const calledCity = gazetteer.byName.get(`${key} city`);
	if (!calledCity) return false;
	for (const value of calledCity) {
		const { index } = decodePlaceReference(value);
		const place = gazetteer.places[index]!;
		if (place.kind === 'city' && place.featureCode === 'PPLA' && place.country === region.country && place.admin1 === region.admin1 && (!accepted || accepted(index))) return true;
	}
	return false;
}

// "OAXACA, Mexico (AP) —", "Oaxaca, Mexico — Teachers marched": a dateline names the city a story was filed from
const AFTER_DATELINE = /^\s*(?:\(|[–—-]\s)/;
// "Zacatecas, Mexico, a former silver-mining city", "…, the state capital": an apposition that calls it a city
const CITY_APPOSITION = /^,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:city|town|capital|port|metropolis|municipality)(?![\p{L}'’-])/u;
const APPOSITION_CHARS = 80;

/** Whether the text opens a line with the name (`start`–`end`) and its country (ending at `pairEnd`) as a dateline. */
function dateline(text: string, start: number, end: number, pairEnd: number): boolean {
	const from = Math.max(0, start - 8);
	const before = text.slice(from, start);
	const opensLine = /\n[ \t]*$/.test(before) || (from === 0 && /^[ \t]*$/.test(before));
	return opensLine && (!/\p{Ll}/u.test(text.slice(start, end)) || AFTER_DATELINE.test(text.slice(pairEnd, pairEnd + 4)));
}

/** Whether "Name, Country" (name at `start`–`end`, the pair ending at `pairEnd`) is said of a city: a dateline or a city apposition after it. */
export function pairSaidOfCity(text: string, start: number, end: number, pairEnd: number): boolean {
	return dateline(text, start, end, pairEnd) || CITY_APPOSITION.test(text.slice(pairEnd, pairEnd + APPOSITION_CHARS));
}
