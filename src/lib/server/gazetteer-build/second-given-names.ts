// A second list of given names beside the first (@stdlib's Moby lists, 8,422 names, which lack names common in
// the US since the 1990s: "Jaylen", "Kaden", "Tyree", "Amari", "Jace", even "Walter"). The second list
// (@faker-js/faker's English person names, MIT) also holds many names of places ("Houston", "Paris", "Camden",
// "Savannah"), so a name of it joins only where a reader would take it for a person and nothing else: it is
// no everyday word, and the gazetteer holds no place of that own name in the US, no division or country of
// it anywhere, and no town of it elsewhere of MIN_TOWN people or more ("Kaden", a German village of 655, joins).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A town of this many people elsewhere keeps its name out of the second list ("Milan", "Santos"). */
export const MIN_TOWN = 1000;

/** What the filter needs to know of a place bearing the name as its own. */
export interface NamedPlace {
	kind: string;
	country: string | null;
	population: number | null;
}

/** Whether a place of the name keeps it from the second list. */
function placeKeepsNameOut(place: NamedPlace): boolean {
	return place.country === 'US' || place.kind !== 'city' || (place.population ?? 0) >= MIN_TOWN;
}

/**
 * The second list's names (lower case) that the first lacks and that name nobody but a person: no everyday
 * word (`commonWords`, SUBTLEX's weights) and no place `placesNamed(key)` gives that placeKeepsNameOut.
 */
export function secondGivenNames(names: Iterable<string>, first: ReadonlySet<string>, commonWords: Readonly<Record<string, number>>, placesNamed: (key: string) => readonly NamedPlace[]): string[] {
	const kept = new Set<string>();
	for (const name of names) {
		const key = name.toLowerCase();
		if (first.has(key) || key in commonWords || !/^\p{Ll}+$/u.test(key)) continue;
		if (placesNamed(key).some(placeKeepsNameOut)) continue;
		kept.add(key);
	}
	return [...kept].sort();
}

/** @faker-js/faker's English given names (its generic, female and male lists). */
export async function readSecondListNames(): Promise<string[]> {
	const { en } = (await import(require.resolve('@faker-js/faker'))) as { en: { person: { first_name: Record<string, string[]> } } };
	return Object.values(en.person.first_name).flat();
}
