// The demonym table keeps one place per word, and a few words are the people of more than one: "Dominicans" are
// the Dominican Republic's and Dominica's people, "Irish" is Ireland's and, after "Northern", Northern Ireland's.
// The text says which: a demonym that is a country's name and "n" ("Dominica" + "n") is that country's where the
// text names it and not the table's country ("hundreds of Dominicans applied to be extras" in a text about
// Dominica); a compass word before a demonym is the place the compass word and the country's name make, where the
// gazetteer has it ("the Northern Irish FA": Northern Ireland, not Ireland's north).
import type { Gazetteer } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { candidateKey, type Candidate } from './candidates.ts';
import { COMPASS_WORDS } from './compass-span.ts';
import { tokenAt, type Token } from './tokens.ts';

/** The candidate read as this place alone. */
function readAs(candidate: Candidate, place: number): Candidate {
	return { ...candidate, places: [place], importance: [candidate.importance[0] ?? 1], alternate: [false] };
}

/** The country or region the compass word before the demonym and its country's name make ("Northern" + "Ireland"), if any. */
function compassPlace(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer): number | undefined {
	const compass = tokenAt(tokens, candidate.first - 1);
	if (!compass || !compass.capitalized || !COMPASS_WORDS.has(compass.lower) || tokens[candidate.first]!.gapBefore !== ' ') return undefined;
	const country = gazetteer.places[candidate.places[0]!]!;
	// (the table's values are index << 1 | alternate: the leading bearer of the name, by its own name)
	const value = gazetteer.byName.get(nameKey(`${compass.text} ${country.name}`))?.[0];
	const place = value === undefined || value & 1 ? undefined : value >>> 1;
	return place !== undefined && place !== candidate.places[0] && (gazetteer.places[place]!.kind === 'region' || gazetteer.places[place]!.kind === 'country') ? place : undefined;
}

/** The demonym's word without the people's "n" or "ns" ("Dominicans" -> "dominica"), or null. */
function nameBeforeN(word: string): string | null {
	const people = word.endsWith('ns') ? word.slice(0, -2) : word.endsWith('n') ? word.slice(0, -1) : null;
	return people && people.length > 2 ? nameKey(people) : null;
}

/** The text's demonyms read as the country or region the text names for them (see above); the rest as they are. */
export function demonymsOfNamedCountries(candidates: Candidate[], text: string, tokens: readonly Token[], gazetteer: Gazetteer): void {
	let named: Map<string, number> | null = null;
	let namedCountries: Set<number> | null = null;
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		if (candidate.via !== 'demonym') continue;
		const compass = compassPlace(candidate, tokens, gazetteer);
		if (compass !== undefined) {
			candidates[i] = readAs(candidate, compass);
			continue;
		}
		const base = nameBeforeN(text.slice(candidate.start, candidate.end));
		if (base === null) continue;
		// the countries the text names by name, by their key (made at the first demonym that asks)
		if (named === null) {
			named = new Map();
			for (const c of candidates) if (c.via === 'name' && gazetteer.places[c.places[0]!]!.kind === 'country') named.set(candidateKey(text, c), c.places[0]!);
			namedCountries = new Set(named.values());
		}
		const country = named.get(base);
		if (country === undefined || country === candidate.places[0] || namedCountries!.has(candidate.places[0]!)) continue;
		candidates[i] = readAs(candidate, country);
	}
}
