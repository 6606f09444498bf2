// data/gazetteer/feature-courses.tsv: the course of a long feature (a river, a mountain range) as the towns
// along it, in order. A river named in a text is placed at the point of its course nearest the text's other
// places (geoparse/along-course.ts); the feature keeps its one point for everything else.
import { nameKey } from '../../gazetteer/normalize.ts';
import type { DraftPlace } from './draft.ts';
import { splitList } from './tsv.ts';

/** place id → the course's points, flat: lat, lon, lat, lon, … (rounded to 0.01°) */
export type Courses = Record<string, number[]>;

// "Regensburg DE"; a US town with its state ("Jackson US-WY"): the most important namesake may be another state's
const TOWN_WITH_COUNTRY = /^(.+)\s([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;

/**
 * The courses the table gives, each town ("Regensburg DE") taken as the most important town of that
 * name in that country (GeoNames' point); a build error for an unknown feature or town.
 */
export function readCourses(
	rows: Record<string, string>[],
	byId: ReadonlyMap<string, DraftPlace>,
	names: ReadonlyMap<string, number[]>,
	ordered: readonly DraftPlace[]
): Courses {
	const courses: Courses = {};
	for (const row of rows) {
		const where = `feature-courses.tsv (${row.id})`;
		if (!byId.has(row.id!)) throw new Error(`${where}: unknown place id`);
		const points: number[] = [];
		for (const town of splitList(row.towns)) {
			const [, name, country, admin1] = TOWN_WITH_COUNTRY.exec(town) ?? [];
			if (!name || !country) throw new Error(`${where}: "${town}" is not a town name and a country code`);
			const found = (names.get(nameKey(name)) ?? []).map((value) => ordered[value >>> 1]!).find((place) => place.kind === 'city' && place.country === country && (!admin1 || place.admin1 === admin1));
			if (!found) throw new Error(`${where}: no town "${name}" in ${country}${admin1 ? `-${admin1}` : ''}`);
			points.push(round(found.lat), round(found.lon));
		}
		if (points.length < 4) throw new Error(`${where}: a course needs two towns at least`);
		courses[row.id!] = points;
	}
	return courses;
}

function round(degrees: number): number {
	return Math.round(degrees * 100) / 100;
}
