// A river or a mountain range has one point in the gazetteer (its mouth, its middle), some 500 to 1,500
// km from the stretch a text is about: "Kuks … lies on the Elbe" is the upper Elbe in Bohemia, not its
// mouth at Cuxhaven. Where the gazetteer knows the feature's course (the towns along it), the feature is
// placed at the point of its course by the places of its own sentence, or else of the text.
import type { Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import { sentenceNumbers } from './stated-populations.ts';
import { firstStartingFrom } from './subject-name.ts';
import type { Token } from './tokens.ts';

/** The places a course is measured against: the text's towns and divisions (a country's point says little). */
const TOWN_KINDS = new Set<Toponym['kind']>(['city', 'district']);
const REGION_KINDS = new Set<Toponym['kind']>(['region']);
const LONG_KINDS = new Set<Toponym['kind']>(['water', 'landform']);

interface Point {
	lat: number;
	lon: number;
}

/**
 * Moves each toponym of a feature with a known course to the point of the course by the towns and
 * districts of its own sentence ("the Indus burst its banks near Dadu"), or where the sentence names none by
 * the course, by the text's (its first-level regions where it names no town); a text that names no such place leaves the
 * feature at its point. Each feature's point is worked out once a sentence.
 */
export function placeAlongCourses(toponyms: Toponym[], gazetteer: Gazetteer, tokens: readonly Token[]): void {
	const courses = gazetteer.courses;
	if (!courses?.size || !toponyms.some((t) => LONG_KINDS.has(t.kind) && courses.has(t.placeId))) return;
	const anchors = anchorsOf(toponyms, TOWN_KINDS);
	const others = anchors.length ? anchors : anchorsOf(toponyms, REGION_KINDS);
	if (!others.length) return;
	const numbers = sentenceNumbers(tokens as Token[]);
	const sentences = toponyms.map((t) => numbers[Math.min(firstStartingFrom(tokens, t.start), tokens.length - 1)] ?? 0);
	const bySentence = anchors.length ? townsBySentence(toponyms, sentences) : new Map<number, Point[]>();
	const placed = new Map<string, Point>();
	toponyms.forEach((toponym, i) => {
		// "the Niger Delta" is the river's mouth, its gazetteer point, wherever the text's towns lie
		const course = LONG_KINDS.has(toponym.kind) && !toponym.name.endsWith(' Delta') ? courses.get(toponym.placeId) : undefined;
		if (!course) return;
		// (the sentence's towns count where one lies by the course: "CANNES, France — a drama shot on the Danube")
		const towns = bySentence.get(sentences[i]!);
		const own = towns?.some((town) => footOnCourse(course, town).km < BY_KM) ? towns : undefined;
		const key = own ? `${toponym.placeId}:${sentences[i]}` : toponym.placeId;
		let point = placed.get(key);
		if (!point) placed.set(key, (point = nearestOnCourse(course, own ?? others)));
		toponym.lat = point.lat;
		toponym.lon = point.lon;
	});
}

/** The distinct towns and districts of each sentence that names some. */
function townsBySentence(toponyms: Toponym[], sentences: readonly number[]): Map<number, Point[]> {
	const towns = new Map<number, Point[]>();
	const seen = new Set<string>();
	toponyms.forEach((t, i) => {
		const key = `${sentences[i]}:${t.placeId}`;
		if (!TOWN_KINDS.has(t.kind) || seen.has(key)) return;
		seen.add(key);
		const points = towns.get(sentences[i]!);
		if (points) points.push({ lat: t.lat, lon: t.lon });
		else towns.set(sentences[i]!, [{ lat: t.lat, lon: t.lon }]);
	});
	return towns;
}

// the same town named again adds nothing: each distinct point counts once (a document's places, not its
// mentions); a town inside a name counts too ("the New Orleans Railways" says where the text is)
function anchorsOf(toponyms: Toponym[], kinds: ReadonlySet<Toponym['kind']>): Point[] {
	const seen = new Set<string>();
	const points: Point[] = [];
	for (const t of toponyms) {
		if (!kinds.has(t.kind) || seen.has(t.placeId)) continue;
		seen.add(t.placeId);
		points.push({ lat: t.lat, lon: t.lon });
	}
	return points;
}

const ROUNDING = 1e4;
// the text's places within this of a point of the course are the ones the point is by
const BY_KM = 150;
// more places than this are weighed by nearness alone (the count below asks every pair)
const MAX_VOTERS = 200;

/**
 * The point of a course (flat lat, lon, …; a line through its towns) by the most of the given places: the
 * foot on the course of each place, the one with the most places within BY_KM of it, and of those the one
 * nearest its own place. A story from Basra naming Baghdad once is by the lower river, not by Baghdad,
 * though both lie on it.
 */
export function nearestOnCourse(course: readonly number[], places: readonly Point[]): Point {
	const feet = places.map((place) => footOnCourse(course, place));
	let best = feet[0] ?? { point: { lat: course[0]!, lon: course[1]! }, km: Infinity };
	let bestVotes = -1;
	for (const foot of feet) {
		const votes = places.length > MAX_VOTERS ? 0 : places.reduce((sum, place) => sum + (kilometres(place, foot.point) < BY_KM ? 1 : 0), 0);
		if (votes > bestVotes || (votes === bestVotes && foot.km < best.km)) {
			best = foot;
			bestVotes = votes;
		}
	}
	return { lat: Math.round(best.point.lat * ROUNDING) / ROUNDING, lon: Math.round(best.point.lon * ROUNDING) / ROUNDING };
}

/** The point of a course nearest one place, and how far it lies from it. */
export function footOnCourse(course: readonly number[], place: Point): { point: Point; km: number } {
	let best: Point = { lat: course[0]!, lon: course[1]! };
	let bestKm = Infinity;
	for (let i = 0; i + 3 < course.length; i += 2) {
		const point = nearestOnSegment(place, course[i]!, course[i + 1]!, course[i + 2]!, course[i + 3]!);
		const km = kilometres(place, point);
		if (km < bestKm) {
			bestKm = km;
			best = point;
		}
	}
	return { point: best, km: bestKm };
}

/** The foot of a place on a segment between two towns, on a plane scaled to the place's latitude (segments are short). */
function nearestOnSegment(place: Point, lat1: number, lon1: number, lat2: number, lon2: number): Point {
	const scale = Math.cos((place.lat * Math.PI) / 180);
	const dx = (lon2 - lon1) * scale;
	const dy = lat2 - lat1;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((place.lon - lon1) * scale * dx + (place.lat - lat1) * dy) / length));
	return { lat: lat1 + t * dy, lon: lon1 + t * (lon2 - lon1) };
}
