// "Andes is 14 miles to the south-east", "Friesland is 5 km east of the village", "… and Mankato 28 miles to
// the east": a description that says how far a place named in it lies from its subject puts that place
// there. A reading much farther away (the mountain range, the Dutch province) is a namesake of a neighbour:
// the candidate within the stated distance is taken, else none.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { describedSubject } from './far-from-subject.ts';
import { kilometres } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import { resolution } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';

// right after the name: "is about 12 miles (19 km) to the north", "lies 5 km east of the village", ", 8 km
// to the west", or after a short apposition (", another ghost town, is 18 km to the north-east"); the bearing, or "away", says the distance is from the subject (not "5 km east of Tower" or
// "30 miles away from the farm": from something else; not ", is 8 miles to the west" either, which ends an
// aside about the name before)
const DISTANCE_AFTER =
	/^(?:,\s|\s(?:is|lies|sits|stands)\s|\s|,\s(?:a|an|the|another)\s[^,.;()\n]{1,40},\s(?:is|lies|sits|stands)\s)(?:(?:about|approximately|around|some|roughly|nearly|only|just)\s)?(\d{1,3}(?:\.\d)?)\s?(km|kilometres|kilometers|miles|mi)\b(?:\s\([^()]{1,20}\))?\s(?:(?:to the\s)?(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:wards?)?(?![\w-])|away\b)(?!\s(?:of|from)\s(?!(?:the|this)\s(?:village|town|city|municipality|community|hamlet|parish|settlement|commune|borough)\b(?!\sof\b)))/i;
// how much text after a name is read for the distance
const AFTER_CHARS = 80;
const KM_PER_MILE = 1.609;
// stated distances are rounded, and a town's point is not its edge
const SLACK_FACTOR = 1.5;
const SLACK_KM = 25;
// a subject placed by its county or district lies anywhere in it
const DIVISION_SLACK_KM = 100;
// a range stretches far from its point: only a reading this far off contradicts the text (a sea's or a
// country's point may lie farther than that from a coast or border a few miles off: they are left alone,
// and so is a region in the subject's own country)
const AREA_FAR_KM = 600;

/** The distance in km the text states right after the name ending at `end`, or null. */
function distanceAfter(text: string, end: number): number | null {
	const found = DISTANCE_AFTER.exec(text.slice(end, end + AFTER_CHARS));
	if (!found) return null;
	const amount = Number(found[1]);
	return found[2]!.toLowerCase().startsWith('mi') ? amount * KM_PER_MILE : amount;
}

/** The mentions resolved much farther from the described subject than the text says they lie, each with a namesake within that distance or null. */
export function fartherThanStated(results: readonly Resolution[], reading: DocumentReading, text: string, gazetteer: Gazetteer, stated: StatedPoint | null): [number, Resolution | null][] {
	const subject = describedSubject(results as Resolution[], reading, text);
	const point: Pick<GazetteerPlace, 'lat' | 'lon'> | null = stated ?? subject?.point ?? null;
	if (!point || !subject || (!stated && subject.point!.kind === 'region')) return [];
	const slack = stated || subject.point!.kind === 'city' ? SLACK_KM : DIVISION_SLACK_KM;
	const moved: [number, Resolution | null][] = [];
	for (let i = 0; i < results.length; i++) {
		const { mention, place, reasons } = results[i]!;
		if (i === subject.subject || mention.usage !== 'literal' || reasons.includes('qualified')) continue;
		const abroad = place.country !== subject.country;
		// ("the airport at Liberia, 120 km to the north-west": a country named so is its namesake town there; one
		// with no namesake that near is the country, whose border may be a few km off: "Mauritania, 10 km north")
		const country = place.kind === 'country' && abroad;
		if (place.kind !== 'city' && place.kind !== 'landform' && !(place.kind === 'region' && abroad) && !country) continue;
		const km = distanceAfter(text, mention.candidate.end);
		if (km === null) continue;
		const within = km * SLACK_FACTOR + slack;
		const away = kilometres(place, point);
		if (away <= (place.kind === 'city' ? within : Math.max(within, AREA_FAR_KM))) continue;
		const near = mention.candidate.places.find((p) => kilometres(gazetteer.places[p]!, point) <= within);
		if (country && near === undefined) continue;
		moved.push([i, near === undefined ? null : resolution(mention, gazetteer.places[near]!, 0.8, ['nearby-context'])]);
	}
	return moved;
}
