// A second list of given names beside the first (@stdlib's Moby lists, 8,422 names, which lack names common in
// the US since the 1990s: "Jaylen", "Tyree", "Amari", "Jace", even "Walter"). The second list (@faker-js/faker's
// English person names, MIT) also holds many names of places ("Houston", "Paris", "Camden", "Savannah"), so a name
// of it joins only where a reader would take it for a person and nothing else: it is no everyday word, and no place
// in the gazetteer bears it as its own name, however small ("Kaden", a German village of 655, stays out: a text
// about that village reads its name as the village).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The second list's names (lower case) that the first lacks and that name nobody but a person: no everyday
 * word (`commonWords`, SUBTLEX's weights) and no place's own name (`namesPlace(key)`).
 */
export function secondGivenNames(names: Iterable<string>, first: ReadonlySet<string>, commonWords: Readonly<Record<string, number>>, namesPlace: (key: string) => boolean): string[] {
	const kept = new Set<string>();
	for (const name of names) {
		const key = name.toLowerCase();
		if (first.has(key) || key in commonWords || !/^\p{Ll}+$/u.test(key)) continue;
		if (namesPlace(key)) continue;
		kept.add(key);
	}
	return [...kept].sort();
}

/** @faker-js/faker's English given names (its generic, female and male lists). */
export async function readSecondListNames(): Promise<string[]> {
	const { en } = (await import(require.resolve('@faker-js/faker'))) as { en: { person: { first_name: Record<string, string[]> } } };
	return Object.values(en.person.first_name).flat();
}
