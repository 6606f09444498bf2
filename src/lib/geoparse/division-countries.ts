// "Beni health zone", "Owo LGA", "Mubende sub-county", "Swat tehsil": some countries name their local
// divisions by a word of their own, and a division mostly bears its seat town's name. After such a word a
// name is that country's: the town of the name there (Beni in North Kivu, not Bolivia's Beni department),
// and where the gazetteer has no such town, no place at all ("Mambasa health zone" is not Mombasa, Kenya,
// which GeoNames also calls Mambasa). The words are the countries' own official terms (Wikipedia, "Health
// zones of the Democratic Republic of the Congo", "Local government areas of Nigeria", "Local government
// areas of Australia", "Sub-counties of Uganda", "Sub-counties of Kenya", "Tehsil", "Taluka", "Upazila",
// "Woredas of Ethiopia").
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { resolution } from './resolution.ts';

const ONE_WORD: ReadonlyMap<string, readonly string[]> = new Map([
	['lga', ['NG', 'AU']],
	['lgas', ['NG', 'AU']],
	['subcounty', ['UG', 'KE']],
	['tehsil', ['PK', 'IN']],
	['taluka', ['IN']],
	['taluk', ['IN']],
	['upazila', ['BD']],
	['woreda', ['ET']]
]);
// two words: the first, then the second after a space or a hyphen
const TWO_WORDS: ReadonlyMap<string, { second: string; countries: readonly string[] }> = new Map([
	['health', { second: 'zone', countries: ['CD'] }],
	['sub', { second: 'county', countries: ['UG', 'KE'] }]
]);

/** The countries the division word right after the name belongs to, or null. */
export function divisionWordCountries(candidate: Candidate, tokens: readonly Token[]): readonly string[] | null {
	const next = tokens[candidate.last + 1];
	if (!next || next.gapBefore !== ' ') return null;
	const one = ONE_WORD.get(next.lower);
	if (one) return one;
	const two = TWO_WORDS.get(next.lower);
	const second = tokens[candidate.last + 2];
	return two && second && (second.gapBefore === ' ' || second.gapBefore === '-') && second.lower.startsWith(two.second) ? two.countries : null;
}

/** The most important of the places in one of the countries (the places come most important first), or null. */
export function placeInCountries(places: readonly GazetteerPlace[], countries: readonly string[]): GazetteerPlace | null {
	for (const place of places) if (place.country && countries.includes(place.country)) return place;
	return null;
}

/**
 * Reads each mention followed by such a word as the most important town of its name in the word's
 * countries (into `results`, before the anchors make the document's context). The positions of those
 * whose name no place there bears: they are better left unmapped.
 */
export function placeByDivisionWords(mentions: readonly AcceptedMention[], results: (Resolution | null)[], homonymsOf: (i: number) => readonly GazetteerPlace[], tokens: readonly Token[]): number[] {
	const unplaced: number[] = [];
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		if (mention.candidate.via !== 'name') continue;
		const countries = divisionWordCountries(mention.candidate, tokens);
		if (!countries) continue;
		const current = results[i]?.place.country;
		if (current && countries.includes(current)) continue;
		const place = placeInCountries(homonymsOf(i), countries);
		if (place) results[i] = resolution(mention, place, 0.9, ['named-parent']);
		else unplaced.push(i);
	}
	return unplaced;
}
