// A place's tally under some filters (its documents, mentions, first and last days), the stored place
// row it belongs to, and the SQL pieces for the per-topic and per-month counts' sums (queries.ts).
import type { PlaceKind } from '../../contracts.ts';
import type { TallyRow } from './place-months.ts';

export interface PlaceMeta {
	key: number;
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	country_name: string | null;
	/** absent in a store written before the column was added and opened read-only */
	admin1_name?: string | null;
	lat: number;
	lon: number;
	geoname_id: number | null;
	geometry: string | null;
	search: string;
	document_count: number;
	mention_count: number;
	first_day: string | null;
	last_day: string | null;
}

export interface Tally {
	documents: number;
	mentions: number;
	first: string | null;
	last: string | null;
}

export const marks = (list: readonly unknown[]) => list.map(() => '?').join(', ');
/** Documents with more than one of the topics (`m` of them): the per-topic counts counted them m times. */
export const MULTI_TOPIC_DOCUMENTS = (topics: readonly string[]) => `SELECT doc, count(*) AS m FROM document_topics WHERE topic IN (${marks(topics)}) GROUP BY doc HAVING count(*) > 1`;

/** Adds a row's counts to its place's tally (several topics, or a range's months and edges, each give one). */
export function addTally(map: Map<number, Tally>, row: TallyRow): void {
	const seen = map.get(row.place);
	if (!seen) map.set(row.place, { documents: row.documents, mentions: row.mentions, first: row.first, last: row.last });
	else {
		seen.documents += row.documents;
		seen.mentions += row.mentions;
		if (row.first !== null && (seen.first === null || row.first < seen.first)) seen.first = row.first;
		if (row.last !== null && (seen.last === null || row.last > seen.last)) seen.last = row.last;
	}
}
