// Ingest's writes to the shared store, inside the caller's transaction: rows go in batches (one
// statement per table per batch, columns as arrays), a document whose stored hash already matches is
// left alone, and the counts of the places and topics that changed are kept by difference (count-deltas.ts).
import type pg from 'pg';
import type { RunRecord, StoreChange, StoredDocument, StoredPlace } from '../types.ts';
import { foldText } from '../text.ts';
import { MARK_PLACE_MONTHS_KEPT } from '../sql/place-months.ts';
import { applyCountDeltas, countRemoved, noneRemoved, rowsOfIds, type AddedRows, type RemovedCounts } from './count-deltas.ts';
import { noNul, run } from './safe.ts';
import { dropStaged, moveStaged, stageDocuments } from './stage.ts';
import { randomUUID } from 'node:crypto';

const BATCH = 500;
export { MAX_INDEXED_BYTES } from './stage.ts';

function* batches<T>(items: Iterable<T>, size = BATCH): Generator<T[]> {
	let batch: T[] = [];
	for (const item of items) {
		batch.push(item);
		if (batch.length === size) {
			yield batch;
			batch = [];
		}
	}
	if (batch.length) yield batch;
}

/** Removes the documents with these keys and their rows (their words too, unless a document or staged row still points at them); what they held goes to `removed`. */
export async function removeDocuments(client: pg.PoolClient, keys: number[], removed: RemovedCounts): Promise<void> {
	if (keys.length === 0) return;
	await countRemoved(client, keys, removed);
	for (const table of ['document_places', 'mentions', 'document_topics']) await run(client, `DELETE FROM ${table} WHERE doc = ANY($1::int[])`, [keys]);
	const words = (await run<{ words_key: string }>(client, 'DELETE FROM documents WHERE key = ANY($1::int[]) RETURNING words_key', [keys])).rows.map((r) => r.words_key);
	await run(client,
		`DELETE FROM document_words w WHERE w.key = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.words_key = w.key)
		   AND NOT EXISTS (SELECT 1 FROM stage_documents s WHERE s.words_key = w.key)`,
		[[...new Set(words)]]
	);
}

/** Writes (or rewrites) these places; returns their keys. */
export async function writePlaces(client: pg.PoolClient, places: StoredPlace[]): Promise<number[]> {
	const column = <K extends keyof StoredPlace>(key: K) => places.map((p) => p[key]);
	const written = await run<{ key: number }>(client,
		`INSERT INTO places (id, name, kind, country, country_name, lat, lon, geoname_id, geometry, geom, search, admin1_name)
		 SELECT id, name, kind, country, country_name, lat, lon, geoname_id, geometry,
		   ST_SetSRID(CASE WHEN geometry IS NULL THEN ST_MakePoint(lon, lat) ELSE ST_GeomFromGeoJSON(geometry) END, 4326), search, admin1_name
		 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::int[], $9::text[], $10::text[], $11::text[])
		   AS t (id, name, kind, country, country_name, lat, lon, geoname_id, geometry, search, admin1_name)
		 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
		   country_name = excluded.country_name, admin1_name = excluded.admin1_name, lat = excluded.lat, lon = excluded.lon, geoname_id = excluded.geoname_id,
		   geometry = excluded.geometry, geom = excluded.geom, search = excluded.search
		 RETURNING key`,
		[
			column('id'),
			column('name'),
			column('kind'),
			column('country'),
			column('countryName'),
			column('lat'),
			column('lon'),
			column('geonameId'),
			places.map((p) => (p.geometry ? JSON.stringify(p.geometry) : null)),
			// PostgreSQL text holds no NUL: another character no search types keeps name and country apart
			places.map((p) => foldText(`${p.name}\u0001${p.countryName ?? ''}`)),
			column('admin1Name')
		]
	);
	return written.rows.map((r) => r.key);
}

/**
 * Every write, ingest's or a correction's, ends the same way: the corrections it applied, the manifest
 * and ingest state it leaves, and a new store version (which the read side's caches key on).
 */
export async function writeRunRecord(client: pg.PoolClient, record: RunRecord): Promise<void> {
	await run(client, 'DELETE FROM corrections');
	await run(client, 'INSERT INTO corrections (position, correction, changed) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])', [
		record.corrections.map((_, i) => i),
		record.corrections.map((c) => c.correction),
		record.corrections.map((c) => c.changed)
	]);
	const meta: [string, string][] = [['manifest', JSON.stringify(record.manifest)], ...Object.entries(record.state).map(([k, v]): [string, string] => [`state:${k}`, v])];
	await run(client, 'INSERT INTO meta (key, value) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
		meta.map((m) => m[0]),
		meta.map((m) => m[1])
	]);
	await run(client, `INSERT INTO meta (key, value) VALUES ('version', '1') ON CONFLICT (key) DO UPDATE SET value = (meta.value::int + 1)::text`);
	await run(client, MARK_PLACE_MONTHS_KEPT);
}

/** Documents of the run already staged, in these chunks (by ingest workers, each chunk on its own). */
export interface StagedRun {
	chunks: string[];
	documents: StoredDocument[];
}

/** A change written in the caller's transaction: its documents staged here as one chunk, then moved in. */
export async function writeChange(client: pg.PoolClient, change: StoreChange): Promise<void> {
	const documents = [...change.upsert];
	const places = [...change.places];
	const chunk = `single:${randomUUID()}`;
	await stageDocuments(client, chunk, documents.map((document, seq) => ({ seq, document })), new Set(places.map((p) => p.id)));
	await finishChange(client, { ...change, places }, { chunks: [chunk], documents });
}

/**
 * The run's one transaction: documents whose stored hash already matches are left alone (another
 * worker wrote them the same way), the others replaced by their staged rows, and the counts of the
 * places and topics that changed kept by difference.
 */
export async function finishChange(client: pg.PoolClient, change: StoreChange, staged: StagedRun): Promise<void> {
	const upsert = staged.documents;
	const stored = new Map(
		(await run<{ id: string; key: number; hash: string }>(client, 'SELECT id, key, hash FROM documents WHERE id = ANY($1::text[]) OR id = ANY($2::text[])', [upsert.map((d) => d.summary.id), change.remove])).rows.map((r) => [r.id, r])
	);
	const fresh = upsert.filter((d) => stored.get(noNul(d.summary.id))?.hash !== d.hash);
	const stale = [...change.remove, ...fresh.map((d) => d.summary.id)].map((id) => stored.get(noNul(id))?.key).filter((k): k is number => k !== undefined);
	const removed = noneRemoved();
	await removeDocuments(client, stale, removed);
	const written: number[] = [];
	for (const batch of batches(change.places)) written.push(...(await writePlaces(client, batch)));
	const freshIds = fresh.map((d) => d.summary.id);
	await moveStaged(client, staged.chunks, freshIds);
	await dropStaged(client, staged.chunks);
	// only a place the write took rows from, or wrote without a new row naming it, can be left with none
	await finishTouched(client, removed, rowsOfIds(freshIds.map(noNul)), change, [...removed.places.map((p) => p.place), ...written]);
}

/**
 * The counts (what the removed documents held taken out, what the `added` rows — the written
 * documents' — hold put in), the places left with no document (among `orphanCandidates`, or every place when null), the
 * topics, the files' records and the run record: every ingest write's end.
 */
export async function finishTouched(client: pg.PoolClient, removed: RemovedCounts, added: AddedRows, change: Omit<StoreChange, 'upsert' | 'remove' | 'places'>, orphanCandidates: number[] | null): Promise<void> {
	await applyCountDeltas(client, removed, added, added);
	if (orphanCandidates === null) await run(client, 'DELETE FROM places p WHERE NOT EXISTS (SELECT 1 FROM document_places dp WHERE dp.place = p.key)');
	else if (orphanCandidates.length > 0)
		await run(client, 'DELETE FROM places p WHERE p.key = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM document_places dp WHERE dp.place = p.key)', [[...new Set(orphanCandidates)]]);
	await run(client, 'DELETE FROM topics');
	await run(client, 'INSERT INTO topics (id, label, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])', [
		change.topics.map((t) => t.id),
		change.topics.map((t) => t.label),
		change.topics.map((_, i) => i)
	]);
	if (change.files) await writeFiles(client, change.files);
	const manifest = change.countPlaces ? { ...change.manifest, counts: { ...change.manifest.counts, places: (await run<{ n: number }>(client, 'SELECT count(*)::int AS n FROM places')).rows[0]!.n } } : change.manifest;
	await writeRunRecord(client, { ...change, manifest });
}

/** Ingest's records per corpus file: `replace` drops every earlier one first. */
async function writeFiles(client: pg.PoolClient, files: NonNullable<StoreChange['files']>): Promise<void> {
	if (files.replace) await run(client, 'DELETE FROM ingest_files');
	else if (files.remove.length > 0) await run(client, 'DELETE FROM ingest_files WHERE path = ANY($1::text[])', [files.remove]);
	for (const rows of batches(files.put, 5000)) {
		await run(client,
			`INSERT INTO ingest_files (path, size, mtime, entry) SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[])
			 ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, entry = excluded.entry`,
			[rows.map((r) => r.path), rows.map((r) => r.size), rows.map((r) => r.mtimeMs), rows.map((r) => r.entry)]
		);
	}
}
