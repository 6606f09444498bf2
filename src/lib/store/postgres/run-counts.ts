// A first ingest's counts, grouped from its staged rows by a worker of the run that has nothing else to
// do. A run's move-in is one transaction, so while one worker moves the run in the others only wait for
// it; the counts (per place, per topic and place, per month and place, per topic) are the move-in's
// largest step, and most of it is grouping the run's place rows with their documents. A worker that
// finds the move-in under way groups them instead, from the staged rows (by place id: the keys are the
// mover's to give), and commits them beside the staging; the mover, reaching its counts, waits for a
// grouping still in progress and reads them by the places' ids. Only a run moved into an empty store
// uses them (every staged document is new, every row is the run's): what any other run adds is a
// difference against rows the mover alone sees.
import type pg from 'pg';
import type { GroupedTallies, KeyedTable } from './count-deltas.ts';
import { run, withTransaction } from './safe.ts';

/** Held while a run's counts are grouped, and by the mover from its counts on (so none is grouped after it looked). */
const COUNTS_LOCK = 4_711_000_013;

// the staged rows' places, each with its document's day (as the move-in makes it: the date's first 10 characters)
const PLACE_ROWS = `stage_document_places dp JOIN stage_documents d ON d.chunk = dp.chunk AND d.id = dp.doc`;
const TALLY = `count(*)::int, sum(dp.mentions)::int, min(left(d.date, 10)), max(left(d.date, 10))`;

/**
 * Groups the run's staged rows into stage_counts under its first chunk's key (the staging's clean-ups
 * drop them with the run's chunks). Skipped when the store holds places (not a first ingest), when a
 * chunk is not staged yet, when the run is in already or its counts are grouped or being grouped.
 */
export async function groupRunCounts(pool: pg.Pool, runKey: string, chunks: string[]): Promise<void> {
	if (chunks.length === 0) return;
	const first = chunks[0]!;
	// one snapshot for the checks and the groupings
	await withTransaction(pool, async (client) => {
		if (!(await run<{ got: boolean }>(client, 'SELECT pg_try_advisory_xact_lock($1) AS got', [COUNTS_LOCK])).rows[0]!.got) return;
		const ready = (
			await run<{ ready: boolean }>(client,
				`SELECT (SELECT count(*) FROM stage_chunks WHERE key = ANY($1::text[]) AND done) = cardinality($1::text[])
				   AND NOT EXISTS (SELECT 1 FROM places) AND NOT EXISTS (SELECT 1 FROM stage_counts WHERE chunk = $2)
				   AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'state:run' AND value = $3) AS ready`,
				[chunks, first, runKey]
			)
		).rows[0]!.ready;
		if (!ready) return;
		await groupStagedCounts(client, chunks);
	}, 'BEGIN ISOLATION LEVEL REPEATABLE READ');
}

/** Groups these chunks' staged rows into stage_counts under the first chunk's key (one snapshot: the caller's transaction). */
export async function groupStagedCounts(client: pg.PoolClient, chunks: string[]): Promise<void> {
	const first = chunks[0]!;
	const into = (kind: string, key: string, from: string, where = '') =>
		run(client,
			`INSERT INTO stage_counts (chunk, kind, key, place, documents, mentions, first, last)
			 SELECT $2, '${kind}', ${key}, dp.place, ${TALLY} FROM ${from} WHERE dp.chunk = ANY($1::text[])${where} GROUP BY 3, dp.place`,
			[chunks, first]
		);
	await into('places', "''", PLACE_ROWS);
	await into('topic_places', 't.topic', `${PLACE_ROWS} JOIN stage_document_topics t ON t.chunk = dp.chunk AND t.doc = dp.doc`);
	await into('place_months', 'left(d.date, 7)', PLACE_ROWS, ' AND d.date IS NOT NULL');
	// per topic, its documents that name a place
	await run(client,
		`INSERT INTO stage_counts (chunk, kind, key, place, documents, mentions)
		 SELECT $2, 'topic_documents', t.topic, '', count(*)::int, 0 FROM stage_document_topics t
		 WHERE t.chunk = ANY($1::text[]) AND EXISTS (SELECT 1 FROM stage_document_places dp WHERE dp.chunk = t.chunk AND dp.doc = t.doc) GROUP BY t.topic`,
		[chunks, first]
	);
	// the mark that the grouping is whole (a run may name no place), with the documents it grouped
	await run(client, `INSERT INTO stage_counts (chunk, kind, key, place, documents, mentions) SELECT $2, 'run', '', '', count(*)::int, 0 FROM stage_documents WHERE chunk = ANY($1::text[])`, [chunks, first]);
}

/**
 * In the mover's transaction: the counts another worker grouped for the run whose first chunk is
 * `first` (waiting for a grouping in progress), or null when none was, or when it grouped other than
 * the `documents` documents the mover moved in.
 */
export async function groupedRunCounts(client: pg.PoolClient, first: string, documents: number): Promise<GroupedTallies | null> {
	await run(client, 'SELECT pg_advisory_xact_lock($1)', [COUNTS_LOCK]);
	const grouped = (await run<{ grouped: boolean }>(client, `SELECT EXISTS (SELECT 1 FROM stage_counts WHERE chunk = $1 AND kind = 'run' AND documents = $2) AS grouped`, [first, documents])).rows[0]!.grouped;
	if (!grouped) return null;
	const rows = (kind: string, from: number) => `stage_counts c JOIN places p ON p.id = c.place WHERE c.chunk = $${from} AND c.kind = '${kind}'`;
	return {
		places: (from) => `SELECT p.key AS place, c.documents, c.mentions, c.first, c.last FROM ${rows('places', from)}`,
		keyed: (table: KeyedTable, from) => `SELECT c.key, p.key AS place, c.documents, c.mentions, c.first, c.last FROM ${rows(table, from)}`,
		topics: (from) => `SELECT c.key AS topic, c.documents FROM stage_counts c WHERE c.chunk = $${from} AND c.kind = 'topic_documents'`,
		params: [first]
	};
}
