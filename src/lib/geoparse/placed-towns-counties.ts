// "Welcome to the City of Paris! Tucked into the rolling hills of Henry County": a county that only its size
// or the text's country chose among its namesakes (Henry County, Georgia), where the text placed a town by
// its parents in another of them (Paris, Tennessee, by Henry County), is that town's county: the one reading
// under which the two names agree, as a reader takes them.
import type { Gazetteer } from '../gazetteer/types.ts';
import { districtKey } from './containment.ts';
import type { Resolution } from './resolve.ts';
import { restsOn, SIZE_ECHO_OR_COUNTRY } from './weak-reasons.ts';
import { resolution } from './resolution.ts';

// the readings of a county's name looked at ("Washington County" has thirty)
const READINGS = 50;

/** The counties chosen by size or country alone that a town the text placed by its parents lies in another reading of, each with that reading. */
export function countiesOfPlacedTowns(results: readonly Resolution[], gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// the counties of the towns placed by a parent, by country, state and county code
	const placed = new Set<string>();
	for (const { place, reasons, outsideNamedCountry } of results) {
		const key = place.kind === 'city' && !outsideNamedCountry && reasons.includes('named-parent') ? districtKey(place) : null;
		if (key) placed.add(key);
	}
	if (placed.size === 0) return found;
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const { place, reasons, mention } = result;
		if (place.kind !== 'district' || result.outsideNamedCountry || !restsOn(reasons, SIZE_ECHO_OR_COUNTRY)) continue;
		if (placed.has(districtKey(place) ?? '')) continue;
		const { places } = mention.candidate;
		for (let k = 0; k < places.length && k < READINGS; k++) {
			const reading = gazetteer.places[places[k]!]!;
			if (reading.kind !== 'district' || reading === place || !placed.has(districtKey(reading) ?? '')) continue;
			found.set(i, resolution(mention, reading, result.score, ['nearby-context', ...reasons.filter((r) => r !== 'population')]));
			break;
		}
	}
	return found;
}
