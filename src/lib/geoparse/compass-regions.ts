// "the Central District of Esfarayen County", "Northern Region": a name made of a position word is a part of
// whatever the text is about, not the region of that name in a country the text never names (named, it is that
// country's: "the North-West Region of Cameroon") ... as is a bare compound of the compass ("the North East",
// "the South-West": England's, in a British text). "the Upper East Side of Manhattan": an Upper or Lower compass
// name that opens a longer name is no region of its own either (Ghana's Upper East) in a text that places nothing
// else in that country; written bare it is that region in a Ghanaian text that names no country. Nor is a position
// name read in a country that only the text's other compass names place it in, its other places all lying elsewhere.
// (Each branch is pinned: tests/geoparse/compass-regions, england-regions and upper-lower-position specs.)
import type { ResolutionReason } from '../contracts.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { compassPartOfOther, placedByCompassNamesAlone } from './compass-span.ts';
import { otherPlaceInCountry, placesOfEachCountry } from './places-by-country.ts';
import { computedOnce } from './computed-once.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';

const POSITION_NAME = /^(?:(?:central|northern|southern|eastern|western|north|south|east|west|upper|lower|middle|north[- ]?east(?:ern)?|north[- ]?west(?:ern)?|south[- ]?east(?:ern)?|south[- ]?west(?:ern)?)\s+(?:district|region|province|division|zone|area|department|county|state|territory)|(?:north|south)[- ]?(?:east|west)(?:ern)?)$/i;
const PART_POSITION_NAME = /^(?:upper|lower)[- ](?:east|west|north|south)$/i;

/**
 * Whether the region read for a compass name is no region the text means: a position name ("Northern Region", "the
 * North East") that neither the text's country evidence nor its qualifier places, in a country the text does not
 * name; or a position name, or an Upper or Lower one where no other place of the text lies in its country ("the
 * Upper East Regional Minister visited Navrongo" is Ghana's), that is part of another land or opens a longer name
 * (compass-span.ts compassPartOfOther). Made once a text (computed-once.ts): what it weighs of the text's places, asked
 * of every compass name, is gathered once, so a text that repeats the names is not scanned once for each of them.
 */
export function compassNamesOfNoRegion(
	resolutions: readonly Resolution[],
	countryNamed: (country: string) => boolean,
	tokens: readonly Token[],
	candidateAt: ReadonlyMap<number, Candidate>,
	gazetteer: Gazetteer
): (mention: AcceptedMention, place: GazetteerPlace, reasons: readonly ResolutionReason[]) => boolean {
	const placedAlone = placedByPositionNamesAlone(resolutions);
	const placesByCountry = computedOnce(() => placesOfEachCountry(resolutions));
	return (mention, place, reasons) => {
		if (place.kind !== 'region') return false;
		const country = place.country ?? '';
		const positionName = POSITION_NAME.test(mention.surface);
		if (positionName && !reasons.includes('country-context') && !reasons.includes('qualified') && !countryNamed(country)) return true;
		// ("the English-speaking North-West and South-West regions … Douala": a country only other compass names place the text in)
		if (positionName && placedAlone(place)) return true;
		const partShaped = positionName || (PART_POSITION_NAME.test(mention.surface) && !otherPlaceInCountry(place, placesByCountry()));
		return partShaped && compassPartOfOther(mention.candidate, tokens, candidateAt, country, (other) => countriesNamedBy(other, gazetteer));
	};
}

/** placedByCompassNamesAlone for the text's position names, answered once for each region. */
function placedByPositionNamesAlone(resolutions: readonly Resolution[]): (place: GazetteerPlace) => boolean {
	const answers = new Map<GazetteerPlace, boolean>();
	return (place) => {
		let answer = answers.get(place);
		if (answer === undefined) answers.set(place, (answer = placedByCompassNamesAlone(place, resolutions, isPositionNamed)));
		return answer;
	};
}

function isPositionNamed(resolution: Resolution): boolean {
	return POSITION_NAME.test(resolution.mention.surface);
}

/** The countries a candidate names as a country. */
function countriesNamedBy(candidate: Candidate, gazetteer: Gazetteer): (string | null)[] {
	return candidate.places.map((k) => gazetteer.places[k]!).filter((p) => p.kind === 'country').map((p) => p.country);
}
