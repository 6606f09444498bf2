// An ingest run's write, shared by the run's workers: the run's documents come in chunks (whole files,
// about CHUNK_DOCUMENTS documents each), and each worker works out only the chunks it claims (FOR
// UPDATE SKIP LOCKED on the chunk's row, held while its rows are staged: a killed worker's chunk is
// claimable again at once). What is corpus-wide — the totals, the place count, the invalid places — is
// merged from the staged chunks by the one short transaction that moves the run in; the other workers
// find the run done.
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { IngestFileRow, StoreChange, StoredPlace } from '../types.ts';
import { run, withTransaction } from './safe.ts';
import { JOB_PREFIX } from './queue.ts';
import { clearStaged, dropStaged, moveStaged, stageDocuments, STAGE_TABLES, type StagedDocument } from './stage.ts';
import { phase, timed } from './timeline.ts';
import { finishTouched, removeDocuments, writePlaces } from './write.ts';
import { everyRow, noneRemoved, rowsOfIds } from './count-deltas.ts';
import { deferIndexesWhileEmpty } from './deferred-indexes.ts';
import { groupedRunCounts, groupRunCounts } from './run-counts.ts';

/** The jobs' results go after a run: found through their index (geoparsed_jobs, online-indexes.ts), the predicate as its own. */
export const DELETE_JOB_RESULTS = `DELETE FROM geoparsed WHERE hash LIKE '${JOB_PREFIX}%'`;

/** Documents per chunk (whole files: a chunk closes at the first file end past this). */
export const CHUNK_DOCUMENTS = 100;
const POLL_MS = 50;
/**
 * Memory for the move-in's sorts and groupings, its transaction's own: a run's rows sorted in the run's
 * order and its counts grouped per place and topic or month overflow the server's default (4 MB: a
 * merge through temporary files, at 10,000 documents four of the move-in's statements) from a few
 * thousand documents on.
 */
export const MOVE_IN_WORK_MEM = '64MB';
/** Staged chunks this old belong to a run that was killed (a run stages and moves in within minutes). */
const ABANDONED_HOURS = 24;

/**
 * Tests' seams: `staged` runs inside a chunk's transaction once its rows are staged (to hold or kill a
 * worker there); `movingIn` inside the move-in's, before its statements; `clearBusy` each time emptying
 * the staging after the run found one of its tables locked.
 */
export const stagingHooks: { staged?: (key: string) => Promise<void>; movingIn?: (client: pg.PoolClient) => Promise<void>; clearBusy?: () => Promise<void> } = {};

/** A place the run drops (its shape failed validation), with what one chunk's documents count of it. */
export interface InvalidPlace {
	id: string;
	name: string;
	problem: string;
	documents: number;
	mentions: number;
}

/** One chunk worked out: its documents' rows, their valid places, its files' records, the places dropped. */
export interface ChunkRows {
	documents: StagedDocument[];
	/** each with the first of the chunk's documents (its seq) naming it, and its position there */
	places: { place: StoredPlace; seq: number; position: number }[];
	files: IngestFileRow[];
	invalid: InvalidPlace[];
}

/** A run's change besides its documents and places (which are staged). */
export type RunChange = Omit<StoreChange, 'upsert' | 'remove' | 'places'>;

/** What the run's chunks add up to, read in the run's transaction. */
export interface MergedRun {
	files: IngestFileRow[];
	/** distinct valid places the run's documents name */
	places: number;
	/** summed over the chunks, one per place */
	invalid: InvalidPlace[];
}

/** A run as its workers share it: every worker knows its chunks, and works out those it claims. */
export interface SharedRun {
	/** the run's fingerprint, the same in every worker of the run */
	key: string;
	/** the chunks' keys, in the run's order (a chunk's key names what it holds) */
	chunks: string[];
	work(chunk: number): Promise<ChunkRows> | ChunkRows;
	/** the run's record from its merged chunks (by the worker that moves the run in) */
	finish(merged: MergedRun): Promise<RunChange>;
}

async function runDone(on: pg.Pool | pg.PoolClient, runKey: string): Promise<boolean> {
	return (await run<{ value: string }>(on, `SELECT value FROM meta WHERE key = 'state:run'`)).rows[0]?.value === runKey;
}

async function stageChunk(client: pg.PoolClient, key: string, rows: ChunkRows): Promise<void> {
	await stageDocuments(client, key, rows.documents, new Set(rows.places.map((p) => p.place.id)));
	const { places, files, invalid } = rows;
	await run(client, 'INSERT INTO stage_places (chunk, id, seq, position, record) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[])', [
		key,
		places.map((p) => p.place.id),
		places.map((p) => p.seq),
		places.map((p) => p.position),
		places.map((p) => JSON.stringify(p.place))
	]);
	await run(client, 'INSERT INTO stage_files (chunk, path, size, mtime, entry) SELECT $1, * FROM unnest($2::text[], $3::float8[], $4::float8[], $5::text[])', [
		key,
		files.map((f) => f.path),
		files.map((f) => f.size),
		files.map((f) => f.mtimeMs),
		files.map((f) => f.entry)
	]);
	if (invalid.length > 0)
		await run(client, 'INSERT INTO stage_invalid (chunk, id, name, problem, documents, mentions) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[])', [
			key,
			invalid.map((p) => p.id),
			invalid.map((p) => p.name),
			invalid.map((p) => p.problem),
			invalid.map((p) => p.documents),
			invalid.map((p) => p.mentions)
		]);
}

/** Stages chunks until none is left unclaimed, then waits for the ones other workers hold. */
async function stageShare(pool: pg.Pool, sharedRun: SharedRun): Promise<void> {
	const keys = sharedRun.chunks;
	const index = new Map(keys.map((key, i) => [key, i]));
	await run(pool, 'INSERT INTO stage_chunks (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING', [keys]);
	for (;;) {
		const staged = await withTransaction(pool, async (client) => {
			const key = (await timed('chunk-claim', () => run<{ key: string }>(client, 'SELECT key FROM stage_chunks WHERE key = ANY($1::text[]) AND NOT done ORDER BY key LIMIT 1 FOR UPDATE SKIP LOCKED', [keys]))).rows[0]?.key;
			if (key === undefined) return false;
			const rows = await timed('chunk-work', () => sharedRun.work(index.get(key)!));
			await timed('chunk-stage', () => stageChunk(client, key, rows));
			await stagingHooks.staged?.(key);
			await run(client, 'UPDATE stage_chunks SET done = true WHERE key = $1', [key]);
			return true;
		});
		if (staged) continue;
		// the rest is held by other workers (or gone: the run was moved in meanwhile)
		const left = (await run<{ n: number }>(pool, 'SELECT count(*)::int AS n FROM stage_chunks WHERE key = ANY($1::text[]) AND NOT done', [keys])).rows[0]!.n;
		if (left === 0) return;
		await timed('wait-chunks', () => sleep(POLL_MS));
	}
}

/** The staged chunks' file records, place count and invalid places (summed per place). */
async function mergeStaged(client: pg.PoolClient, chunks: string[]): Promise<MergedRun> {
	const files = (await run<{ path: string; size: number; mtime: number; entry: string }>(client, 'SELECT path, size, mtime, entry FROM stage_files WHERE chunk = ANY($1::text[])', [chunks])).rows;
	const places = (await run<{ n: number }>(client, 'SELECT count(DISTINCT id)::int AS n FROM stage_places WHERE chunk = ANY($1::text[])', [chunks])).rows[0]!.n;
	const invalid = (
		await run<InvalidPlace>(client, 'SELECT id, min(name) AS name, min(problem) AS problem, sum(documents)::int AS documents, sum(mentions)::int AS mentions FROM stage_invalid WHERE chunk = ANY($1::text[]) GROUP BY id', [chunks])
	).rows;
	return { files: files.map((f) => ({ path: f.path, size: f.size, mtimeMs: f.mtime, entry: f.entry })), places, invalid };
}

/**
 * Moves the staged run in: documents whose stored hash already matches are left alone, the others
 * replaced by their staged rows, documents not in the run removed, the places the new rows name
 * written (in the order the run first names them) and the touched counts kept by difference (count-deltas.ts).
 */
async function moveRun(client: pg.PoolClient, chunks: string[], record: RunChange, restaged: boolean): Promise<void> {
	const step = phase('move:compare');
	const staged = (
		await run<{ id: string; key: number | null; fresh: boolean }>(client,
			'SELECT s.id, d.key, d.hash IS DISTINCT FROM s.hash AS fresh FROM stage_documents s LEFT JOIN documents d ON d.id = s.id WHERE s.chunk = ANY($1::text[])',
			[chunks]
		)
	).rows;
	const fresh = staged.filter((s) => s.fresh).map((s) => s.id);
	const gone = (await run<{ key: number }>(client, 'SELECT key FROM documents d WHERE NOT EXISTS (SELECT 1 FROM stage_documents s WHERE s.chunk = ANY($1::text[]) AND s.id = d.id)', [chunks])).rows;
	const stale = [...gone.map((r) => r.key), ...staged.filter((s) => s.fresh && s.key !== null).map((s) => s.key!)];
	const removed = noneRemoved();
	await removeDocuments(client, stale, removed);
	// into an empty store (a first run) the rows go in without their indexes, built after them at once
	const rebuild = stale.length === 0 && fresh.length > 0 ? await deferIndexesWhileEmpty(client) : null;
	step();
	if (fresh.length > 0) {
		const placing = phase('move:places');
		// the places the new rows name, each first where the run first names it
		const places = (
			await run<{ record: string }>(client,
				`SELECT record FROM (SELECT DISTINCT ON (p.id) p.id, p.seq, p.position, p.record FROM stage_places p
				   WHERE p.chunk = ANY($1::text[]) AND EXISTS (SELECT 1 FROM stage_document_places dp WHERE dp.chunk = ANY($1::text[]) AND dp.place = p.id AND dp.doc = ANY($2::text[]))
				   ORDER BY p.id, p.seq, p.position) t
				 ORDER BY seq, position, id`,
				[chunks, fresh]
			)
		).rows.map((r) => JSON.parse(r.record) as StoredPlace);
		for (let i = 0; i < places.length; i += 500) await writePlaces(client, places.slice(i, i + 500));
		placing();
	}
	await moveStaged(client, chunks, fresh);
	if (rebuild) await timed('move:indexes', rebuild);
	// a run moves the whole corpus in: every place is looked at (also one an older gazette left with no
	// document); into an empty store its rows are every row (counted without looking its documents up),
	// grouped already where another worker of the run did it from the staged rows this moved in
	await timed('move:counts', async () => {
		const grouped = rebuild && !restaged ? await groupedRunCounts(client, chunks[0]!, fresh.length) : null;
		await finishTouched(client, removed, grouped ?? (rebuild ? everyRow : rowsOfIds(fresh)), record, null);
	});
}

/** Writes an ingest run; `writeLock` serializes the stores' writes. */
export async function writeSharedRun(pool: pg.Pool, sharedRun: SharedRun, writeLock: number): Promise<void> {
	if (await runDone(pool, sharedRun.key)) return;
	await stageShare(pool, sharedRun);
	const keys = sharedRun.chunks;
	const moving = phase('move-in');
	/** Moves the run in (false: another worker did), or 'busy' when `wait` is false and another is moving it in. */
	const moveIn = (wait: boolean) =>
		withTransaction(pool, async (client): Promise<boolean | 'busy'> => {
			if (wait) await timed('wait-write-lock', () => client.query('SELECT pg_advisory_xact_lock($1)', [writeLock]));
			else if (!(await client.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [writeLock])).rows[0]!.got) return 'busy';
			// another worker moved the run in (what this one staged after that goes below)
			if (await runDone(client, sharedRun.key)) return false;
			await run(client, "SELECT set_config('work_mem', $1, true)", [MOVE_IN_WORK_MEM]);
			await stagingHooks.movingIn?.(client);
			// a chunk not there (the database restarted: unlogged tables come back empty) is staged here
			const ready = new Set((await run<{ key: string }>(client, 'SELECT key FROM stage_chunks WHERE key = ANY($1::text[]) AND done', [keys])).rows.map((r) => r.key));
			for (const [i, key] of keys.entries()) {
				if (ready.has(key)) continue;
				await dropStaged(client, [key]);
				await stageChunk(client, key, await sharedRun.work(i));
			}
			await moveRun(client, keys, await sharedRun.finish(await mergeStaged(client, keys)), ready.size < keys.length);
			// what runs killed long ago staged (a corpus changed since will not claim it again)
			const abandoned = (await run<{ key: string }>(client, `SELECT key FROM stage_chunks WHERE created < now() - make_interval(hours => $1) FOR UPDATE SKIP LOCKED`, [ABANDONED_HOURS])).rows;
			if (abandoned.length > 0) await dropStaged(client, abandoned.map((r) => r.key));
			// the run's jobs' results (the discovery input is megabytes) serve no later run: its key differs
			await run(client, DELETE_JOB_RESULTS);
			return true;
		});
	let moved = await moveIn(false);
	if (moved === 'busy') {
		// another worker is moving the run in: this one groups its counts meanwhile (run-counts.ts), then waits;
		// the grouping is a help the mover can do without, so its failure fails nothing
		await timed('group-counts', () => groupRunCounts(pool, sharedRun.key, keys).catch(() => {}));
		moved = await moveIn(true);
	}
	moving();
	// the run's staged rows go after its transaction (the other workers wait for it, not for this); a
	// failure here loses nothing: they are dropped as abandoned a day later
	const truncated = await timed('drop-staged', () => clearStaged(pool, keys, stagingHooks.clearBusy).catch(() => false));
	if (moved === true) await timed('vacuum', () => vacuum(pool, truncated ? ['work', 'geoparsed'] : [...STAGE_TABLES, 'work', 'geoparsed']));
}

/**
 * Deleted rows are space until vacuumed (the staging's: a run's whole text, a second time): they are
 * given back after the run is in, outside its transaction. A failure here loses nothing.
 */
async function vacuum(pool: pg.Pool, tables: string[]): Promise<void> {
	await run(pool, `VACUUM ${tables.join(', ')}`).catch(() => {});
}
