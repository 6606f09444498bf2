// "Ramnagar is a village in the Bhagalpur district of Bihar", "Kalateh is a village in … Esfarayen
// County": where the gazetteer lacks the division, the town it is named after (its seat) stands in for
// it. A namesake within the division's reach of that town is the place described; with none there the
// gazetteer lacks the village, and a namesake 300 km off would be a wrong dot: better none.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import type { Resolution } from './resolve.ts';

// a district or county reaches this far from its seat (India's districts are about 60 km across)
const SEAT_REACH_KM = 80;

/** The resolution of a described place given the seats of the divisions its sentence names. */
export function placedNearSeats(result: Resolution, seats: GazetteerPlace[], gazetteer: Gazetteer): Resolution {
	const towns = seats.filter((seat) => seat.kind === 'city');
	if (towns.length === 0 || result.outsideNamedCountry || result.reasons.includes('qualified')) return result;
	if (result.place.kind !== 'city') return result;
	const near = (place: GazetteerPlace) => towns.some((seat) => seat !== place && kilometres(place, seat) < SEAT_REACH_KM);
	if (near(result.place)) return result;
	const { candidate } = result.mention;
	for (let k = 0; k < candidate.places.length; k++) {
		const place = gazetteer.places[candidate.places[k]!]!;
		if (place.kind === 'city' && !candidate.alternate[k] && near(place)) return { ...result, place, reasons: ['named-parent', ...result.reasons.filter((r) => r !== 'named-parent')] };
	}
	return { ...result, outsideNamedCountry: true };
}
