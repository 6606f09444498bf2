// Per month and place: the documents of that month naming the place, their mentions of it and their
// first and last days. Kept with the per-topic counts (refreshTopicPlaces returns its statements too),
// so a date range is answered from a row per month and place for the months it holds whole, and from
// the documents only for the one or two months it cuts (the rows of every document in the range were
// grouped before: 1–3 s for a few years of 50,000 documents on a loaded machine).
import { lastDay } from '../text.ts';
import type { SqlReader } from './dialect.ts';

export const MONTH_PLACES_TABLE = `CREATE TABLE month_places (
	month TEXT NOT NULL,
	place INTEGER NOT NULL,
	documents INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	first_day TEXT,
	last_day TEXT,
	PRIMARY KEY (month, place)
)`;
export const MONTH_PLACES_INDEX = 'CREATE INDEX month_places_place ON month_places (place)';

const MONTH = 'substr(d.day, 1, 7)';

/** The statements that compute the rows of some places again (`places` as in refreshTopicPlaces; null: all). */
export function refreshMonthPlaces(places: ((column: string) => string) | null): string[] {
	const tally = `INSERT INTO month_places (month, place, documents, mentions, first_day, last_day)
		SELECT ${MONTH}, dp.place, count(*), sum(dp.mentions), min(d.day), max(d.day) FROM document_places dp JOIN documents d ON d.key = dp.doc
		WHERE d.day IS NOT NULL${places ? ` AND ${places('dp.place')}` : ''} GROUP BY ${MONTH}, dp.place`;
	return [`DELETE FROM month_places${places ? ` WHERE ${places('place')}` : ''}`, tally];
}

export interface DayTally {
	place: number;
	documents: number;
	mentions: number;
	first: string | null;
	last: string | null;
}

/**
 * Per place, the documents dated from `from` to `to` (either may be open) and their mentions: the
 * months strictly between the two bounds' months from month_places, the bounds' own months from the
 * documents. A month string (the day's first 7 characters) between them holds only days in the range.
 */
export async function dateRangeTallies({ all }: SqlReader, from: string | null, to: string | null): Promise<DayTally[]> {
	const last = to === null ? null : lastDay(to);
	const fromMonth = from?.slice(0, 7) ?? null;
	const toMonth = last?.slice(0, 7) ?? null;
	const middle: string[] = [];
	const middleParams: string[] = [];
	if (fromMonth !== null) {
		middle.push('month > ?');
		middleParams.push(fromMonth);
	}
	if (toMonth !== null) {
		middle.push('month < ?');
		middleParams.push(toMonth);
	}
	const whole = await all<DayTally>(
		`SELECT place, sum(documents) AS documents, sum(mentions) AS mentions, min(first_day) AS first, max(last_day) AS last FROM month_places
		 ${middle.length ? `WHERE ${middle.join(' AND ')}` : ''} GROUP BY place`,
		middleParams
	);
	// the bounds' months: the documents in the range outside the months above
	const edge: string[] = ['d.day IS NOT NULL'];
	const edgeParams: string[] = [];
	if (from !== null) {
		edge.push('d.day >= ?');
		edgeParams.push(from);
	}
	if (last !== null) {
		edge.push('d.day <= ?');
		edgeParams.push(last);
	}
	edge.push(`NOT (${[fromMonth !== null ? `${MONTH} > ?` : null, toMonth !== null ? `${MONTH} < ?` : null].filter(Boolean).join(' AND ')})`);
	edgeParams.push(...middleParams);
	const cut = await all<DayTally>(
		`SELECT dp.place, count(*) AS documents, sum(dp.mentions) AS mentions, min(d.day) AS first, max(d.day) AS last
		 FROM documents d JOIN document_places dp ON dp.doc = d.key WHERE ${edge.join(' AND ')} GROUP BY dp.place`,
		edgeParams
	);
	const byPlace = new Map<number, DayTally>();
	for (const row of [...whole, ...cut]) {
		const seen = byPlace.get(row.place);
		if (!seen) {
			byPlace.set(row.place, { ...row, documents: Number(row.documents), mentions: Number(row.mentions) });
			continue;
		}
		seen.documents += Number(row.documents);
		seen.mentions += Number(row.mentions);
		if (row.first !== null && (seen.first === null || row.first < seen.first)) seen.first = row.first;
		if (row.last !== null && (seen.last === null || row.last > seen.last)) seen.last = row.last;
	}
	return [...byPlace.values()];
}
