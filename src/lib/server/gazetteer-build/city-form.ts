import type { DraftPlace } from './draft.ts';
import { nameKey } from '../../gazetteer/normalize.ts';

/**
 * Whether a town that has a region's bare name only by dropping its own "City" ("Oklahoma City",
 * "Cebu City", "Jeju City") is what the bare name means: only as the largest town of its country in
 * the region itself ("New York", "Ho Chi Minh"). Elsewhere news writes the "City" and "Oklahoma" is the state.
 */
export function cityFormTakesName(town: Pick<DraftPlace, 'admin1'>, region: { admin1: string | null }, largestOfCountry: boolean): boolean {
	return largestOfCountry && region.admin1 !== null && town.admin1 === region.admin1;
}

/** Whether a town's own names hold a bare name only with "City" after it. */
export function namedWithCity(names: ReadonlySet<string>, bare: string): boolean {
	const key = nameKey(bare);
	let withCity = false;
	for (const name of names) {
		const own = nameKey(name);
		if (own === key) return false;
		if (own === `${key} city`) withCity = true;
	}
	return withCity;
}
