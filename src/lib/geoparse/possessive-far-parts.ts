// "Dengue spread in Dhaka's Mohammadpur area", "police raided Rio's Penha favela", "fans packed Lusaka's Independence
// stadium": a city's possessive before a name makes that name a part of the city (possessive-districts.ts moves it
// to the namesake inside the city). Where no place of the name lies within 150 km of the city, the gazetteer lacks the
// quarter (or the name is a stadium's, a market's): the town of the name far away, chosen for its name alone
// (Mohammadpur, Rajshahi, 225 km; Penha, Santa Catarina; Independence, Missouri), is no place the text means, and the
// name is left unmapped. So are the names listed with it ("Dhaka's Mirpur, Mohammadpur and Uttara"). A possessor
// that also names a region or district of its country ("São Paulo's Campinas", "Lagos's Ikorodu") may be that
// region's, and is not read so.
import { isCapital, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { isPossessiveMark } from './phrase-cues.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { PossessiveOwners } from './possessive-districts.ts';
import type { Token } from './tokens.ts';
import { NAME_ALONE, restsOn } from './weak-reasons.ts';

// a city's quarters, suburbs and airports lie within this of its point ("Tokyo's Narita", 57 km; a state's town
// 90 km from the capital that bears the state's name, "Bauchi's Toro", where the gazetteer knows the state only as
// "Bauchi State")
const PART_OF_CITY_KM = 150;

/** The possessor reads as a city only: no region or district of its country bears its name, nor is the name read so elsewhere in the text. */
function cityOnly(owner: Resolution, readAsDivision: ReadonlySet<string>, gazetteer: Gazetteer): boolean {
	if (owner.place.kind !== 'city' || owner.mention.usage !== 'literal' || readAsDivision.has(owner.mention.key)) return false;
	return !owner.mention.candidate.places.some((k) => {
		const place = gazetteer.places[k]!;
		return (place.kind === 'region' || place.kind === 'district') && place.country === owner.place.country;
	});
}

/** A town read for its name alone: the one place of its name, its size, the text's country or its neighbours. */
function readByNameAlone({ place, reasons, mention }: Resolution): boolean {
	return (place.kind === 'city' || place.kind === 'district') && mention.usage === 'literal' && restsOn(reasons, NAME_ALONE);
}

/** Indices of the mentions to leave unmapped. */
export function farPartsOfPossessiveCities(results: readonly Resolution[], tokens: readonly Token[], gazetteer: Gazetteer): number[] {
	const found: number[] = [];
	const owners = new PossessiveOwners(results, tokens);
	// the names the text reads as a region or district somewhere, made once where a possessive is found
	let readAsDivision: Set<string> | null = null;
	for (let i = 1; i < results.length; i++) {
		const ownerAt = owners.ownerOf(i);
		if (ownerAt < 0) continue;
		readAsDivision ??= new Set(results.filter((r) => r.place.kind === 'region' || r.place.kind === 'district').map((r) => r.mention.key));
		if (!cityOnly(results[ownerAt]!, readAsDivision, gazetteer)) continue;
		const city = results[ownerAt]!.place;
		// the name, and the names listed right after it ("Mirpur, Mohammadpur and Uttara")
		// (up to a name that owns what follows it: "Dhaka's Mirpur and Chittagong's Agrabad")
		for (let k = i; k < results.length && (k === i || listedAfter(results[k - 1]!, results[k]!, tokens)); k++) {
			if (k > i && isPossessiveMark(tokens[results[k]!.mention.candidate.last + 1])) break;
			if (farFrom(results[k]!, city)) found.push(k);
		}
	}
	return found;
}

function farFrom(result: Resolution, city: GazetteerPlace): boolean {
	// (a city known abroad or a capital is named for itself: "Lagos's rival Abuja")
	const { place } = result;
	return readByNameAlone(result) && place.population < KNOWN_ABROAD && !isCapital(place) && place !== city && kilometres(place, city) > PART_OF_CITY_KM;
}

/** The mention follows the one before as the next item of a list: ", " or " and " between them. */
function listedAfter(previous: Resolution, next: Resolution, tokens: readonly Token[]): boolean {
	const gap = next.mention.candidate.first - previous.mention.candidate.last;
	if (gap === 1) return tokens[next.mention.candidate.first]!.gapBefore === ', ';
	if (gap !== 2) return false;
	const word = tokens[previous.mention.candidate.last + 1]!;
	return (word.text === 'and' || word.text === 'or') && tokens[next.mention.candidate.first]!.gapBefore === ' ';
}
