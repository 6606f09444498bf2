// "Pottenstein lies in Franconian Switzerland", "Rathen, in the heart of Saxon Switzerland", "Štramberk belongs to
// Moravian Wallachia": a land's name (a country's or a region's) right after the adjective of a region of another
// country (Franconia, Saxony, Moravia) names a landscape of that region likened to the land, not the land, where
// the text's countries and regions lie in the adjective's country and none in the land's. Stay the land: "French
// Switzerland" (the adjective of a country, not a region's), "Victorian England" in a text about English places
// (or in one about American places: Victoria lies in neither; and in one about Australian places, Victoria lies too
// far from England for a likeness), "Austrian Galicia".
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { lookup } from './name-lookup.ts';
import { liesWithin } from './qualifies.ts';
import { setsByKey } from './sets-by-key.ts';
import { tokenAt, type Token } from './tokens.ts';

// a landscape is likened to a land its people know, on their own continent: Saxony to Switzerland, Moravia to Wallachia
const LIKENED_WITHIN_KM = 1_500;
// a region's adjective: "Moravi-an" of Moravia, "Victori-an" of Victoria, "Sax-on" of Saxony
const ADJECTIVE_ENDING = /(?:an|on)$/;

/** The text's country and region names: their first places, by country (null for a region over several countries). */
export type LandsByCountry = ReadonlyMap<string | null, ReadonlySet<number>>;

/** The lands of the text's candidates (JudgeContext.landsByCountry reads them once a text: both tests below ask them). */
export function landsByCountry(candidates: Iterable<Candidate>, gazetteer: Gazetteer): LandsByCountry {
	return setsByKey(candidates, (other) => (other.via === 'name' ? landCountry(gazetteer.places[other.places[0]!]!) : undefined), (other) => other.places[0]!);
}

/** A country's or a region's country (null for a region over several); undefined for any other place. */
function landCountry(place: GazetteerPlace): string | null | undefined {
	return place.kind === 'country' || place.kind === 'region' ? place.country : undefined;
}

/** The names of the region the adjective may be made from: "Moravia" of "Moravian", "Saxony" of "Saxon". */
function regionNames(adjective: string): string[] {
	return adjective.endsWith('an') ? [adjective.slice(0, -1)] : [`${adjective}y`];
}

/** The country of the region the adjective names, of a country other than the land's and near the land, or null. */
function adjectiveRegionCountry(adjective: string, land: GazetteerPlace, gazetteer: Gazetteer): string | null {
	// ("French", "Italian": a country's adjective names that country, not a region)
	const own = lookup(gazetteer, nameKey(adjective), true);
	if (own?.via === 'demonym') return null;
	for (const name of regionNames(adjective)) {
		const match = lookup(gazetteer, nameKey(name), true);
		for (const index of match?.via === 'name' ? match.places : []) {
			const place = gazetteer.places[index]!;
			if (place.kind === 'region' && place.country && place.country !== land.country && liesWithin(place, land, LIKENED_WITHIN_KM)) return place.country;
		}
	}
	return null;
}

/** Whether the land named by the candidate is a landscape likened to it (see the module comment). */
export function landscapeLikenedToLand(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer, landsOfText: () => LandsByCountry): boolean {
	if (candidate.via !== 'name') return false;
	const land = gazetteer.places[candidate.places[0]!]!;
	if ((land.kind !== 'country' && land.kind !== 'region') || !land.country) return false;
	const adjective = tokenAt(tokens, candidate.first - 1);
	if (!adjective || tokens[candidate.first]!.gapBefore !== ' ' || !adjective.capitalized || adjective.allCaps || !ADJECTIVE_ENDING.test(adjective.text)) return false;
	const country = adjectiveRegionCountry(adjective.text, land, gazetteer);
	if (!country) return false;
	const lands = landsOfText();
	// (a text that names the land's own places speaks of the land; the land named again, as the landscape is in its
	// own language, "Sächsische Schweiz", says nothing)
	const ofLandCountry = lands.get(land.country);
	if (ofLandCountry && ofLandCountry.size > (ofLandCountry.has(candidate.places[0]!) ? 1 : 0)) return false;
	return lands.has(country);
}

// "called the Venice of the Périgord", "known as the Silesian Jerusalem", "nicknamed the Paris of the East": a city
// named after a naming word and "the" (and an adjective) is one the subject is likened to, not a place the text
// speaks of, where the text's countries and regions lie in other countries than the city's ("an area known as the
// Bronx" in a text about New York stays the Bronx; the city's name ends the phrase: before "of", punctuation or
// a function word, not a noun: "known as the Lisbon Agenda", "called the Cairo meeting a failure" stay the city)
const NAMING_BEFORE_THE = new Set(['called', 'nicknamed', 'dubbed']);
const NAMING_BEFORE_AS = new Set(['known', 'described', 'hailed', 'regarded', 'styled']);

/** Whether "of" before the token at `at` names a time: "of 1920", "of the 1920s". */
function ofAYear(tokens: readonly Token[], at: number): boolean {
	const word = tokens[at]?.lower === 'the' ? tokens[at + 1] : tokens[at];
	return /^\d/.test(word?.text ?? '');
}

/** Whether the candidate's city is one the subject is likened to by name (see above). */
export function cityLikenedTo(candidate: Candidate, tokens: readonly Token[], gazetteer: Gazetteer, landsOfText: () => LandsByCountry): boolean {
	if (candidate.via !== 'name') return false;
	const city = gazetteer.places[candidate.places[0]!]!;
	if (city.kind !== 'city' || !city.country) return false;
	// (the city's name ends the noun phrase, before "of" (not of a year: "the Paris of the 1920s"), punctuation or the
	// end: "known as the Lisbon Agenda", "called the Cairo meeting a failure", "called the Berlin and Rome meetings")
	const next = tokens[candidate.last + 1];
	if (next && next.gapBefore === ' ' && (next.lower !== 'of' || ofAYear(tokens, candidate.last + 2))) return false;
	let at = candidate.first - 1;
	// ("the Silesian Jerusalem": the adjective of the subject's land between)
	if (tokenAt(tokens, at)?.capitalized && tokenAt(tokens, at)!.lower !== 'the') at--;
	if (tokenAt(tokens, at)?.lower !== 'the') return false;
	const verb = tokenAt(tokens, at - 1)?.lower ?? '';
	if (!NAMING_BEFORE_THE.has(verb) && !(verb === 'as' && NAMING_BEFORE_AS.has(tokenAt(tokens, at - 2)?.lower ?? ''))) return false;
	const lands = landsOfText();
	return !lands.has(city.country) && lands.size > 0;
}
