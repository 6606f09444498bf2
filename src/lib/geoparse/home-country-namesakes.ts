// "Everton beat Portsmouth and now face Newcastle, the Liverpool manager said": the text's other places were
// all read in England, each by its size or its neighbours and none as an anchor (every one has a namesake
// somewhere), so the document's countries were empty when "Newcastle" was weighed, and the largest namesake
// (a South African municipality) won; "the France coach … go to Twickenham" did the same with an old name of
// Huntsville, Alabama. A reader takes the namesake in the country the text's places are in. A town that
// nothing but its size (or an earlier reading of its name) chose, in a country none of the text's other names
// is read in, is read as its namesake in a country two or more of them are read in, where that namesake has a
// tenth of its size or more; against a town that bears the name only as an old or foreign name, one name
// there and any size will do. A city named in many languages, or a capital, is named from anywhere and stays.
// "the north of Esmeraldas province, including San Lorenzo" in an Ecuador advisory: a namesake whose own
// province the text names is the one meant, at any size (the Paraguayan city is ten times the Ecuadorian town).
import { isCapital, isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { formerNameOf } from './former-names.ts';
import { spelledAlike } from './known-abroad.ts';
import { admin1Key, townInNamedRegion } from './region-key.ts';
import { CLUB_PLACE } from './place-readings.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { BIGGEST_ONLY, restsOn } from './weak-reasons.ts';

// a country of the text: this many of its other names (different names) read there
const NAMES_IN_COUNTRY = 2;
// ... or one, against a town that bears the name only as an old or foreign name
const NAMES_AGAINST_FORMER_NAME = 1;
// ... or one, for a club's place ("Blackburn beat Chelsea"): the other side names the league's country
const NAMES_FOR_CLUB = 1;
// the namesake at least this share of the town's importance
const SIZE_SHARE = 0.1;
// a town smaller than this read for its name alone says nothing of the text's country
const SMALL_TOWN = 50_000;

/** A town read as it is for its name alone: its size, an earlier reading, or no other place of the name. */
function readByNameAlone({ place, reasons }: Resolution): boolean {
	return place.kind === 'city' && !place.knownAbroad && !isCapital(place) && restsOn(reasons, BIGGEST_ONLY);
}

function sizedAlone(result: Resolution): boolean {
	return result.mention.usage === 'literal' && result.mention.candidate.places.length > 1 && readByNameAlone(result);
}

/** A small town read for its name alone: as likely a surname or a word ("Stubbs", "Robinson") as the text's place. */
function smallByNameAlone(result: Resolution): boolean {
	return result.place.population < SMALL_TOWN && readByNameAlone(result);
}

/**
 * country → the different names of the text read there, but not small towns read there for their name alone
 * ("Robinson", "Stubbs", surnames read as US towns, make no US story)
 */
function namesByCountry(results: readonly Resolution[]): Map<string, Set<string>> {
	const byCountry = new Map<string, Set<string>>();
	for (const result of results) {
		const { place, mention, outsideNamedCountry } = result;
		if (!place.country || outsideNamedCountry || mention.usage === 'embedded' || smallByNameAlone(result)) continue;
		let names = byCountry.get(place.country);
		if (!names) byCountry.set(place.country, (names = new Set()));
		names.add(mention.key);
	}
	return byCountry;
}

/** The key (region-key.ts) of each first-level region the text's places are read as (not inside an organisation's name). */
function namedProvinces(results: readonly Resolution[]): Set<string> {
	const provinces = new Set<string>();
	for (const { place, mention } of results) if (isFirstLevelRegion(place) && place.admin1 && mention.usage !== 'embedded') provinces.add(admin1Key(place.country, place.admin1));
	return provinces;
}

/** How many names other than `own` the country has. */
function othersIn(byCountry: Map<string, Set<string>>, country: string, own: string): number {
	const names = byCountry.get(country);
	return names ? names.size - (names.has(own) ? 1 : 0) : 0;
}

/** The namesake in a country of the text the mention is read as instead, if any. */
function namesakeAtHome(result: Resolution, byCountry: Map<string, Set<string>>, provinces: Set<string>, gazetteer: Gazetteer): GazetteerPlace | null {
	const { candidate, key: own } = result.mention;
	const here = result.place.country;
	// the town's country has none of the text's other names
	if (!here || othersIn(byCountry, here, own) > 0) return null;
	const chosen = candidate.places.findIndex((index) => gazetteer.places[index] === result.place);
	if (chosen < 0) return null;
	const former = candidate.alternate[chosen]! && formerNameOf(own, result.place.name);
	const least = former ? 0 : SIZE_SHARE * gazetteer.importance[candidate.places[chosen]!]!;
	const needed = former ? NAMES_AGAINST_FORMER_NAME : result.mention.why === CLUB_PLACE ? NAMES_FOR_CLUB : NAMES_IN_COUNTRY;
	let best: GazetteerPlace | null = null;
	let bestNames = 0;
	let bestImportance = 0;
	for (let k = 0; k < candidate.places.length; k++) {
		const index = candidate.places[k]!;
		const place = gazetteer.places[index]!;
		if (place.kind !== 'city' || !place.country || place.country === here) continue;
		// (by its own name, or by the first words of it: "Newcastle" of Newcastle upon Tyne)
		if (candidate.alternate[k] && !spelledAlike(own, place)) continue;
		const names = othersIn(byCountry, place.country, own);
		const weight = gazetteer.importance[index]!;
		if (names < needed || names < bestNames || (names === bestNames && weight <= bestImportance)) continue;
		if (weight < least && !townInNamedRegion(place, provinces)) continue;
		[best, bestNames, bestImportance] = [place, names, weight];
	}
	return best;
}

/** The mentions to read as a namesake in the country of the text's other places, with that reading. */
export function homeCountryNamesakes(results: readonly Resolution[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	let byCountry: Map<string, Set<string>> | undefined;
	let provinces: Set<string> | undefined;
	const byName = new Map<string, GazetteerPlace | null>();
	results.forEach((result, i) => {
		if (!sizedAlone(result)) return;
		const own = result.mention.key;
		if (!byName.has(own)) byName.set(own, namesakeAtHome(result, (byCountry ??= namesByCountry(results)), (provinces ??= namedProvinces(results)), gazetteer));
		const namesake = byName.get(own);
		if (namesake) found.set(i, replaced(result, result.mention, namesake, result.score, ['country-context', 'population']));
	});
	return found;
}
