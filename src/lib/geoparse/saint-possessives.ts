// "St. Mary's hall", "Mass at St. Joseph's", "beat Wales at St Helen's": a saint's name in the possessive names a
// church, a school, a hospital or a ground. The towns named for saints drop the possessive ("St. Marys, Pa.",
// "Saint Johns", St Helens), so the name reads such a town only where more than the name alone holds it: a qualifier
// ("St. Mary's, Ga."), its region or its county named ("born in St. Mary's, a small town … in Perth County, Ontario");
// it still reads a place whose own name keeps the possessive (St. John's, Newfoundland; St. Mary's, Alaska; St Mary's
// Stadium).
import type { GazetteerPlace } from '../gazetteer/types.ts';

const SAINT_POSSESSIVE = /\b(?:St|Saint|Ste|Sainte)\.?\s+(\p{L}+)['’]s\b/u;

/** Whether the span is a saint's name in the possessive and the place's own name drops the possessive. */
export function saintPossessiveDropped(place: GazetteerPlace, surface: string): boolean {
	const saint = SAINT_POSSESSIVE.exec(surface)?.[1];
	return saint !== undefined && !place.name.replace(/’/g, "'").includes(`${saint}'s`);
}
