// The shared store's per place and month counts (sql/place-months.ts) computed again for just the
// (month, place) pairs a write touched: a one-document write naming a place of every document regroups
// that place's documents of one month, not all of them (200,000 documents over 900 days, one place in
// all: 283 → 112 ms). Pairs are gathered from the removed documents before they go and from the new ones after.
import type pg from 'pg';
import { refreshPlaceMonths } from '../sql/place-months.ts';
import { numbered, POSTGRES_DIALECT } from './dialect.ts';
import { run } from './safe.ts';

/** `${month}\t${place}` of the pairs a write touched. */
export type TouchedMonths = Set<string>;

/** Adds the (month, place) pairs of these documents' place rows (`documents`: a condition on `d`, parameter $1). */
export async function addTouchedMonths(client: pg.PoolClient, months: TouchedMonths, documents: string, param: unknown): Promise<void> {
	const rows = await run<{ month: string; place: number }>(client,
		`SELECT DISTINCT substr(d.day, 1, 7) AS month, dp.place FROM documents d JOIN document_places dp ON dp.doc = d.key WHERE ${documents} AND d.day IS NOT NULL`,
		[param]
	);
	for (const row of rows.rows) months.add(`${row.month}\t${row.place}`);
}

/** Beyond this many months a write regroups its places' documents of every month, in one pass (a first ingest, say). */
const FEW_MONTHS = 24;

/** Computes the touched pairs' rows again from the documents of their months (`places`: the write's touched places). */
export async function refreshTouchedMonths(client: pg.PoolClient, months: TouchedMonths, places: number[]): Promise<void> {
	if (months.size === 0) return;
	const pairs = [...months].map((pair) => pair.split('\t'));
	if (new Set(pairs.map((p) => p[0])).size > FEW_MONTHS) {
		if (places.length > 0) for (const sql of refreshPlaceMonths(POSTGRES_DIALECT.inKeys)) await run(client, numbered(sql), [places]);
		return;
	}
	const params = [pairs.map((p) => p[0]!), pairs.map((p) => Number(p[1]))];
	await run(client, 'DELETE FROM place_months pm USING unnest($1::text[], $2::int[]) AS t (month, place) WHERE pm.month = t.month AND pm.place = t.place', params);
	// each month's documents from the days' index, each document's places by the document (a hash join read
	// every place row of the store)
	await run(client,
		`INSERT INTO place_months (month, place, documents, mentions, first_day, last_day)
		 SELECT m.month, r.place, count(*), sum(r.mentions), min(r.day), max(r.day)
		 FROM (SELECT DISTINCT month FROM unnest($1::text[]) AS u (month)) m
		 CROSS JOIN LATERAL (
			SELECT dp.place, dp.mentions, d.day FROM documents d
			CROSS JOIN LATERAL (SELECT place, mentions FROM document_places WHERE doc = d.key) dp
			WHERE d.day >= m.month AND d.day <= m.month || '-99' AND substr(d.day, 1, 7) = m.month) r
		 WHERE (m.month, r.place) IN (SELECT * FROM unnest($1::text[], $2::int[]))
		 GROUP BY 1, 2`,
		params
	);
}
