// A river or a mountain range has one point in the gazetteer (its mouth, its middle), some 500 to 1,500
// km from the stretch a text is about: "Kuks … lies on the Elbe" is the upper Elbe in Bohemia, not its
// mouth at Cuxhaven. Where the gazetteer knows the feature's course (the towns along it), the feature is
// placed at the point of its course nearest the text's other places.
import type { Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';

/** The places a course is measured against: the text's towns and divisions (a country's point says little). */
const TOWN_KINDS = new Set<Toponym['kind']>(['city', 'district']);
const REGION_KINDS = new Set<Toponym['kind']>(['region']);
const LONG_KINDS = new Set<Toponym['kind']>(['water', 'landform']);

interface Point {
	lat: number;
	lon: number;
}

/**
 * Moves each toponym of a feature with a known course to the point of the course nearest the text's
 * towns and districts (its first-level regions where it names none); a text that names no such place
 * leaves the feature at its point. Each feature's point is worked out once a document.
 */
export function placeAlongCourses(toponyms: Toponym[], gazetteer: Gazetteer): void {
	const courses = gazetteer.courses;
	if (!courses?.size || !toponyms.some((t) => LONG_KINDS.has(t.kind) && courses.has(t.placeId))) return;
	const anchors = anchorsOf(toponyms, TOWN_KINDS);
	const others = anchors.length ? anchors : anchorsOf(toponyms, REGION_KINDS);
	if (!others.length) return;
	const placed = new Map<string, Point>();
	for (const toponym of toponyms) {
		// "the Niger Delta" is the river's mouth, its gazetteer point, wherever the text's towns lie
		const course = LONG_KINDS.has(toponym.kind) && !toponym.name.endsWith(' Delta') ? courses.get(toponym.placeId) : undefined;
		if (!course) continue;
		let point = placed.get(toponym.placeId);
		if (!point) placed.set(toponym.placeId, (point = nearestOnCourse(course, others)));
		toponym.lat = point.lat;
		toponym.lon = point.lon;
	}
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

/** The point of a course (flat lat, lon, …; a line through its towns) nearest any of the given places. */
export function nearestOnCourse(course: readonly number[], places: readonly Point[]): Point {
	let best: Point = { lat: course[0]!, lon: course[1]! };
	let bestKm = Infinity;
	for (const place of places) {
		for (let i = 0; i + 3 < course.length; i += 2) {
			const point = nearestOnSegment(place, course[i]!, course[i + 1]!, course[i + 2]!, course[i + 3]!);
			const km = kilometres(place, point);
			if (km < bestKm) {
				bestKm = km;
				best = point;
			}
		}
	}
	return { lat: Math.round(best.lat * ROUNDING) / ROUNDING, lon: Math.round(best.lon * ROUNDING) / ROUNDING };
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
