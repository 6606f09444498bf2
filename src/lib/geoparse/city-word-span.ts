// "Ferries to Djibouti City", "Luxembourg City's old town": a country's or a first-level region's name before a
// capitalised "City" the gazetteer lacks whole (it has "Kuwait City", "Guatemala City", "Oaxaca City") names
// the city that bears the name, not the land: the toponym runs over the word, and its readings are the
// name's cities. A city's name before it is left as it is ("Leicester City", "Manchester City" are clubs).
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { doubles } from './packed.ts';
import { respanned } from './respanned.ts';
import type { Token } from './tokens.ts';

const CITY = 'City';

/** The candidate over the name and "City", read as the name's cities, or null. */
export function cityWordSpan(best: Candidate, next: Token | undefined, gazetteer: Gazetteer): Candidate | null {
	if (best.via !== 'name' || next?.text !== CITY || next.gapBefore !== ' ') return null;
	const kind = gazetteer.places[best.places[0]!]!.kind;
	if (kind !== 'country' && kind !== 'region') return null;
	const places: number[] = [];
	const importance = doubles();
	const alternate: boolean[] = [];
	for (let k = 0; k < best.places.length; k++) {
		if (gazetteer.places[best.places[k]!]!.kind !== 'city') continue;
		places.push(best.places[k]!);
		importance.push(best.importance[k]!);
		alternate.push(best.alternate[k]!);
	}
	return places.length > 0 ? respanned({ places, importance, alternate, via: best.via }, best.start, next.end, best.first, best.last + 1) : null;
}
