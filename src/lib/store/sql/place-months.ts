// Per place and month (a day's first 7 characters, 2024-05): the documents naming the place, their
// mentions of it, their first and last days. A date range's per-place counts add up the months lying
// wholly inside it from here and group only the rows of its first and last month (at 200,000 documents
// a 2½-year range: 42,570 month rows instead of 305,456 document rows). Both stores keep it with every
// write by difference (sqlite/count-deltas.ts, postgres/count-deltas.ts); a store without it (an older
// one opened read-only) groups the rows. The table came within schema 3: a gazette from before it writes such a store without
// keeping it, so every write that keeps it marks the version it leaves (PLACE_MONTHS_KEPT), readers trust
// the table only at that version, and opening for writing computes it again when the marks differ.

export const PLACE_MONTHS_TABLE = `CREATE TABLE place_months (
	month TEXT NOT NULL,
	place INTEGER NOT NULL,
	documents INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	first_day TEXT NOT NULL,
	last_day TEXT NOT NULL,
	PRIMARY KEY (month, place)
)`;

/** The meta key holding the store version at which place_months was last kept. */
const KEPT_AT = 'place-months-kept-at';

/** Ends every write that keeps the table, after the version is bumped (one statement for either store). */
export const MARK_PLACE_MONTHS_KEPT = `INSERT INTO meta (key, value) SELECT '${KEPT_AT}', value FROM meta WHERE key = 'version' ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

/** A row (kept = 1 or 0): whether the table holds the store's current version's counts. */
export const PLACE_MONTHS_KEPT = `SELECT CASE WHEN coalesce((SELECT value FROM meta WHERE key = 'version'), '') = coalesce((SELECT value FROM meta WHERE key = '${KEPT_AT}'), '') THEN 1 ELSE 0 END AS kept`;

export const monthOf = (day: string): string => day.slice(0, 7);

/**
 * The statements that compute the rows of some places again; `places` is a condition on a column
 * (the dialect's key list, one parameter), or null for every place. `dayIndex` as in topic-places.ts.
 */
export function refreshPlaceMonths(places: ((column: string) => string) | null, dayIndex = ''): string[] {
	const insert = `INSERT INTO place_months (month, place, documents, mentions, first_day, last_day)
		SELECT substr(d.day, 1, 7), dp.place, count(*), sum(dp.mentions), min(d.day), max(d.day)
		FROM document_places dp JOIN documents d ${dayIndex} ON d.key = dp.doc WHERE d.day IS NOT NULL`;
	if (!places) return ['DELETE FROM place_months', `${insert} GROUP BY 1, 2`];
	return [`DELETE FROM place_months WHERE ${places('place')}`, `${insert} AND ${places('dp.place')} GROUP BY 1, 2`];
}

/** Above every day of the month in any collation (digits sort alike everywhere; as lastDay in text.ts). */
const endOfMonth = (month: string): string => `${month}-99`;

/**
 * A day range ([from, to], either open) split into the months strictly between its first and last
 * month, read from place_months, and the day ranges of its first and last month, grouped from the
 * rows; null when the months do not help (one month, or a bound shorter than a month). Every day of a
 * month strictly between lies in the range, and every day of the range not in such a month lies in an edge.
 */
function splitByMonths(from: string | null, to: string | null): { after: string | null; before: string | null; edges: [string, string][] } | null {
	if ((from !== null && from.length < 7) || (to !== null && to.length < 7) || (from === null && to === null)) return null;
	const first = from === null ? null : monthOf(from);
	const last = to === null ? null : monthOf(to);
	if (first !== null && last !== null && first >= last) return null;
	const edges: [string, string][] = [];
	if (from !== null) edges.push([from, endOfMonth(first!)]);
	if (to !== null) edges.push([last!, to]);
	return { after: first, before: last, edges };
}

/** One place's counts from one statement (columns place, documents, mentions, first, last). */
export interface TallyRow {
	place: number;
	documents: number;
	mentions: number;
	first: string | null;
	last: string | null;
}

/**
 * The statements a date range's per-place counts are the sum of (the months wholly inside it from
 * their stored counts, the rest from the rows of its first and last month), or null when the range
 * is within one month (or a bound is shorter than one): group its rows.
 */
export function monthTallies(from: string | null, to: string | null): { sql: string; params: string[] }[] | null {
	const split = splitByMonths(from, to);
	if (!split) return null;
	const inner = [split.after !== null ? 'month > ?' : null, split.before !== null ? 'month < ?' : null].filter(Boolean).join(' AND ');
	const edges = split.edges.map(() => 'SELECT key, day FROM documents WHERE day >= ? AND day <= ?').join(' UNION ALL ');
	return [
		{
			sql: `SELECT place, sum(documents) AS documents, sum(mentions) AS mentions, min(first_day) AS first, max(last_day) AS last FROM place_months WHERE ${inner} GROUP BY place`,
			params: [split.after, split.before].filter((month) => month !== null)
		},
		{
			sql: `SELECT dp.place, count(*) AS documents, sum(dp.mentions) AS mentions, min(d.day) AS first, max(d.day) AS last FROM (${edges}) d JOIN document_places dp ON dp.doc = d.key GROUP BY dp.place`,
			params: split.edges.flat()
		}
	];
}
