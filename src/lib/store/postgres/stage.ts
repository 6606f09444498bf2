// A run's document rows are first written to staging tables (unlogged, read by no query), a chunk of
// documents at a time, each chunk in a transaction of its own: ingest workers stage chunks in
// parallel. Then one short transaction moves the run's rows into the live tables (INSERT … SELECT,
// documents and places keyed there), so readers see the old store until the whole run is in, and a
// killed worker leaves a chunk either staged whole or not at all.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { StoredDocument } from '../types.ts';
import { foldText } from '../text.ts';
import { noNul, run, withTransaction } from './safe.ts';
import { timed } from './timeline.ts';
import { wordsVector } from './words-vector.ts';

/**
 * A tsvector holds at most 1 MB. Each distinct word costs its bytes plus up to 9 (entry, padding,
 * position count, one position) and each repeat 2, so one byte of text (a word plus its separator)
 * costs at most 5: the words indexed are the first 200 KB of the folded text, cut at a character.
 */
export const MAX_INDEXED_BYTES = 200_000;
const encoder = new TextEncoder();
const cutBuffer = new Uint8Array(MAX_INDEXED_BYTES);

/** The folded title and text, at most MAX_INDEXED_BYTES of UTF-8 (folding may lengthen a text). */
export function indexedWords(title: string, text: string): string {
	const folded = foldText(`${title}\n${text.slice(0, MAX_INDEXED_BYTES)}`);
	if (folded.length * 3 <= MAX_INDEXED_BYTES) return folded;
	return folded.slice(0, encoder.encodeInto(folded, cutBuffer).read);
}

/** The key of a document's words in document_words: what they are made from. */
const wordsKey = (words: string) => createHash('sha256').update(words).digest('base64url');

/**
 * Indexes the words the store does not hold yet (committed with the caller's chunk: readers reach them
 * only through documents pointing at them, so the run's workers index in parallel, before its move-in).
 */
async function stageWords(client: pg.PoolClient, keys: string[], words: string[]): Promise<void> {
	const held = new Set((await run<{ key: string }>(client, 'SELECT key FROM document_words WHERE key = ANY($1::text[])', [keys])).rows.map((r) => r.key));
	const missing = new Map<string, string>();
	keys.forEach((key, i) => held.has(key) || missing.set(key, words[i]!));
	if (missing.size === 0) return;
	// a text in two workers' chunks waits for the first's commit; in key order, so two never wait for each other
	const sorted = [...missing.keys()].sort();
	// (the worker makes each tsvector: the server only reads it, words-vector.ts)
	await run(client, `INSERT INTO document_words (key, words) SELECT key, words::tsvector FROM unnest($1::text[], $2::text[]) AS t (key, words) ON CONFLICT (key) DO NOTHING`, [
		sorted,
		sorted.map((key) => wordsVector(missing.get(key)!))
	]);
}

/**
 * Drops the words these chunks staged that no document and no other chunk points at (words a killed or
 * superseded run indexed, or that documents a run removed or replaced held).
 */
async function dropUnusedWords(client: pg.PoolClient | pg.Pool, chunks: string[]): Promise<void> {
	await run(client,
		`DELETE FROM document_words w USING (SELECT DISTINCT words_key FROM stage_documents WHERE chunk = ANY($1::text[])) s
		 WHERE w.key = s.words_key AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.words_key = w.key)
		   AND NOT EXISTS (SELECT 1 FROM stage_documents o WHERE o.words_key = w.key AND NOT o.chunk = ANY($1::text[]))`,
		[chunks]
	);
}

/** A document of the run and its place in the run's order (the order its rows get their keys in). */
export interface StagedDocument {
	seq: number;
	document: StoredDocument;
}

const columns = <T extends unknown[]>(rows: T[], n: number) => Array.from({ length: n }, (_, i) => rows.map((r) => r[i]));

function* slices<T>(items: T[], size: number): Generator<T[]> {
	for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * Stages documents' rows under `chunk`. `knownPlaces`: the places the run writes; a mention of any
 * other place the store does not already hold is dropped (a place whose shape failed validation).
 */
export async function stageDocuments(client: pg.PoolClient, chunk: string, documents: StagedDocument[], knownPlaces: ReadonlySet<string>): Promise<void> {
	if (documents.length === 0) return;
	const named = new Set<string>();
	for (const { document } of documents) for (const m of document.mentions) if (!knownPlaces.has(m.placeId)) named.add(noNul(m.placeId));
	const stored = named.size === 0 ? [] : (await run<{ id: string }>(client, 'SELECT id FROM places WHERE id = ANY($1::text[])', [[...named]])).rows.map((r) => r.id);
	const placed = (id: string) => knownPlaces.has(id) || stored.includes(noNul(id));
	const s = documents.map(({ document }) => document.summary);
	const words = documents.map(({ document }) => indexedWords(document.summary.title, document.text));
	const wordsKeys = words.map(wordsKey);
	await stageWords(client, wordsKeys, words);
	await run(client,
		`INSERT INTO stage_documents (chunk, seq, id, file, path, title, date, author, source, length, mention_count, hash, text, words_key)
		 SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::int[], $12::text[], $13::text[], $14::text[])`,
		[
			chunk,
			documents.map((d) => d.seq),
			s.map((x) => x.id),
			s.map((x) => x.file),
			s.map((x) => x.path),
			s.map((x) => x.title),
			s.map((x) => x.date),
			s.map((x) => x.author),
			s.map((x) => x.source),
			s.map((x) => x.length),
			s.map((x) => x.mentionCount),
			documents.map(({ document }) => document.hash),
			documents.map(({ document }) => document.text),
			wordsKeys
		]
	);
	// rows keyed like the embedded store's primary keys: a later duplicate replaces an earlier one
	const mentions = new Map<string, [string, number, number, string, string, number]>();
	const docPlaces: [string, string, number, string][] = [];
	const topics = new Map<string, [string, string, number, string]>();
	for (const { document } of documents) {
		const id = noNul(document.summary.id);
		const perPlace = new Map<string, number>();
		for (const m of document.mentions) {
			if (!placed(m.placeId)) continue;
			mentions.set(`${id}\u0000${m.start}:${m.end}`, [id, m.start, m.end, m.placeId, m.usage, m.score]);
			perPlace.set(noNul(m.placeId), (perPlace.get(noNul(m.placeId)) ?? 0) + 1);
		}
		const excerpts = new Map(document.excerpts);
		for (const placeId of document.summary.placeIds) {
			const count = perPlace.get(noNul(placeId)) ?? 0;
			if (count === 0) continue;
			const refs = (excerpts.get(placeId) ?? []).map((e) => [e.offset, e.length, e.mentionStart, e.mentionEnd, e.topics]);
			docPlaces.push([id, placeId, count, JSON.stringify(refs)]);
		}
		document.summary.topics.forEach(({ topic, ...match }, position) => topics.set(`${noNul(topic)}\u0000${id}`, [topic, id, position, JSON.stringify(match)]));
	}
	for (const rows of slices([...mentions.values()], 5000)) {
		await run(client,
			`INSERT INTO stage_mentions (chunk, doc, start, "end", place, usage, score) SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::float8[])`,
			[chunk, ...columns(rows, 6)]
		);
	}
	for (const rows of slices(docPlaces, 5000)) {
		await run(client, `INSERT INTO stage_document_places (chunk, doc, place, mentions, excerpts) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])`, [chunk, ...columns(rows, 4)]);
	}
	for (const rows of slices([...topics.values()], 5000)) {
		await run(client, `INSERT INTO stage_document_topics (chunk, topic, doc, position, terms) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])`, [chunk, ...columns(rows, 4)]);
	}
}

/**
 * Moves the staged rows of these documents (ids) from these chunks into the live tables, after their
 * places are written. The chunks' staged rows stay: the caller drops them (dropStaged, or clearStaged
 * once a run's transaction is committed).
 */
export async function moveStaged(client: pg.PoolClient, chunks: string[], ids: string[]): Promise<void> {
	const where = 's.chunk = ANY($1::text[]) AND s.doc = ANY($2::text[])';
	const params = [chunks, ids];
	if (ids.length > 0) {
		await timed('move:documents', () => run(client,
			`INSERT INTO documents (id, file, path, title, date, day, author, source, length, mention_count, hash, text, words_key)
			 SELECT id, file, path, title, date, left(date, 10), author, source, length, mention_count, hash, text, words_key
			 FROM stage_documents s WHERE s.chunk = ANY($1::text[]) AND s.id = ANY($2::text[]) ORDER BY s.seq`,
			params
		));
		await timed('move:mentions', () => run(client,
			`INSERT INTO mentions (doc, start, "end", place, usage, score)
			 SELECT d.key, s.start, s."end", p.key, s.usage, s.score FROM stage_mentions s JOIN documents d ON d.id = s.doc JOIN places p ON p.id = s.place WHERE ${where}`,
			params
		));
		await timed('move:document-places', () => run(client,
			`INSERT INTO document_places (doc, place, mentions, excerpts)
			 SELECT d.key, p.key, s.mentions, s.excerpts FROM stage_document_places s JOIN documents d ON d.id = s.doc JOIN places p ON p.id = s.place WHERE ${where}`,
			params
		));
		await timed('move:document-topics', () => run(client,
			`INSERT INTO document_topics (topic, doc, position, terms) SELECT s.topic, d.key, s.position, s.terms FROM stage_document_topics s JOIN documents d ON d.id = s.doc WHERE ${where}`,
			params
		));
	}
}

export const STAGE_TABLES = ['stage_mentions', 'stage_document_places', 'stage_document_topics', 'stage_documents', 'stage_places', 'stage_files', 'stage_invalid', 'stage_counts', 'stage_chunks'];

/**
 * Asks for the staging's locks this many times, this far apart, before deleting the rows one by one: a
 * lock is held only briefly at a run's end (the run's other worker emptying the staging too, or
 * autovacuum's analyze after the last chunks), and deleting a big run's rows then vacuuming them costs
 * seconds of the server's time (at 10,000 documents two workers that both gave up at once: ~1.5 s).
 */
const CLEAR_TRIES = 20;
const CLEAR_RETRY_MS = 100;

/** PostgreSQL's error for a lock NOWAIT could not take. */
const lockNotAvailable = (error: unknown) => (error as { code?: string } | null)?.code === '55P03';

/**
 * Drops these chunks' staged rows after their run is moved in, outside its transaction. When the
 * staging holds no other chunk it is emptied at once (TRUNCATE: no dead rows for a VACUUM to scan and
 * give back, where deleting a run's rows costs about what staging them did); true then. Its locks are
 * taken without waiting (NOWAIT), asked again a few times while another transaction holds one, so no
 * two transactions wait for each other's tables; past that (a transaction staging or dropping rows
 * meanwhile) the rows are deleted one by one instead. `busy`: called each time a lock was held (tests).
 */
export async function clearStaged(pool: pg.Pool, chunks: string[], busy?: () => Promise<void>): Promise<boolean> {
	for (let attempt = 1; ; attempt++) {
		const outcome = await withTransaction(pool, async (client) => {
			await run(client, `LOCK TABLE ${STAGE_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE NOWAIT`);
			if ((await run<{ n: number }>(client, 'SELECT count(*)::int AS n FROM stage_chunks WHERE NOT key = ANY($1::text[])', [chunks])).rows[0]!.n > 0) return 'shared';
			await dropUnusedWords(client, chunks);
			await run(client, `TRUNCATE ${STAGE_TABLES.join(', ')}`);
			return 'truncated';
		}).catch((error: unknown) => (lockNotAvailable(error) ? 'busy' : 'failed'));
		if (outcome === 'truncated') return true;
		if (outcome === 'busy' && attempt < CLEAR_TRIES) {
			await busy?.();
			await sleep(CLEAR_RETRY_MS);
			continue;
		}
		await withTransaction(pool, (client) => dropStaged(client, chunks));
		return false;
	}
}

export async function dropStaged(client: pg.PoolClient | pg.Pool, chunks: string[]): Promise<void> {
	await dropUnusedWords(client, chunks);
	await dropStagedRows(client, chunks);
}

async function dropStagedRows(client: pg.PoolClient | pg.Pool, chunks: string[]): Promise<void> {
	for (const table of STAGE_TABLES.filter((t) => t !== 'stage_chunks')) await run(client, `DELETE FROM ${table} WHERE chunk = ANY($1::text[])`, [chunks]);
	await run(client, 'DELETE FROM stage_chunks WHERE key = ANY($1::text[])', [chunks]);
}
