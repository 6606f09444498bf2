// "Nakuru County", "Kilimanjaro Region": news names some countries' first-level divisions with their
// division word, where country-state-city gives the bare name (which a town may hold: the bare name is
// then the town's only). With the word, "X County" is the county, not the town X it is named after.
import { nameKey } from '../../gazetteer/normalize.ts';
import { COMPASS_WORDS } from '../../geoparse/compass-span.ts';
import type { DraftPlace } from './draft.ts';
import { typeWordOf } from './regions.ts';

/** A division word of data/gazetteer/division-words.tsv: a country's, for the regions whose ISO code matches. */
export interface DivisionWord {
	country: string;
	word: string;
	/** the ISO 3166-2 codes (after "CC-") of the divisions the word names; all where absent */
	codes: RegExp | null;
}

/** The rows of division-words.tsv: country, word and an optional expression the ISO codes match. */
export function readDivisionWords(rows: readonly Record<string, string>[]): DivisionWord[] {
	return rows.map((row) => ({ country: row.country!, word: row.word!, codes: row.codes ? new RegExp(`^(?:${row.codes})$`) : null }));
}

/** A name a division word made: the region's id and the name's key. */
export interface AddedName {
	id: string;
	key: string;
}

/**
 * Adds "<name> <word>" to the regions of each country with a division word, unless the name ends in
 * an administrative word already ("Bong County"), the region has that name ("Kaduna State", given
 * where the town took "Kaduna"); a name of compass words only gets it in each way of writing it if the
 * words are English (addCompassForms: "East Region" or "Central Region" names regions of several
 * countries, so the text must name the country), none if French ("Nord-Ouest"); returns the names added.
 */
export function addDivisionWords(regions: readonly DraftPlace[], words: readonly DivisionWord[]): AddedName[] {
	const byCountry = new Map(words.map((word) => [word.country, word]));
	const added: AddedName[] = [];
	for (const region of regions) {
		const division = region.country ? byCountry.get(region.country) : undefined;
		if (!division || typeWordOf(region.name) || (division.codes && !division.codes.test(isoCode(region.id)))) continue;
		if (!onlyCompassWords(region.name)) addName(region, `${region.name} ${division.word}`, added);
		else if (onlyEnglishCompassWords(region.name)) for (const form of compassForms(region.name)) addName(region, `${form} ${division.word}`, added);
	}
	return added;
}

/** Adds the name to the region unless it bears it already (in any case or spelling of its key). */
function addName(region: DraftPlace, name: string, added: AddedName[]): void {
	const key = nameKey(name);
	if ([...region.names].some((own) => nameKey(own) === key)) return;
	region.names.add(name);
	added.push({ id: region.id, key });
}

// "Northwest": a name of two compass words that news writes joined, hyphenated or spaced
const COMPOUND_COMPASS = /^(north|south)-?\s*(east|west)$/i;

/**
 * Cameroon's "Northwest" is the "North-West Region" of its news: a compass-only name gets its word in
 * each way of writing it (Northwest, North-West, North West). Such a name is read only where the text
 * names the country or qualifies the name ("the North-West Region of Cameroon"; POSITION_NAME in
 * geoparse/compass-regions.ts), as the compass names of several countries' regions are.
 */
function compassForms(name: string): string[] {
	const compound = COMPOUND_COMPASS.exec(name);
	if (!compound) return [name];
	const [first, second] = [capitalised(compound[1]!), capitalised(compound[2]!)];
	return [`${first}${second.toLowerCase()}`, `${first}-${second}`, `${first} ${second}`];
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** "Northwest", "East", "Central": a name of English compass words only (not the French "Nord-Ouest", nor "Centre") */
function onlyEnglishCompassWords(name: string): boolean {
	return COMPOUND_COMPASS.test(name) || name.split(/[\s-]+/).every((word) => COMPASS_WORDS.has(word.toLowerCase()));
}

// the compass words of English, with the centre and the French words that divisions of French-speaking
// countries are named by (Haiti's Nord, Sud, Centre; Cameroon's Centre)
const DIVISION_COMPASS_WORDS = new Set([...COMPASS_WORDS, 'centre', 'center', 'nord', 'sud', 'est', 'ouest']);

/** "East", "Nord-Ouest", "North East": a name of compass words only */
function onlyCompassWords(name: string): boolean {
	return name
		.toLowerCase()
		.split(/[\s-]+/)
		.every((word) => DIVISION_COMPASS_WORDS.has(word));
}

/** "31" of "adm1:KE-31" */
function isoCode(id: string): string {
	return id.slice(id.indexOf('-') + 1);
}

/**
 * The keys of the added names that only the regions given them bear: the recogniser reads these only
 * with the division word capitalised, so "the Kagera region" stays Kagera and a lower-case word, as it
 * was before the words were added ("the Tigray region", a name of the data, still reads whole).
 */
export function capitalWordKeys(added: readonly AddedName[], bearerIds: (key: string) => readonly string[]): string[] {
	// a division may be given several ("Pune District" and "Pune Division"; "North-West Region" and "Northwest Region")
	const keysOf = new Map<string, Set<string>>();
	for (const { id, key } of added) keysOf.set(id, (keysOf.get(id) ?? new Set()).add(key));
	const keys = new Set(added.map(({ key }) => key));
	return [...keys].filter((key) => bearerIds(key).every((id) => keysOf.get(id)?.has(key) === true));
}
