// The shared store's counts a write changes — the places' totals and first and last days, the per-topic
// and per-month place counts (topic_places, place_months) and the topics' documents naming a place
// (topic_documents) — kept by adding what the written rows add and taking out what the removed ones held,
// as the embedded store does (sqlite/count-deltas.ts), instead of grouping every row of the places, months
// and topics they touch again: in a large store a changed file's places are named by tens of thousands of
// documents each. A first or last day is grouped again, for its own place (topic's place, month's place),
// only when a removed row held it and no written one reaches as far. A first ingest adds every document:
// the same grouping as before.
import type pg from 'pg';
import { run } from './safe.ts';

type Day = string | null;
interface Tally {
	documents: number;
	mentions: number;
	first: Day;
	last: Day;
}
type KeyedRow = Tally & { key: string; place: number };

/** Rows of document_places `dp` (its documents `d` joined), as a condition whose parameters start at `$from`. */
export interface PlaceRows {
	where: (from: number) => string;
	params: unknown[];
}

/** A write's documents: every place row of the documents with these keys. */
export const rowsOfDocuments = (keys: number[]): PlaceRows => ({ where: (n) => `dp.doc = ANY($${n}::int[])`, params: [keys] });
/** Every row: a write into an empty store adds them all (no list of its documents to look up). */
export const everyRow: PlaceRows = { where: () => 'true', params: [] };
/** …of the documents with these ids. */
export const rowsOfIds = (ids: string[]): PlaceRows => ({ where: (n) => `dp.doc IN (SELECT key FROM documents WHERE id = ANY($${n}::text[]))`, params: [ids] });
/** A correction's rows: these (document, place) pairs. */
export const rowsOfPairs = (docs: number[], places: number[]): PlaceRows => ({
	where: (n) => `(dp.doc, dp.place) IN (SELECT * FROM unnest($${n}::int[], $${n + 1}::int[]))`,
	params: [docs, places]
});

/**
 * The tables of counts per key and place. `key`: the key of a row of `dp` and `d` (after `joins`);
 * `regroup`: a day of the row `x` (columns key and place) grouped again from every row ($DAY: min or max).
 */
const KEYED = {
	topic_places: {
		column: 'topic',
		key: 't.topic',
		joins: 'JOIN document_topics t ON t.doc = dp.doc',
		regroup: 'SELECT $DAY(d2.day) FROM document_places dp2 JOIN document_topics t2 ON t2.doc = dp2.doc JOIN documents d2 ON d2.key = dp2.doc WHERE dp2.place = x.place AND t2.topic = x.key'
	},
	place_months: {
		column: 'month',
		key: 'substr(d.day, 1, 7)',
		joins: '',
		// the month's documents by the days' index, each one's row of the place by its key
		regroup: `SELECT $DAY(d2.day) FROM documents d2 JOIN document_places dp2 ON dp2.doc = d2.key AND dp2.place = x.place
			WHERE d2.day >= x.key AND d2.day <= x.key || '-99' AND substr(d2.day, 1, 7) = x.key`
	}
} as const;
export type KeyedTable = keyof typeof KEYED;

/**
 * What a write adds, grouped already (run-counts.ts): statements whose parameters start at `$from`, per
 * place (place, documents, mentions, first, last), per key and place of a keyed table (key, place, …) and
 * per topic (topic, documents: its documents naming a place).
 */
export interface GroupedTallies {
	places: (from: number) => string;
	keyed: (table: KeyedTable, from: number) => string;
	topics: (from: number) => string;
	params: unknown[];
}
/** A write's added rows: to group from document_places, or grouped. */
export type AddedRows = PlaceRows | GroupedTallies;
const grouped = (added: AddedRows): added is GroupedTallies => 'keyed' in added;

/** What removed rows held, read before they go: per place, per key and place of each keyed table, per topic. */
export interface RemovedCounts {
	places: (Tally & { place: number })[];
	keyed: Record<KeyedTable, KeyedRow[]>;
	/** per topic, its documents that named a place and no longer do (a negative count: ones that now do) */
	topics: { topic: string; documents: number }[];
}

export const noneRemoved = (): RemovedCounts => ({ places: [], keyed: { topic_places: [], place_months: [] }, topics: [] });

const TALLY = 'count(*)::int AS documents, sum(dp.mentions)::int AS mentions, min(d.day) AS first, max(d.day) AS last';
const placeTallies = (rows: PlaceRows, from = 1) => `SELECT dp.place, ${TALLY} FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE ${rows.where(from)} GROUP BY dp.place`;
/** A keyed table's tallies of some rows (a month's rows only where the document has a day). */
const keyedTallies = (table: KeyedTable, rows: PlaceRows, from = 1) => {
	const { key, joins } = KEYED[table];
	const dated = table === 'place_months' ? ' AND d.day IS NOT NULL' : '';
	return `SELECT ${key} AS key, dp.place, ${TALLY} FROM document_places dp JOIN documents d ON d.key = dp.doc ${joins} WHERE ${rows.where(from)}${dated} GROUP BY 1, 2`;
};

/** Adds what these rows hold to `removed` (call before they are deleted). */
export async function countRemovedRows(client: pg.PoolClient, rows: PlaceRows, removed: RemovedCounts): Promise<void> {
	removed.places.push(...(await run<RemovedCounts['places'][number]>(client, placeTallies(rows), rows.params)).rows);
	for (const table of Object.keys(KEYED) as KeyedTable[]) removed.keyed[table].push(...(await run<KeyedRow>(client, keyedTallies(table, rows), rows.params)).rows);
}

/** Adds what the documents with these keys hold to `removed`, their topics' counts included (call before their rows go). */
export async function countRemoved(client: pg.PoolClient, keys: number[], removed: RemovedCounts): Promise<void> {
	if (keys.length === 0) return;
	await countRemovedRows(client, rowsOfDocuments(keys), removed);
	removed.topics.push(
		...(
			await run<RemovedCounts['topics'][number]>(client,
				'SELECT t.topic, count(*)::int AS documents FROM document_topics t WHERE t.doc = ANY($1::int[]) AND EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = t.doc) GROUP BY t.topic',
				[keys]
			)
		).rows
	);
}

const column = <T, K extends keyof T>(rows: T[], key: K) => rows.map((r) => r[key]);

// A kept day after the write: grouped again only when a removed row held it (its removed first equals
// the stored first), no added row reaches as far and some row is left (`left`); else the earlier (later)
// of the two. Where nothing was removed the statement leaves the regrouping out.
const firstDay = (stored: string, left: string, regroup: string | null) =>
	regroup === null
		? `least(${stored}, x.added_first)`
		: `CASE WHEN x.removed_first = ${stored} AND NOT coalesce(x.added_first <= ${stored}, false) AND ${left} > 0 THEN (${regroup.replace('$DAY', 'min')}) ELSE least(${stored}, x.added_first) END`;
const lastDay = (stored: string, left: string, regroup: string | null) =>
	regroup === null
		? `greatest(${stored}, x.added_last)`
		: `CASE WHEN x.removed_last = ${stored} AND NOT coalesce(x.added_last >= ${stored}, false) AND ${left} > 0 THEN (${regroup.replace('$DAY', 'max')}) ELSE greatest(${stored}, x.added_last) END`;
const SUMS = 'sum(documents)::int AS documents, sum(mentions)::int AS mentions, min(first) AS first, max(last) AS last';
const DIFFERENCE = `coalesce(a.documents, 0) - coalesce(r.documents, 0) AS documents, coalesce(a.mentions, 0) - coalesce(r.mentions, 0) AS mentions,
	r.first AS removed_first, r.last AS removed_last, a.first AS added_first, a.last AS added_last`;

/**
 * Applies a write's difference: `removed` as read before the removed rows went, `added` the rows
 * written (in place now). Places left with no document keep a zero count here (the write deletes them
 * after); the keyed tables' rows left with none are deleted, the stored ones updated and the new ones
 * inserted (plain inserts: every write holds the store's write lock, so no other adds a row meanwhile).
 */
export async function applyCountDeltas(client: pg.PoolClient, removed: RemovedCounts, added: AddedRows, addedTopics: AddedRows | null): Promise<void> {
	const { places, keyed, topics } = removed;
	// the planner prices each day's regrouping (a subquery run only where a day was lost) for every row,
	// so a first ingest's statements cost millions and the server compiled them (JIT: 2 s of 2,000
	// documents' move-in, for statements that run in tens of milliseconds)
	await run(client, "SELECT set_config('jit', 'off', true)");
	const placeRows = places.length === 0 ? null : 'SELECT $DAY(d2.day) FROM document_places dp2 JOIN documents d2 ON d2.key = dp2.doc WHERE dp2.place = p.key';
	await run(client,
		`WITH removed AS (SELECT place, ${SUMS} FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[]) AS r (place, documents, mentions, first, last) GROUP BY place),
		 added AS (${grouped(added) ? added.places(6) : placeTallies(added, 6)}),
		 x AS (SELECT coalesce(a.place, r.place) AS place, ${DIFFERENCE} FROM added a FULL JOIN removed r ON r.place = a.place)
		 UPDATE places p SET document_count = p.document_count + x.documents, mention_count = p.mention_count + x.mentions,
		   first_day = ${firstDay('p.first_day', 'p.document_count + x.documents', placeRows)}, last_day = ${lastDay('p.last_day', 'p.document_count + x.documents', placeRows)}
		 FROM x WHERE p.key = x.place`,
		[column(places, 'place'), column(places, 'documents'), column(places, 'mentions'), column(places, 'first'), column(places, 'last'), ...added.params]
	);
	for (const table of Object.keys(KEYED) as KeyedTable[]) {
		const rows = keyed[table];
		const { column: key } = KEYED[table];
		const regroup = rows.length === 0 ? null : KEYED[table].regroup;
		await run(client,
			`WITH removed AS (SELECT key, place, ${SUMS} FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) AS r (key, place, documents, mentions, first, last) GROUP BY key, place),
			 added AS (${grouped(added) ? added.keyed(table, 7) : keyedTallies(table, added, 7)}),
			 x AS (SELECT coalesce(a.key, r.key) AS key, coalesce(a.place, r.place) AS place, ${DIFFERENCE} FROM added a FULL JOIN removed r ON r.key = a.key AND r.place = a.place),
			 next AS (SELECT x.key, x.place, coalesce(s.documents, 0) + x.documents AS documents, coalesce(s.mentions, 0) + x.mentions AS mentions,
			   ${firstDay('s.first_day', 'coalesce(s.documents, 0) + x.documents', regroup)} AS first_day, ${lastDay('s.last_day', 'coalesce(s.documents, 0) + x.documents', regroup)} AS last_day
			   , s.place IS NOT NULL AS stored FROM x LEFT JOIN ${table} s ON s.${key} = x.key AND s.place = x.place),
			 gone AS (DELETE FROM ${table} s USING next n WHERE n.stored AND n.documents <= 0 AND s.${key} = n.key AND s.place = n.place),
			 kept AS (UPDATE ${table} s SET documents = n.documents, mentions = n.mentions, first_day = n.first_day, last_day = n.last_day
			   FROM next n WHERE n.stored AND n.documents > 0 AND s.${key} = n.key AND s.place = n.place)
			 INSERT INTO ${table} (${key}, place, documents, mentions, first_day, last_day)
			 SELECT key, place, documents, mentions, first_day, last_day FROM next WHERE NOT stored AND documents > 0`,
			[column(rows, 'key'), column(rows, 'place'), column(rows, 'documents'), column(rows, 'mentions'), column(rows, 'first'), column(rows, 'last'), ...added.params]
		);
	}
	const addedDocuments = addedTopics
		? grouped(addedTopics)
			? addedTopics.topics(3)
			: `SELECT t.topic, count(*)::int AS documents FROM document_topics t WHERE t.doc IN (SELECT dp.doc FROM document_places dp WHERE ${addedTopics.where(3)}) GROUP BY t.topic`
		: 'SELECT NULL::text AS topic, 0 AS documents WHERE false';
	await run(client,
		`WITH removed AS (SELECT topic, sum(documents)::int AS documents FROM unnest($1::text[], $2::int[]) AS r (topic, documents) GROUP BY topic),
		 added AS (${addedDocuments}),
		 next AS (SELECT coalesce(a.topic, r.topic) AS topic, coalesce(s.documents, 0) + coalesce(a.documents, 0) - coalesce(r.documents, 0) AS documents, s.topic IS NOT NULL AS stored
		   FROM added a FULL JOIN removed r ON r.topic = a.topic LEFT JOIN topic_documents s ON s.topic = coalesce(a.topic, r.topic)),
		 gone AS (DELETE FROM topic_documents td USING next n WHERE n.stored AND n.documents <= 0 AND td.topic = n.topic),
		 kept AS (UPDATE topic_documents td SET documents = n.documents FROM next n WHERE n.stored AND n.documents > 0 AND td.topic = n.topic)
		 INSERT INTO topic_documents (topic, documents) SELECT topic, documents FROM next WHERE NOT stored AND documents > 0`,
		[column(topics, 'topic'), column(topics, 'documents'), ...(addedTopics?.params ?? [])]
	);
}
