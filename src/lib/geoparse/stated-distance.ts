// "Andes is 14 miles to the south-east", "Friesland is 5 km east of the village", "… and Mankato 28 miles to
// the east": a description that says how far a place named in it lies from its subject puts that place
// there. A reading much farther away (the mountain range, the Dutch province) is a namesake of a neighbour:
// the candidate within the stated distance is taken, else none. So, before the name, in a sentence about the
// subject ("It lies 10 km north of Peru"): only a namesake within the distance replaces the reading there.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { anotherMentionInCountry } from './another-mention-in-country.ts';
import { ADJOINING_FAR_KM, ADJOINING_KM, adjoinsSubject, listedNeighbour } from './adjoining.ts';
import { statedKilometres } from './distance-point.ts';
import { describedSubject } from './far-from-subject.ts';
import { kilometres } from './qualifies.ts';
import type { DocumentReading } from './read-document.ts';
import { resolution } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';
import { NAMED_FROM_AFAR } from './known-abroad.ts';

// right after the name: "is about 12 miles (19 km) to the north", "lies 5 km east of the village", ", 8 km
// to the west", or after a short apposition (", another ghost town, is 18 km to the north-east", or with the verb left
// out in a list of neighbours: "… and Niwari, the district seat, 25 km to the south-east"); the bearing, or "away", says the distance is from the subject (not "5 km east of Tower" or
// "30 miles away from the farm": from something else; not ", is 8 miles to the west" either, which ends an
// aside about the name before)
const DISTANCE_AFTER =
	/^(?:,\s|\s(?:is|lies|lie|are|sits|stands)\s|\s|,\s(?:a|an|the|another)\s[^,.;()\n]{1,40},\s(?:(?:is|lies|sits|stands)\s)?)(?:(?:about|approximately|around|some|roughly|nearly|only|just)\s)?(\d{1,3}(?:\.\d)?)\s?(km|kilometres|kilometers|miles|mi)\b(?:\s\([^()]{1,20}\))?\s(?:(?:to the\s)?(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:wards?)?(?![\w-])|away\b)(?!\s(?:of|from)\s(?!(?:the|this)\s(?:village|town|city|municipality|community|hamlet|parish|settlement|commune|borough)\b(?!\sof\b)))/i;
// how much text after a name is read for the distance
const AFTER_CHARS = 80;
// stated distances are rounded, and a town's point is not its edge
const SLACK_FACTOR = 1.5;
const SLACK_KM = 25;
// a subject placed by its county or district lies anywhere in it
const DIVISION_SLACK_KM = 100;
// a range stretches far from its point: only a reading this far off contradicts the text (a sea's or a
// country's point may lie farther than that from a coast or border a few miles off: they are left alone,
// and so is a region in the subject's own country)
const AREA_FAR_KM = 600;

// right before the name, in a sentence about the subject: "Poland lies 8 km east of Brazil", "It is 32 km
// north-west of Pokhara", "The town lies on Route 41, 17 km north of Cordele and 90 km south of Macon": the
// subject lies that far from the place, so the place lies that far from the subject
const DISTANCE_BEFORE =
	/(?:^|[\s(])(?:(?:about|approximately|around|some|roughly|nearly|only|just)\s)?(\d{1,3}(?:\.\d)?)\s?(km|kilometres|kilometers|miles|mi)\b(?:\s\([^()]{1,20}\))?\s(?:to the\s)?(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west)\s(?:of|from)\s$/i;
const BEFORE_CHARS = 60;
// the subject such a sentence measures from may be placed only by its division, or by a namesake of its own
// read so far (a stub's village the gazetteer lacks): a division's slack
const BEFORE_SLACK_KM = DIVISION_SLACK_KM;
// a reading the subject's parents or division gave it
const SETTLED_BY: ReadonlySet<string> = new Set(['qualified', 'named-parent', 'within-parent']);
const settled = ({ reasons }: Resolution) => reasons.some((r) => SETTLED_BY.has(r));
// the sentence speaks of the subject: it opens with the subject's name, "It" or "The town" (a sentence about
// something else, "The dam, 40 km south of Kabul, …", or a clause about another place, "… near the lake, which
// is 5 km north of Bhera", measures from that)
const SUBJECT_OPENING = /^(?:it|the (?:town|village|city|community|hamlet|settlement|municipality|commune|locality|township|parish|place|district))\b/i;
const OTHER_CLAUSE = /\b(?:which|that|where|whose|while)\b|[;:]/i;
const SENTENCE_CHARS = 300;
// and the distance is the subject's: right after its verb ("lies 8 km east of"), after a container the
// sentence places it in (", Indiana, 8 km east of"; containerEnds), or after another such distance ("17 km north
// of Cordele and 90 km south of"); not after another place ("twinned with Bra, 40 km south of Turin": Bra's)
const AFTER_VERB = /\b(?:is|lies|sits|stands|located|situated)\s$/i;
const AFTER_DISTANCE = /\d\s?(?:km|kilometres|kilometers|miles|mi)\b[^,.;\n]{1,60}\s(?:of|from)\s[^,.;\n]{1,40}\sand\s$/i;
const AFTER_COMMA = /,\s$/;

/** The distance a DISTANCE_BEFORE or DISTANCE_AFTER match states (its amount, its unit), in km. */
function inKilometres(found: RegExpExecArray): number {
	return statedKilometres(found[1]!, found[2]!);
}

/** The distance in km the text states right before the name starting at `start`, in a sentence about the subject named `subject`, or null. */
function distanceBefore(text: string, start: number, subject: string | null, containerEnds: ReadonlySet<number>): number | null {
	const found = DISTANCE_BEFORE.exec(text.slice(Math.max(0, start - BEFORE_CHARS), start));
	if (!found) return null;
	const distanceStart = start - found[0].length + (/^[\s(]/.test(found[0]) ? 1 : 0);
	const from = Math.max(0, distanceStart - SENTENCE_CHARS);
	const before = text.slice(from, distanceStart);
	const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
	const sentence = (opening < 0 ? (from === 0 ? before : null) : before.slice(opening + 1))?.trimStart();
	if (!sentence || OTHER_CLAUSE.test(sentence) || !(SUBJECT_OPENING.test(sentence) || (subject !== null && sentence.startsWith(subject)))) return null;
	const attached = AFTER_VERB.test(sentence) || AFTER_DISTANCE.test(sentence) || (AFTER_COMMA.test(sentence) && containerEnds.has(distanceStart - 2));
	if (!attached) return null;
	return inKilometres(found);
}

// "Vix and Mont Lassois lie 6 km to the north": the first of two names the distance places together (up to
// four capitalised words; a plural verb, so "Vix and the lake is …" stays the lake's alone)
const PAIRED_NAME = /^\sand\s(?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?=\s(?:lie|are)\s)/u;

/** The distance in km the text states right after the name from `start` to `end` (or after a second name paired with it), or that it adjoins the subject (adjoining.ts), or null. */
function distanceAfter(text: string, start: number, end: number, subject: string | null): number | null {
	const paired = PAIRED_NAME.exec(text.slice(end, end + AFTER_CHARS));
	const from = paired ? end + paired[0].length : end;
	const found = DISTANCE_AFTER.exec(text.slice(from, from + AFTER_CHARS));
	if (found) return inKilometres(found);
	return adjoinsSubject(text, from, subject) || listedNeighbour(text, start, end) ? ADJOINING_KM : null;
}

/**
 * The mentions resolved much farther from the described subject than the text says they lie, each with a namesake
 * within that distance or null; where the text describes no subject, or places it only by its region (and no point is
 * stated), the mentions straysFromText finds far from every place the text names.
 */
export function fartherThanStated(results: readonly Resolution[], reading: DocumentReading, text: string, gazetteer: Gazetteer, stated: StatedPoint | null): [number, Resolution | null][] {
	const subject = describedSubject(results as Resolution[], reading, text);
	const point: Pick<GazetteerPlace, 'lat' | 'lon'> | null = stated ?? subject?.point ?? null;
	if (!point || !subject || (!stated && subject.point!.kind === 'region')) return straysFromText(results, text);
	const slack = stated || subject.point!.kind === 'city' ? SLACK_KM : DIVISION_SLACK_KM;
	const moved: [number, Resolution | null][] = [];
	const subjectName = subject.subject >= 0 ? results[subject.subject]!.mention.surface : null;
	// a distance before the name is read only from a subject the text itself places (by its parents), or from the
	// county or district the text places it in, not from one read by rank ("Jackson is a city in Madison County")
	const beforeFrom = stated ?? (subject.subject < 0 || settled(results[subject.subject]!) ? subject.point : (subject.containers.map((j) => results[j]!).find((r) => r.place.kind === 'district' && settled(r))?.place ?? null));
	const containerEnds = new Set(results.filter(({ place }) => place.kind === 'country' || place.kind === 'region' || place.kind === 'district').map(({ mention }) => mention.candidate.end));
	for (let i = 0; i < results.length; i++) {
		const { mention, place, reasons } = results[i]!;
		if (i === subject.subject || mention.usage !== 'literal' || reasons.includes('qualified')) continue;
		const abroad = place.country !== subject.country;
		// ("the airport at Liberia, 120 km to the north-west": a country named so is its namesake town there; one
		// with no namesake that near is the country, whose border may be a few km off: "Mauritania, 10 km north")
		const country = place.kind === 'country' && abroad;
		if (place.kind !== 'city' && place.kind !== 'landform' && !(place.kind === 'region' && abroad) && !country) continue;
		const after = distanceAfter(text, mention.candidate.start, mention.candidate.end, subjectName);
		// (a city named from afar before a distance, "100 miles west of Nashville" from a misread subject: its reading stands)
		const km = after ?? (beforeFrom && (country || (place.kind === 'region' && abroad) || place.population < NAMED_FROM_AFAR) ? distanceBefore(text, mention.candidate.start, subjectName, containerEnds) : null);
		if (km === null) continue;
		const from = after === null ? beforeFrom! : point;
		const within = km * SLACK_FACTOR + (after === null && !stated ? BEFORE_SLACK_KM : slack);
		const away = kilometres(place, from);
		if (away <= (place.kind === 'city' ? within : Math.max(within, AREA_FAR_KM))) continue;
		const near = mention.candidate.places.find((p) => kilometres(gazetteer.places[p]!, from) <= within);
		// (a distance before the name only moves it to a namesake that fits: the subject may still be misread, or the
		// figure loose, and the name's own reading right)
		// (nor does "adjoins", which gives no figure, drop a reading in the subject's own country and continent: big
		// municipalities' centres lie far apart, "Cloncurry borders it to the east" of Mount Isa, 100 km; one across an
		// ocean, "Dorset adjoins the town" in Vermont, is a namesake)
		const adjoining = after === ADJOINING_KM && place.country === subject.country && away <= ADJOINING_FAR_KM;
		if ((country || after === null || adjoining) && near === undefined) continue;
		moved.push([i, near === undefined ? null : resolution(mention, gazetteer.places[near]!, 0.8, ['nearby-context'])]);
	}
	return withOtherMentions(moved, results, text);
}

// "Colonsay is an island in the Inner Hebrides … Jura lies 15 km to the east", "… near Río Verde, 18 km to the
// east" (of Baños, Ecuador): where the text's subject is not placed, or only by its region (whose point may lie
// hundreds of km off), the stated distance still puts the place near the places the text names. A reading in a country
// none of them lies in, farther from all of them than a big region's reach, is a namesake of a place the gazetteer
// lacks (the French department, the Brazilian city): left unmapped. (A neighbour across a border lies near them.)
const REGION_REACH_KM = 1_000;
const PLACES_NEAR: ReadonlySet<string> = new Set(['city', 'district', 'region']);

/** The mentions a distance after them puts near the subject, read in a country no other mention lies in, far from every place the text names. */
function straysFromText(results: readonly Resolution[], text: string): [number, Resolution | null][] {
	const strays: [number, Resolution | null][] = [];
	for (let i = 0; i < results.length; i++) {
		const { mention, place, reasons, outsideNamedCountry } = results[i]!;
		if (outsideNamedCountry || mention.usage !== 'literal' || reasons.includes('qualified') || place.kind === 'country' || !place.country) continue;
		const found = DISTANCE_AFTER.exec(text.slice(mention.candidate.end, mention.candidate.end + AFTER_CHARS));
		if (!found) continue;
		if (anotherMentionInCountry(results, i)) continue;
		const others = results.filter((other, j) => j !== i && !other.outsideNamedCountry && other.place.country && PLACES_NEAR.has(other.place.kind));
		const reach = inKilometres(found) * SLACK_FACTOR + REGION_REACH_KM;
		if (others.length > 0 && others.every((other) => kilometres(place, other.place) > reach)) strays.push([i, null]);
	}
	return withOtherMentions(strays, results, text);
}

// another mention followed by its own parent ("Sunderland, in England", "Sunderland, Tyne and Wear") is the one it names
const PARENT_AFTER = /^,\s(?:in\s)?\p{Lu}/u;

/** The moved mentions and, for each, the other mentions of its name that have the same far reading ("Vix and Mont
 * Lassois lie 6 km to the north … the grave at Vix": the text's one Vix), moved alike. */
function withOtherMentions(moved: [number, Resolution | null][], results: readonly Resolution[], text: string): [number, Resolution | null][] {
	if (moved.length === 0) return moved;
	const done = new Set(moved.map(([i]) => i));
	const all = [...moved];
	for (const [i, near] of moved) {
		const { mention, place } = results[i]!;
		for (let j = 0; j < results.length; j++) {
			const other = results[j]!;
			if (done.has(j) || other.place !== place || other.mention.surface !== mention.surface || other.mention.usage !== 'literal' || other.reasons.includes('qualified')) continue;
			if (PARENT_AFTER.test(text.slice(other.mention.candidate.end, other.mention.candidate.end + 6))) continue;
			done.add(j);
			all.push([j, near === null ? null : resolution(other.mention, near.place, 0.8, ['nearby-context'])]);
		}
	}
	return all;
}
