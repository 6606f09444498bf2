// "NAIROBI - Police raided shops in Eastleigh and Kibera, and traders in Mombasa closed early": every other place of
// the story lies in Kenya, and the quarter the gazetteer lacks was read as Eastleigh, England, for being the biggest
// town of the name. A story whose places all lie in one country names its own towns and quarters bare; a town abroad
// it means is placed by its country or its neighbours, or is big enough to be known from anywhere. A town that
// nothing but its size chose among namesakes, in a country no other name of the text lies in, far from all the
// text's places, and listed with a place of the story's country ("in Eastleigh and Kibera", "between Walpole and
// Denmark"), is more likely a place of that country the gazetteer lacks: left unmapped. A town standing alone is a
// trip abroad and stays ("Tourists from Glasgow and Dundee were stranded in Calais"). (A town that is its name's only
// place is lone-abroad.ts's; a namesake in the story's country, home-country-namesakes.ts's.)
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { namedByAlternate } from './by-other-name.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { AnchorIndex } from './anchors.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';

// the story's places lie in one country: this many mentions of places there, and none of another
const SETTLED_MENTIONS = 3;
// a town this close to one of the story's places is in its area (across a border)
const BORDER_KM = 100;

/** A town abroad read for its size alone among namesakes: not known abroad, no capital, a literal mention. */
function sizedAlone({ place, reasons, mention }: Resolution): boolean {
	return (
		place.kind === 'city' &&
		place.population < KNOWN_ABROAD &&
		!place.knownAbroad &&
		!isCapital(place) &&
		mention.usage === 'literal' &&
		mention.candidate.places.length > 1 &&
		reasons.length === 1 &&
		reasons[0] === 'population'
	);
}

// what chose a city abroad by another of its names: its size, and the country the text was read in so far
const BY_OTHER_NAME_REASONS: ReadonlySet<string> = new Set(['population', 'country-context']);

// the letters another name shares with the own name's opening where it is a spelling of it, not an exonym
const SPELLING_PREFIX = 3;

/**
 * "In Samar, Guiuan and Borongan": a city of any size read abroad only by another spelling of its name (Samara, which
 * GeoNames also calls Samar), for its size or the country read so far, no capital: a reader of the story's country
 * takes the name for a place of that country, not for a far city's variant. An exonym of another root is the city's
 * well-known other name and stays ("flights between Nairobi, Mombasa and Bombay").
 */
function byOtherSpellingAlone(result: Resolution, gazetteer: Gazetteer): boolean {
	const { place, reasons, mention } = result;
	if (place.kind !== 'city' || isCapital(place) || mention.usage !== 'literal' || mention.candidate.places.length < 2) return false;
	if (!reasons.every((r) => BY_OTHER_NAME_REASONS.has(r)) || !namedByAlternate(mention.candidate, place, gazetteer)) return false;
	return nameKey(place.name).startsWith(mention.key.slice(0, SPELLING_PREFIX));
}

/** Indices of the mentions to leave unmapped. */
export function sizedAbroad(results: readonly Resolution[], reading: DocumentReading, gazetteer: Gazetteer): number[] {
	const weak = results.map((result) => sizedAlone(result) || byOtherSpellingAlone(result, gazetteer));
	if (!weak.includes(true)) return [];
	// the one country of the story's other places (countries and regions count: "Kenya's health ministry")
	let country: string | null | undefined;
	let mentions = 0;
	const settled: GazetteerPlace[] = [];
	for (let i = 0; i < results.length; i++) {
		if (weak[i]) continue;
		const { place } = results[i]!;
		if (!place.country) continue;
		if (country === undefined) country = place.country;
		else if (place.country !== country) return [];
		mentions++;
		settled.push(place);
	}
	if (mentions < SETTLED_MENTIONS) return [];
	// (two names read so in one country vouch for each other: "Eastleigh and Romsey" is a story that goes there)
	const namesIn = new Map<string, Set<string>>();
	results.forEach((result, i) => {
		if (weak[i] && result.place.country) namesIn.set(result.place.country, (namesIn.get(result.place.country) ?? new Set()).add(result.mention.key));
	});
	const near = new AnchorIndex(settled);
	const found: number[] = [];
	results.forEach((result, i) => {
		const abroad = result.place.country;
		if (!weak[i] || !abroad || abroad === country || namesIn.get(abroad)!.size > 1 || near.hasNear(result.place, BORDER_KM)) return;
		// (the neighbours a list reaches are bounded: reading.listNeighbours)
		if (reading.listNeighbours(i).some((j) => !weak[j] && results[j]!.place.country === country)) found.push(i);
	});
	return found;
}
