// "the administrative district of Gmina Celestynów", "the Landkreis Steinfurt", "Barangay San Roque":
// some languages write a division's title before its name, and English articles keep it. The title
// is part of the division's name: read alone, "Gmina" looked like a first name before a surname, and
// the town the division is named after then counted as a person all through the text.
import type { Candidate } from './candidates.ts';
import { tokenAt, type Token } from './tokens.ts';
import { respanned } from './respanned.ts';

// titles that stand before a division's name in English text (Polish, German, Philippine divisions; Irish
// and Northern Irish counties: "County Clare", "County Antrim")
const DIVISION_TITLES = new Set(['Gmina', 'Powiat', 'Landkreis', 'Kreis', 'Samtgemeinde', 'Verbandsgemeinde', 'Barangay', 'County']);

/** The candidate with the division title just before it, when there is one and no other name holds it. */
export function withDivisionTitle(candidate: Candidate, tokens: readonly Token[], previous: Candidate | undefined): Candidate {
	if (candidate.via !== 'name' || candidate.first === 0) return candidate;
	const title = tokenAt(tokens, candidate.first - 1)!;
	if (!DIVISION_TITLES.has(title.text) || tokens[candidate.first]!.gapBefore !== ' ') return candidate;
	if (previous && previous.last >= candidate.first - 1) return candidate;
	return respanned(candidate, title.start, candidate.end, candidate.first - 1, candidate.last);
}

/** Whether the candidate begins with a division's title: "the Landkreis Steinfurt" is that division, not a thing named after the town. */
export function titledDivision(candidate: Candidate, tokens: readonly Token[]): boolean {
	return candidate.last > candidate.first && DIVISION_TITLES.has(tokens[candidate.first]!.text);
}

// nouns that, capitalised before "of" and a name, make the title of a division named after that name
// ("the Canton of Bern", "County of Hertford"); some are places' names too (Canton, Ohio; Canton, the old
// name of Guangzhou)
const TITLES_BEFORE_OF = new Set(['Canton', 'County', 'Province', 'District', 'Department', 'Municipality', 'Region', 'Parish', 'Commune', 'Prefecture', 'Borough', 'Township', 'Arrondissement']);

// ... and nouns that make a water's or a landform's name so ("the Bay of Mali Ston", "the Isle of Ely"), where
// the gazetteer lacks the whole name: "Bay" is a Somali region, "Isle" a town in Minnesota
const FEATURES_BEFORE_OF = new Set(['Bay', 'Gulf', 'Isle', 'Sea', 'Strait', 'Straits', 'Lake', 'Cape']);

/** "the Canton of Bern", "the Bay of Mali Ston": a one-word candidate that is a division's or a feature's title before "of" and a capitalised name, no place of its own. */
export function titleBeforeOf(candidate: Candidate, tokens: readonly Token[]): boolean {
	const word = tokens[candidate.first]!.text;
	if (candidate.last !== candidate.first || (!TITLES_BEFORE_OF.has(word) && !FEATURES_BEFORE_OF.has(word))) return false;
	const of = tokens[candidate.first + 1];
	const name = tokens[candidate.first + 2];
	return of?.text === 'of' && of.gapBefore === ' ' && name !== undefined && name.gapBefore === ' ' && name.capitalized;
}

// the titles of waters named "X of Y" ("the Bay of Kotor", "the Sea of Marmara")
const WATER_TITLES = new Set(['Bay', 'Gulf', 'Sea', 'Strait', 'Straits', 'Lake']);

/** "the Strait of Kerch": the name follows a water's title and "of" (the water's name, where the gazetteer lacks it whole). */
export function afterWaterTitle(candidate: Candidate, tokens: readonly Token[]): boolean {
	const of = tokenAt(tokens, candidate.first - 1);
	const title = tokenAt(tokens, candidate.first - 2);
	return of?.text === 'of' && of.gapBefore === ' ' && tokens[candidate.first]!.gapBefore === ' ' && title !== undefined && WATER_TITLES.has(title.text);
}
