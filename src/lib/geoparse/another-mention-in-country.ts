// Whether the text names its place's country otherwise: a reading abroad that no other mapped place of the text
// shares a country with is a stray (a namesake of a place the gazetteer lacks) for the rules that ask this.
import type { Resolution } from './resolve.ts';

/** Whether another mention, not itself set aside as outside its named country, lies in result i's country. */
export function anotherMentionInCountry(results: readonly Resolution[], i: number): boolean {
	const country = results[i]!.place.country;
	return results.some((other, j) => j !== i && !other.outsideNamedCountry && other.place.country === country);
}
