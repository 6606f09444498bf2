// The shared store's counts a write changes — the places' totals and first and last days, the per-topic
// place counts (topic_places) and the topics' documents naming a place (topic_documents) — kept by adding
// what the written documents add and taking out what the removed ones held, as the embedded store does
// (sqlite/count-deltas.ts), instead of grouping every row of the places and topics they touch again: in a
// large store a changed file's places are named by tens of thousands of documents each. A first or last
// day is grouped again, for its own place (or topic's place), only when a removed document held it and
// no written one reaches as far. A first ingest adds every document: the same grouping as before.
import type pg from 'pg';
import { run } from './safe.ts';

/** What removed documents held, read before their rows go: per place, per topic's place, per topic. */
export interface RemovedCounts {
	places: { place: number; documents: number; mentions: number; first: string | null; last: string | null }[];
	pairs: { topic: string; place: number; documents: number; mentions: number; first: string | null; last: string | null }[];
	/** per topic, its removed documents that named a place */
	topics: { topic: string; documents: number }[];
}

export const noneRemoved = (): RemovedCounts => ({ places: [], pairs: [], topics: [] });

/** Adds what the documents with these keys hold to `removed` (call before their rows are deleted). */
export async function countRemoved(client: pg.PoolClient, keys: number[], removed: RemovedCounts): Promise<void> {
	if (keys.length === 0) return;
	const tally = 'count(*)::int AS documents, sum(dp.mentions)::int AS mentions, min(d.day) AS first, max(d.day) AS last';
	removed.places.push(
		...(await run<RemovedCounts['places'][number]>(client, `SELECT dp.place, ${tally} FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE dp.doc = ANY($1::int[]) GROUP BY dp.place`, [keys])).rows
	);
	removed.pairs.push(
		...(
			await run<RemovedCounts['pairs'][number]>(client,
				`SELECT t.topic, dp.place, ${tally} FROM document_topics t JOIN document_places dp ON dp.doc = t.doc JOIN documents d ON d.key = t.doc
				 WHERE t.doc = ANY($1::int[]) GROUP BY t.topic, dp.place`,
				[keys]
			)
		).rows
	);
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

// A kept day after the write: grouped again only when a removed document held it (its removed first
// equals the stored first) and no added document reaches as far; else the earlier (later) of the two.
const firstDay = (stored: string, removed: string, added: string, regroup: string) =>
	`CASE WHEN ${removed} = ${stored} AND NOT coalesce(${added} <= ${stored}, false) THEN (${regroup.replace('$DAY', 'min')}) ELSE least(${stored}, ${added}) END`;
const lastDay = (stored: string, removed: string, added: string, regroup: string) =>
	`CASE WHEN ${removed} = ${stored} AND NOT coalesce(${added} >= ${stored}, false) THEN (${regroup.replace('$DAY', 'max')}) ELSE greatest(${stored}, ${added}) END`;

/**
 * Applies a write's difference: `removed` as read before the removed rows went, `added` the ids of the
 * documents written (their rows in place). Places left with no document keep a zero count here (the
 * write deletes them after).
 */
export async function applyCountDeltas(client: pg.PoolClient, removed: RemovedCounts, added: string[]): Promise<void> {
	if (removed.places.length === 0 && added.length === 0) return;
	const tally = 'count(*)::int AS documents, sum(dp.mentions)::int AS mentions, min(d.day) AS first, max(d.day) AS last';
	const sums = 'sum(documents)::int AS documents, sum(mentions)::int AS mentions, min(first) AS first, max(last) AS last';
	const { places, pairs, topics } = removed;
	const placeRows = `SELECT $DAY(d2.day) FROM document_places dp2 JOIN documents d2 ON d2.key = dp2.doc WHERE dp2.place = p.key`;
	await run(client,
		`WITH removed AS (SELECT place, ${sums} FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[]) AS r (place, documents, mentions, first, last) GROUP BY place),
		 added AS (SELECT dp.place, ${tally} FROM documents d JOIN document_places dp ON dp.doc = d.key WHERE d.id = ANY($6::text[]) GROUP BY dp.place),
		 delta AS (SELECT coalesce(a.place, r.place) AS place, coalesce(a.documents, 0) - coalesce(r.documents, 0) AS documents,
		   coalesce(a.mentions, 0) - coalesce(r.mentions, 0) AS mentions, r.first AS removed_first, r.last AS removed_last, a.first AS added_first, a.last AS added_last
		   FROM added a FULL JOIN removed r ON r.place = a.place)
		 UPDATE places p SET document_count = p.document_count + x.documents, mention_count = p.mention_count + x.mentions,
		   first_day = ${firstDay('p.first_day', 'x.removed_first', 'x.added_first', placeRows)},
		   last_day = ${lastDay('p.last_day', 'x.removed_last', 'x.added_last', placeRows)}
		 FROM delta x WHERE p.key = x.place`,
		[column(places, 'place'), column(places, 'documents'), column(places, 'mentions'), column(places, 'first'), column(places, 'last'), added]
	);
	const pairRows = `SELECT $DAY(d2.day) FROM document_places dp2 JOIN document_topics t2 ON t2.doc = dp2.doc JOIN documents d2 ON d2.key = dp2.doc WHERE dp2.place = x.place AND t2.topic = x.topic`;
	await run(client,
		`WITH removed AS (SELECT topic, place, ${sums} FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) AS r (topic, place, documents, mentions, first, last) GROUP BY topic, place),
		 added AS (SELECT t.topic, dp.place, ${tally} FROM documents d JOIN document_places dp ON dp.doc = d.key JOIN document_topics t ON t.doc = d.key WHERE d.id = ANY($7::text[]) GROUP BY t.topic, dp.place),
		 x AS (SELECT coalesce(a.topic, r.topic) AS topic, coalesce(a.place, r.place) AS place, coalesce(a.documents, 0) - coalesce(r.documents, 0) AS documents,
		   coalesce(a.mentions, 0) - coalesce(r.mentions, 0) AS mentions, r.first AS removed_first, r.last AS removed_last, a.first AS added_first, a.last AS added_last
		   FROM added a FULL JOIN removed r ON r.topic = a.topic AND r.place = a.place),
		 next AS (SELECT x.topic, x.place, coalesce(s.documents, 0) + x.documents AS documents, coalesce(s.mentions, 0) + x.mentions AS mentions,
		   ${firstDay('s.first_day', 'x.removed_first', 'x.added_first', pairRows)} AS first_day,
		   ${lastDay('s.last_day', 'x.removed_last', 'x.added_last', pairRows)} AS last_day
		   FROM x LEFT JOIN topic_places s ON s.topic = x.topic AND s.place = x.place),
		 gone AS (DELETE FROM topic_places tp USING next n WHERE tp.topic = n.topic AND tp.place = n.place AND n.documents <= 0)
		 INSERT INTO topic_places (topic, place, documents, mentions, first_day, last_day) SELECT * FROM next WHERE documents > 0
		 ON CONFLICT (topic, place) DO UPDATE SET documents = excluded.documents, mentions = excluded.mentions, first_day = excluded.first_day, last_day = excluded.last_day`,
		[column(pairs, 'topic'), column(pairs, 'place'), column(pairs, 'documents'), column(pairs, 'mentions'), column(pairs, 'first'), column(pairs, 'last'), added]
	);
	await run(client,
		`WITH removed AS (SELECT topic, sum(documents)::int AS documents FROM unnest($1::text[], $2::int[]) AS r (topic, documents) GROUP BY topic),
		 added AS (SELECT t.topic, count(*)::int AS documents FROM documents d JOIN document_topics t ON t.doc = d.key
		   WHERE d.id = ANY($3::text[]) AND EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = d.key) GROUP BY t.topic),
		 next AS (SELECT coalesce(a.topic, r.topic) AS topic, coalesce(s.documents, 0) + coalesce(a.documents, 0) - coalesce(r.documents, 0) AS documents
		   FROM added a FULL JOIN removed r ON r.topic = a.topic LEFT JOIN topic_documents s ON s.topic = coalesce(a.topic, r.topic)),
		 gone AS (DELETE FROM topic_documents td USING next n WHERE td.topic = n.topic AND n.documents <= 0)
		 INSERT INTO topic_documents (topic, documents) SELECT * FROM next WHERE documents > 0
		 ON CONFLICT (topic) DO UPDATE SET documents = excluded.documents`,
		[column(topics, 'topic'), column(topics, 'documents'), added]
	);
}
