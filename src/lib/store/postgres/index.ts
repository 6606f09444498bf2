// The shared store: PostgreSQL 15 + PostGIS 3 (node-postgres). Same questions as the embedded store,
// any number of explorer servers (each caches only per store version), and ingest workers that share
// the geoparse work through the queue (queue.ts).
import pg from 'pg';
import { createQueries } from '../sql/queries.ts';
import { checkExpectedState, createCorrectionQueries } from '../sql/corrections.ts';
import { describeUrl } from '../target.ts';
import type { Manifest } from '../../contracts.ts';
import { stampListOf } from '../file-stamp-list.ts';
import type { FilesSnapshot, QueryFilters, Store } from '../types.ts';
import { placeTile } from './tiles.ts';

export { describeUrl } from '../target.ts';
import { POSTGRES_DIALECT, postgresReader } from './dialect.ts';
import { createWorkQueue, type WorkQueue } from './queue.ts';
import { buildOnlineIndexes } from './online-indexes.ts';
import { PG_SCHEMA, PG_SCHEMA_VERSION } from './schema.ts';
import { run, withTransaction } from './safe.ts';
import { writeChange } from './write.ts';
import { writeSharedRun, type SharedRun } from './run-write.ts';
import { writeMentionsChange } from './corrections-write.ts';

export interface PostgresStore extends Store {
	queue: WorkQueue;
	/** an ingest run shared by its workers: each works out and stages the chunks it claims, one moves the run in */
	writeRun(run: SharedRun): Promise<void>;
	/** the places of tile z/x/y under the filters, as a Mapbox vector tile (PostGIS ST_AsMVT) */
	placeTile(filters: QueryFilters, z: number, x: number, y: number): Promise<Uint8Array>;
}

export class PostgresStoreError extends Error {}

// counts and sums come back as int8 / numeric: small enough for a JS number
const types = {
	getTypeParser: ((oid: number, format?: string) =>
		oid === 20 || oid === 1700 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser
};

/** Any one key for the advisory lock that serializes schema set-up and store writes. */
const WRITE_LOCK = 4_711_000_011;

/** Makes sure the database holds nothing or a store of the schema this gazette `reads` or `writes` (else one clear line). */
async function checkSchema(client: pg.PoolClient, url: string, use: 'reads' | 'writes'): Promise<void> {
	const where = `the database at ${describeUrl(url)}`;
	const hasMeta = (await client.query(`SELECT to_regclass('meta') IS NOT NULL AS present`)).rows[0].present as boolean;
	if (!hasMeta) {
		if (use === 'reads') throw new PostgresStoreError(`${where} holds no gazette store; run gazette ingest --store with it first`);
		return;
	}
	const columns = (await client.query(`SELECT string_agg(column_name, ',' ORDER BY column_name) AS names FROM information_schema.columns WHERE table_name = 'meta' AND table_schema = current_schema()`)).rows[0].names;
	const found = columns === 'key,value' ? (await client.query(`SELECT value FROM meta WHERE key = 'schema'`)).rows[0]?.value : undefined;
	if (found === undefined) throw new PostgresStoreError(`${where} holds another program's tables (a meta table without gazette's schema version); use a database of its own`);
	if (found !== PG_SCHEMA_VERSION) {
		const next = use === 'reads' ? 'run gazette ingest --store with it (or a new database) first' : 'use a new database';
		throw new PostgresStoreError(`${where} holds store schema ${found}, this gazette ${use} schema ${PG_SCHEMA_VERSION}; ${next}`);
	}
	// a store from before document_words: opening it for writing moves its words there (schema.ts)
	if (use === 'reads' && (await client.query(`SELECT to_regclass('document_words') IS NULL AS old`)).rows[0].old)
		throw new PostgresStoreError(`${where} holds a store from before this gazette's full-text index; run gazette ingest --store with it first`);
}

async function stateOf(on: pg.Pool | pg.PoolClient): Promise<Record<string, string>> {
	const rows = (await on.query<{ key: string; value: string }>(`SELECT key, value FROM meta WHERE key LIKE 'state:%'`)).rows;
	return Object.fromEntries(rows.map((r) => [r.key.slice('state:'.length), r.value]));
}

async function stampsOf(on: pg.Pool | pg.PoolClient): Promise<Map<string, { size: number; mtimeMs: number }>> {
	const rows = (await on.query<{ path: string; size: number; mtime: number }>('SELECT path, size, mtime FROM ingest_files')).rows;
	return new Map(rows.map((r) => [r.path, { size: r.size, mtimeMs: r.mtime }]));
}

/** The state, manifest and stamps in one REPEATABLE READ transaction: all three as one commit left them,
 * whatever another worker commits meanwhile. */
async function filesSnapshot(pool: pg.Pool): Promise<FilesSnapshot> {
	return withTransaction(
		pool,
		async (client) => {
			const state = await stateOf(client);
			const manifest = (await client.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'manifest'`)).rows[0]?.value;
			const stamps = await stampsOf(client);
			return { state, manifest: manifest ? (JSON.parse(manifest) as Manifest) : null, stamps: stampListOf([...stamps].map(([path, stamp]) => ({ path, ...stamp }))) };
		},
		'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'
	);
}

export async function openPostgresStore(url: string, options: { readonly?: boolean } = {}): Promise<PostgresStore> {
	const pool = new pg.Pool({ connectionString: url, max: 4, types, application_name: 'gazette' });
	// an idle client's error (server restart) must not crash the process; the next query reports it
	pool.on('error', () => {});
	try {
		const client = await pool.connect();
		try {
			if (options.readonly) await checkSchema(client, url, 'reads');
			else {
				await client.query('SELECT pg_advisory_lock($1)', [WRITE_LOCK]);
				try {
					await checkSchema(client, url, 'writes');
					// idempotent: also adds what a newer gazette of the same schema version added
					await client.query(PG_SCHEMA);
				} finally {
					await client.query('SELECT pg_advisory_unlock($1)', [WRITE_LOCK]);
				}
				await buildOnlineIndexes(client);
			}
		} finally {
			client.release();
		}
	} catch (error) {
		await pool.end();
		if (error instanceof PostgresStoreError) throw error;
		throw new PostgresStoreError(`cannot use the database at ${describeUrl(url)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
	const queries = createQueries(postgresReader(pool), POSTGRES_DIALECT);
	return {
		...queries,
		...createCorrectionQueries(postgresReader(pool), POSTGRES_DIALECT),
		queue: createWorkQueue(pool),
		placeTile: (filters, z, x, y) => placeTile(pool, queries, filters, z, x, y),
		async documentHashes() {
			const rows = (await pool.query<{ id: string; hash: string }>('SELECT id, hash FROM documents')).rows;
			return new Map(rows.map((r) => [r.id, r.hash]));
		},
		state: () => stateOf(pool),
		writeRun: (sharedRun) => writeSharedRun(pool, sharedRun, WRITE_LOCK),
		fileStamps: () => stampsOf(pool),
		filesSnapshot: () => filesSnapshot(pool),
		async fileEntries(paths) {
			const rows = (await run<{ path: string; size: number; mtime: number; entry: string }>(pool, 'SELECT path, size, mtime, entry FROM ingest_files WHERE path = ANY($1::text[])', [paths])).rows;
			return rows.map((r) => ({ path: r.path, size: r.size, mtimeMs: r.mtime, entry: r.entry }));
		},
		async takenDocuments(ids, files) {
			return (await run<{ id: string; file: string }>(pool, 'SELECT id, file FROM documents WHERE id = ANY($1::text[]) OR file = ANY($2::text[])', [ids, files])).rows;
		},
		async write(change) {
			await withTransaction(pool, async (client) => {
				// one writer at a time: a second worker finishing the same run finds nothing left to change
				await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
				// another worker's incremental run wrote the same files meanwhile
				if (change.expected) checkExpectedState(await stateOf(client), change.expected);
				await writeChange(client, change);
			});
		},
		async writeMentions(change) {
			await withTransaction(pool, async (client) => {
				await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
				await writeMentionsChange(client, change);
			});
		},
		async close() {
			await pool.end();
		}
	};
}
