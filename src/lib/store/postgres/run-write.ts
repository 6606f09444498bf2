// An ingest run's write, shared by the run's workers: every worker has the same documents (each one
// works the whole corpus out), so each stages the chunks nobody has claimed (FOR UPDATE SKIP LOCKED on
// the chunk's row, held while its rows are written: a killed worker's chunk is claimable again at
// once), waits for the chunks others hold, then one of them moves the run in, in one transaction;
// the others find the run done.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { StoreChange } from '../types.ts';
import { run, withTransaction } from './safe.ts';
import { stageDocuments, dropStaged, type StagedDocument } from './stage.ts';
import { finishChange } from './write.ts';

/** Documents staged in one transaction: enough to keep the statements few, few enough to share out. */
export const CHUNK_DOCUMENTS = 100;
const POLL_MS = 100;
/** Staged chunks this old belong to a run that was killed (a run stages and moves in within minutes). */
const ABANDONED_HOURS = 24;

/** A test's seam: runs inside a chunk's transaction once its rows are staged (to hold or kill a worker there). */
export const stagingHooks: { staged?: (key: string) => Promise<void> } = {};

interface Chunk {
	key: string;
	documents: StagedDocument[];
}

/** The run's chunks, keyed by the run and what they hold: a worker whose documents differ stages its own. */
function chunksOf(runKey: string, documents: StagedDocument[]): Chunk[] {
	const chunks: Chunk[] = [];
	for (let start = 0; start < documents.length; start += CHUNK_DOCUMENTS) {
		const part = documents.slice(start, start + CHUNK_DOCUMENTS);
		const hash = createHash('sha256').update(runKey);
		for (const { seq, document } of part) hash.update(`\n${seq}\t${document.summary.id}\t${document.hash}`);
		chunks.push({ key: `run:${hash.digest('hex')}`, documents: part });
	}
	return chunks;
}

async function runDone(on: pg.Pool | pg.PoolClient, runKey: string): Promise<boolean> {
	return (await run<{ value: string }>(on, `SELECT value FROM meta WHERE key = 'state:run'`)).rows[0]?.value === runKey;
}

/** Stages chunks until none is left unclaimed, then waits for the ones other workers hold. */
async function stageShare(pool: pg.Pool, chunks: Chunk[], knownPlaces: ReadonlySet<string>): Promise<void> {
	const byKey = new Map(chunks.map((chunk) => [chunk.key, chunk]));
	const keys = [...byKey.keys()];
	await run(pool, 'INSERT INTO stage_chunks (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING', [keys]);
	for (;;) {
		const staged = await withTransaction(pool, async (client) => {
			const key = (await run<{ key: string }>(client, 'SELECT key FROM stage_chunks WHERE key = ANY($1::text[]) AND NOT done ORDER BY key LIMIT 1 FOR UPDATE SKIP LOCKED', [keys])).rows[0]?.key;
			if (key === undefined) return false;
			await stageDocuments(client, key, byKey.get(key)!.documents, knownPlaces);
			await stagingHooks.staged?.(key);
			await run(client, 'UPDATE stage_chunks SET done = true WHERE key = $1', [key]);
			return true;
		});
		if (staged) continue;
		// the rest is held by other workers (or gone: the run was moved in meanwhile)
		const left = (await run<{ n: number }>(pool, 'SELECT count(*)::int AS n FROM stage_chunks WHERE key = ANY($1::text[]) AND NOT done', [keys])).rows[0]!.n;
		if (left === 0) return;
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}

/** Writes an ingest run (`runKey`: the run's fingerprint, the same in every worker of the run). */
export async function writeRun(pool: pg.Pool, change: StoreChange, runKey: string, writeLock: number): Promise<void> {
	if (await runDone(pool, runKey)) return;
	const documents = [...change.upsert].map((document, seq) => ({ seq, document }));
	const places = [...change.places];
	const knownPlaces = new Set(places.map((p) => p.id));
	const chunks = chunksOf(runKey, documents);
	await stageShare(pool, chunks, knownPlaces);
	const keys = chunks.map((chunk) => chunk.key);
	await withTransaction(pool, async (client) => {
		await client.query('SELECT pg_advisory_xact_lock($1)', [writeLock]);
		if (await runDone(client, runKey)) {
			// another worker moved the run in; what this one staged after that goes
			await dropStaged(client, keys);
			return;
		}
		// a chunk not there (the database restarted: unlogged tables come back empty) is staged here
		const ready = new Set((await run<{ key: string }>(client, 'SELECT key FROM stage_chunks WHERE key = ANY($1::text[]) AND done', [keys])).rows.map((r) => r.key));
		for (const chunk of chunks) if (!ready.has(chunk.key)) await stageDocuments(client, chunk.key, chunk.documents, knownPlaces);
		await finishChange(client, { ...change, places }, { chunks: keys, documents: documents.map((d) => d.document) });
		// what runs killed long ago staged (a corpus changed since will not claim it again)
		const abandoned = (await run<{ key: string }>(client, `SELECT key FROM stage_chunks WHERE created < now() - make_interval(hours => $1) FOR UPDATE SKIP LOCKED`, [ABANDONED_HOURS])).rows;
		if (abandoned.length > 0) await dropStaged(client, abandoned.map((r) => r.key));
	});
}
