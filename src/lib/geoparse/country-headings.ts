// "NEWS IN BRIEF. Ecuador: A landslide … Uruguay: Firefighters in Maldonado …": a roundup heads each item
// with its country and a colon. The other headings' countries are the text's countries, and a town under one
// heading that only its size, those countries or the places around it chose in another heading's country
// (Maldonado, Ecuador, beside the previous item's heading) is its namesake in its own heading's country. Only
// a small town moves so: headings speak of their country's people, and their items of big cities abroad
// ("United States: The secretary of state arrived in Hamburg", "Ireland: … Irish workers in Boston"). A reading
// placed by the words, a region or a national capital, and a town in a country the item places something in
// itself ("flew to Madrid and then on to Barcelona") stay where they are.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import { resolution } from './resolution.ts';
import { admin1Key } from './region-key.ts';
import { capitalOrAtLeast } from './known-abroad.ts';
import type { Token } from './tokens.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

// a town this big is known abroad by its name: an item names it as itself ("factories in Stuttgart")
const NAMED_AS_ITSELF = 50_000;

// "Uruguay: Firefighters": a colon and a capitalised word right after the country's name
const HEADING_COLON = /^:[ \t]+\p{Lu}/u;

/** The country the mention heads an item with: a country opening a sentence or a line before a colon. */
function headingCountry(result: Resolution, tokens: Token[], text: string): GazetteerPlace | null {
	const { place, mention } = result;
	if (place.kind !== 'country' || mention.usage !== 'literal') return null;
	const head = tokens[mention.candidate.first]!;
	if (!head.sentenceStart && !head.gapBefore.includes('\n')) return null;
	return HEADING_COLON.test(text.slice(mention.candidate.end, mention.candidate.end + 4)) ? place : null;
}

/** The mentions under a country heading to read as that country's namesake, with that reading. */
export function countryHeadings(results: readonly Resolution[], reading: DocumentReading, tokens: Token[], text: string): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const headings: number[] = [];
	for (let i = 0; i < results.length; i++) if (headingCountry(results[i]!, tokens, text)) headings.push(i);
	if (headings.length < 2) return found;
	const headingCountries = new Set(headings.map((i) => results[i]!.place.country));
	headings.forEach((at, k) => underHeading(results, at + 1, headings[k + 1] ?? results.length, results[at]!.place, headingCountries, reading, found));
	return found;
}

/** The mentions from..to (an item under the heading) read again in the heading's country. */
function underHeading(results: readonly Resolution[], from: number, to: number, country: GazetteerPlace, headingCountries: ReadonlySet<string | null>, reading: DocumentReading, found: Map<number, Resolution>): void {
	const code = country.country;
	const movable: number[] = [];
	// the countries the item places something in itself ("talks with Argentina", "flew to Madrid"): its towns there stay
	const named = new Set<string | null>();
	// the first-level regions the item names itself: only they place its towns by their region
	const regions = new Set<string>();
	for (let i = from; i < to; i++) if (results[i]!.place.kind === 'region') regions.add(regionOf(results[i]!.place));
	for (let i = from; i < to; i++) {
		const result = results[i]!;
		if (result.place.country === code) continue;
		if (mayMove(result, regions) && headingCountries.has(result.place.country)) movable.push(i);
		else named.add(result.place.country);
	}
	for (const i of movable) {
		const result = results[i]!;
		if (named.has(result.place.country)) continue;
		const homonyms = reading.homonymsOf(i);
		const there = homonyms.places.find((p) => p.country === code && p.kind === 'city' && !homonyms.alternateNames.has(p));
		if (there) found.set(i, resolution(result.mention, there, 0.85, ['country-context']));
	}
}

/**
 * A small town abroad that nothing but its name chose: not a region, a country, a capital or a city known abroad ("crossed
 * into Texas"). A region named in another heading's item ("the rest of Zulia") places none of this item's towns.
 */
function mayMove(result: Resolution, itemRegions: ReadonlySet<string>): boolean {
	const { place, mention } = result;
	if (place.kind !== 'city' || capitalOrAtLeast(place, NAMED_AS_ITSELF) || place.knownAbroad) return false;
	const reasons = itemRegions.has(regionOf(place)) ? result.reasons : result.reasons.filter((r) => r !== 'region-context');
	return mention.usage === 'literal' && !result.outsideNamedCountry && restsOn(reasons, NAME_ALONE);
}

const regionOf = (place: GazetteerPlace) => admin1Key(place.country, place.admin1);
