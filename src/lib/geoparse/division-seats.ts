// "Ramnagar is a village in the Bhagalpur district of Bihar", "Kalateh is a village in … Esfarayen
// County": where the gazetteer lacks the division, the town it is named after (its seat) stands in for
// it. A namesake within the division's reach of that town is the place described; with none there the
// gazetteer lacks the village, and a namesake 300 km off would be a wrong dot: better none.
import { isSupplementTown, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { fitsCue, type KindCue } from './document-cues.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';
import { leftUnmapped, replaced } from './resolution.ts';

// a district or county reaches this far from its seat (India's districts are about 60 km across)
const SEAT_REACH_KM = 80;
// a seat this far from the place described in its division is another town of the seat's name
const SEAT_ELSEWHERE_KM = 2 * SEAT_REACH_KM;

function nearASeat(place: GazetteerPlace, towns: GazetteerPlace[]): boolean {
	return towns.some((seat) => kilometres(place, seat) < SEAT_REACH_KM);
}

/**
 * The seats that lie in every first-level region the sentence names: "a village in Vijayanagara district
 * in the Indian state of Karnataka" read as Vizianagaram (Andhra Pradesh, by an old spelling) is no seat
 * of that district, and the village is not to be placed near it (seatsElsewhere then drops the reading).
 */
export function seatsInNamedRegions(seats: GazetteerPlace[], regions: GazetteerPlace[], gazetteer: Gazetteer): GazetteerPlace[] {
	return regions.length === 0 ? seats : seats.filter((seat) => regions.every((region) => liesIn(seat, region, gazetteer)));
}

/** The resolution of a described place given the seats of the divisions its sentence names. */
export function placedNearSeats(result: Resolution, seats: GazetteerPlace[], gazetteer: Gazetteer, cue: KindCue | null = null): Resolution {
	const towns = seats.filter((seat) => seat.kind === 'city');
	if (towns.length === 0 || result.outsideNamedCountry || result.reasons.includes('qualified')) return result;
	if (result.place.kind !== 'city') return result;
	// the seat itself too: "Bagamoyo is a town in Bagamoyo District" is the town the district is named after
	if (nearASeat(result.place, towns)) return result;
	const { candidate } = result.mention;
	// the only town of its name in the country the text is about outweighs a guess at the division's
	// seat by its name (seatsElsewhere then drops the seat); a namesake of unknown size does not count
	// ("Stratford … Perth County, Ontario": not the Stratford of Prince Edward Island cities1000 adds) — unless the
	// words call it what that town is not ("Salem is a village in the Tirunelveli district": not the city of Salem)
	if (result.reasons.includes('country-context') && onlyTownOfItsNameThere(result, gazetteer) && (cue === null || fitsCue(result.place, cue))) return result;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place.kind === 'city' && !candidate.alternate[k] && nearASeat(place, towns)) return replaced(result, result.mention, place, result.score, ['named-parent', ...result.reasons.filter((r) => r !== 'named-parent')]);
	}
	return leftUnmapped(result);
}

/**
 * "Stratford is a city in Perth County, Ontario": where the place described stands on its own
 * evidence, a division read as the town of its name far from it is that town's namesake elsewhere
 * (the town of Perth lies 417 km off, in Lanark County; the gazetteer lacks Perth County): the
 * division's mentions among `seats` to leave unmapped.
 */
export function seatsElsewhere(result: Resolution, seats: readonly number[], results: readonly Resolution[]): number[] {
	if (result.outsideNamedCountry || result.place.kind !== 'city') return [];
	return seats.filter((j) => {
		const seat = results[j]!;
		return !seat.outsideNamedCountry && seat.place.kind === 'city' && seat.mention.surface !== result.mention.surface && kilometres(seat.place, result.place) > SEAT_ELSEWHERE_KM;
	});
}

/** Whether no other town of the mention's name lies in the resolved place's country. */
function onlyTownOfItsNameThere(result: Resolution, gazetteer: Gazetteer): boolean {
	const { candidate } = result.mention;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place !== result.place && place.kind === 'city' && !candidate.alternate[k] && place.country === result.place.country && !isSupplementTown(place)) return false;
	}
	return true;
}
