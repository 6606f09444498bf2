// "It lies approximately 6 kilometres (4 mi) north of Bychawa", "located 12 km south-east of Kotel": a
// stub whose subject the gazetteer lacks says where it lies from a place it names. The point that far
// along the compass bearing from that place places the subject as stated coordinates do
// (at-stated-point.ts, subject-neighbours.ts), closer than the seat of the division it lies in.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';

// the stub's first sentences, where it says how far the subject lies from the places it names
const OPENING = 1500;
// "6 kilometres (4 mi) north of", "about 12 km south-east of", "30 km NW of"
const DISTANCE_FROM =
	/\b(\d{1,3}(?:\.\d{1,2})?)\s?(?:kilometres|kilometers|km)\b(?:\s\([^()]{1,20}\))?\s(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s(?:of|from)\s/gi;
// lower-case words between "of" and the name: "the regional capital", "the town of"
const WORDS_BEFORE_NAME = /^(?:[a-z']+ ){0,4}$/;
const BEARINGS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };
const KM_PER_MILE = 1.609;
const EARTH_KM = 6371;
// the opening sentence up to the verb that describes its subject: "Wola Zabłocka is a village"
export const SUBJECT_DESCRIBED = /^[^.\n]{1,120}?\b(?:is|was) (?:a|an|one of)\b/;

/** Degrees clockwise from north of a compass word the distance expressions match ("north-east", "West"). */
export function bearingOf(word: string): number {
	return BEARINGS[word.toLowerCase().replace('-', '')]!;
}

/** A stated distance in km from its amount and unit as written ("4", "mi"; "12", "Kilometres"). */
export function statedKilometres(amount: string, unit: string): number {
	return unit.toLowerCase().startsWith('mi') ? Number(amount) * KM_PER_MILE : Number(amount);
}

/** The point `km` away from `from` along the bearing (degrees clockwise from north), on a sphere. */
export function destination(from: Pick<GazetteerPlace, 'lat' | 'lon'>, bearing: number, km: number): StatedPoint {
	const rad = Math.PI / 180;
	const [lat, lon, angle, theta] = [from.lat * rad, from.lon * rad, km / EARTH_KM, bearing * rad];
	const toLat = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(theta));
	const toLon = lon + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat), Math.cos(angle) - Math.sin(lat) * Math.sin(toLat));
	return { lat: toLat / rad, lon: ((toLon / rad + 540) % 360) - 180 };
}

/**
 * Where a described subject the gazetteer lacks lies, from the nearest of the "N km <direction> of <place>"
 * of the text's opening whose place was resolved ("5 km west of the river bend and 90 km north-east of
 * Kraków": the second; "12 km west of Bochnia and 40 km east of Kraków": Bochnia, the nearer, the
 * surer); null for any other text.
 */
export function pointFromNamedPlace(results: readonly Resolution[], text: string): StatedPoint | null {
	// most texts give no distance in their opening (a substring test before the expressions)
	const opening = text.slice(0, OPENING);
	if (!opening.includes('km') && !opening.includes('kilomet')) return null;
	DISTANCE_FROM.lastIndex = 0;
	let match = DISTANCE_FROM.exec(opening);
	if (!match) return null;
	// "Wola Zabłocka is a village …" with no mention before the verb: a subject the gazetteer lacks (one it
	// has is placed by its own point)
	const description = SUBJECT_DESCRIBED.exec(opening);
	if (!description || results.some((r) => r.mention.candidate.start < description[0].length)) return null;
	let nearest: { km: number; point: StatedPoint } | null = null;
	// the results in text order, read on from one phrase to the next (the opening holds a few phrases)
	let next = 0;
	for (; match; match = DISTANCE_FROM.exec(opening)) {
		const after = match.index + match[0].length;
		while (next < results.length && results[next]!.mention.candidate.start < after) next++;
		const named = results[next];
		// (a country's or a region's point is no place to measure a few km from: "10 km north of Peru" names a town)
		if (!named || named.outsideNamedCountry || named.mention.usage !== 'literal' || !named.place.country || named.place.kind === 'country' || named.place.kind === 'region') continue;
		if (!WORDS_BEFORE_NAME.test(text.slice(after, named.mention.candidate.start))) continue;
		const km = Number(match[1]);
		if (nearest && nearest.km <= km) continue;
		const bearing = bearingOf(match[2]!);
		nearest = { km, point: destination(named.place, bearing, km) };
	}
	return nearest?.point ?? null;
}
