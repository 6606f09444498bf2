// "the Niger Delta", "the Jordan Valley", "the Senegal River valley": a country's name before "Delta" or
// "Valley" names the land of the river the country is named after, not the country (the Niger Delta lies
// in Nigeria, 1,400 km from Niger's point). Where the gazetteer has the river ("Niger River", "River
// Jordan"), the valley or delta is placed as the river; a region's or town's valley keeps its own reading
// ("the Ohio Valley", "the Kathmandu Valley", "the Miami Valley": index.ts).
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { lookup, type Match } from './name-lookup.ts';

const RIVER_LANDS = new Set(['Valley', 'Delta']);

/** The river's reading for a country's name before "Valley" or "Delta", or null. */
export function riverLand(match: Pick<Candidate, 'places'>, name: string, head: string, gazetteer: Gazetteer): Match | null {
	if (!RIVER_LANDS.has(head) || gazetteer.places[match.places[0]!]!.kind !== 'country') return null;
	const key = nameKey(name);
	for (const river of [`${key} river`, `river ${key}`]) {
		const found = lookup(gazetteer, river, false);
		if (found && gazetteer.places[found.places[0]!]!.kind === 'water') return found;
	}
	return null;
}
