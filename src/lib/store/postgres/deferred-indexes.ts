// A run moved into an empty store (a first ingest) writes every row of the live tables in one go: their
// indexes are dropped first and built after the rows, one sort each, instead of taking the rows one at
// a time into b-trees in random order (50,000 documents, the move-in's four inserts on the server: 4.1
// CPU s with the indexes kept, 2.4–2.7 with them built after). The index definitions are read from the
// catalogue, so they are the schema's own; DDL is transactional, so a move-in killed part-way leaves
// the indexes as they were. The documents' key and id constraints stay (the rows are joined by id).
import type pg from 'pg';
import { run } from './safe.ts';

/** The tables a run's move-in fills (documents first: the others' rows point at its keys). */
const LIVE_TABLES = ['documents', 'mentions', 'document_places', 'document_topics'];

interface IndexDefinition {
	/** quoted table and index (or constraint) names */
	table: string;
	name: string;
	/** CREATE INDEX …, or a constraint's definition (PRIMARY KEY (…), UNIQUE (…)) */
	definition: string;
	constraint: boolean;
}

/** Builds the dropped indexes again (call after the rows are in, before anything reads them by index). */
export type RebuildIndexes = () => Promise<void>;

/**
 * When the live tables hold no row, drops their indexes (the documents' constraints excepted) and
 * returns what builds them again; else null and nothing changes. Inside the move-in's transaction:
 * the tables stay locked until it commits (readers of the empty store wait for the run instead of
 * seeing it empty).
 */
export async function deferIndexesWhileEmpty(client: pg.PoolClient): Promise<RebuildIndexes | null> {
	const empty = (await run<{ empty: boolean }>(client, `SELECT ${LIVE_TABLES.map((t) => `NOT EXISTS (SELECT 1 FROM ${t})`).join(' AND ')} AS empty`)).rows[0]!.empty;
	if (!empty) return null;
	const indexes = (
		await run<IndexDefinition>(client,
			`SELECT quote_ident(t.relname) AS table, quote_ident(i.relname) AS name, con.oid IS NOT NULL AS constraint,
			   coalesce(pg_get_constraintdef(con.oid), pg_get_indexdef(i.oid)) AS definition
			 FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
			 LEFT JOIN pg_constraint con ON con.conindid = i.oid AND con.conrelid = t.oid
			 WHERE t.oid = ANY($1::regclass[]) AND NOT (t.relname = 'documents' AND con.oid IS NOT NULL)
			 ORDER BY array_position($1::text[], t.relname::text), i.relname`,
			[LIVE_TABLES]
		)
	).rows;
	for (const index of indexes) await run(client, index.constraint ? `ALTER TABLE ${index.table} DROP CONSTRAINT ${index.name}` : `DROP INDEX ${index.name}`);
	return async () => {
		for (const index of indexes) await run(client, index.constraint ? `ALTER TABLE ${index.table} ADD CONSTRAINT ${index.name} ${index.definition}` : index.definition);
	};
}
