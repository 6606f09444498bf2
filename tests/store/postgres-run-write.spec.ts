// A run's write on the shared store: its workers stage its rows a chunk at a time, each chunk in a
// transaction of its own, and one short transaction moves them all in. Readers see the previous store
// until then; a worker killed while staging leaves nothing behind, and another stages its chunk again.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { STATE_SETTINGS } from '../../src/lib/server/ingest/incremental.ts';
import { MOVE_IN_WORK_MEM, stagingHooks } from '../../src/lib/store/postgres/run-write.ts';
import { STAGE_TABLES } from '../../src/lib/store/postgres/stage.ts';
import { WORDS_STATISTICS } from '../../src/lib/store/postgres/schema.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { queryRows, usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from './corpus.ts';
import { embeddedAnswers, postgresAnswers, writeBigCorpus } from './shared-store.ts';
import { startWorker, stopWorkers, until, type Worker } from './worker-processes.ts';

const cluster = usePostgisCluster('gazette-pg-stage-', 'postgres run-write tests');

const staged = (worker: Worker) => worker.lines.filter((line) => line.startsWith('staged '));

/**
 * A database holding the store corpus's run, and the corpus grown by 120 documents (two chunks to stage).
 * `before`: that database's answers (only where a test compares with them: ~600 queries).
 */
async function grownCorpus(name: string, answersBefore = false) {
	const corpus = join(cluster.root, name);
	writeCorpus(corpus);
	const url = await cluster.database();
	await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
	// without the per-file records the next run is a full one (staged), not an incremental one
	await queryRows(url, `DELETE FROM meta WHERE key = 'state:${STATE_SETTINGS}'`);
	const before = answersBefore ? await postgresAnswers(url) : null;
	writeBigCorpus(corpus);
	return { corpus, url, before };
}

const stagedRows = async (url: string) =>
	(await queryRows(url, `SELECT (SELECT count(*) FROM stage_chunks WHERE done)::int AS chunks, (SELECT count(*) FROM stage_documents)::int AS documents, (SELECT count(*) FROM stage_mentions)::int AS mentions`))[0] as { chunks: number; documents: number; mentions: number };

describe.skipIf(cluster.missing !== null)('a run written through staging', () => {
	afterEach(stopWorkers);

	it('has each worker stage chunks of the rows, and shows the previous store until the run is moved in at once', async () => {
		const { corpus, url, before } = await grownCorpus('shared', true);
		const gate = join(cluster.root, 'stage-gate');
		// the first holds its first chunk in its transaction until the gate opens
		const first = startWorker(corpus, url, 0, { GAZETTE_TEST_STAGE_GATE: gate });
		await until(() => staged(first).length === 1, 'the first chunk');
		expect(await postgresAnswers(url)).toEqual(before);
		const second = startWorker(corpus, url, 0);
		await until(() => staged(second).length === 1, 'the second worker’s chunk');
		// the second worker's chunk is committed (it prints before its transaction ends: wait for the commit,
		// which a busy machine delays), waiting for the first's: readers still see the previous run
		let waiting = await stagedRows(url);
		for (const end = Date.now() + 60_000; waiting.chunks === 0 && Date.now() < end; waiting = await stagedRows(url)) await new Promise((resolve) => setTimeout(resolve, 50));
		expect(waiting.chunks).toBe(1);
		// a chunk is whole files: one of 100 documents, one of the other 25 (a file of several among them), whichever the first did not take
		expect([25, 100]).toContain(waiting.documents);
		expect(await postgresAnswers(url)).toEqual(before);
		writeFileSync(gate, '');
		const [a, b] = await Promise.all([first.done, second.done]);
		expect([a.code, b.code]).toEqual([0, 0]);
		expect(staged(first)).toHaveLength(1);
		expect(staged(first)[0]).not.toBe(staged(second)[0]);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-shared')));
		// one transaction moved the run in, and took its staged rows with it
		expect(await queryRows(url, `SELECT value FROM meta WHERE key = 'version'`)).toEqual([{ value: '2' }]);
		expect(await stagedRows(url)).toEqual({ chunks: 0, documents: 0, mentions: 0 });
	}, 120_000);

	it('drops what a run killed long ago staged, and only that', async () => {
		const { corpus, url } = await grownCorpus('abandoned');
		await queryRows(
			url,
			`INSERT INTO stage_chunks (key, done, created) VALUES ('run:old', true, now() - interval '25 hours'), ('run:recent', true, now() - interval '1 hour');
			 INSERT INTO stage_documents (chunk, seq, id, file, path, title, length, mention_count, hash, text, words_key)
			   SELECT key, 0, 'x', 'x', 'x.txt', 'X', 1, 0, 'h', 'x', 'words:' || key FROM stage_chunks;
			 INSERT INTO document_words (key, words) SELECT 'words:' || key, ''::tsvector FROM stage_chunks`
		);
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		expect(await queryRows(url, 'SELECT chunk FROM stage_documents')).toEqual([{ chunk: 'run:recent' }]);
		expect(await queryRows(url, 'SELECT key FROM stage_chunks')).toEqual([{ key: 'run:recent' }]);
		// the words the old run indexed went with it; every other row of words is a document's or the recent run's
		expect(await queryRows(url, `SELECT key FROM document_words WHERE key LIKE 'words:%'`)).toEqual([{ key: 'words:run:recent' }]);
		expect(await queryRows(url, `SELECT count(*)::int AS n FROM document_words WHERE key NOT IN (SELECT words_key FROM documents) AND key NOT LIKE 'words:%'`)).toEqual([{ n: 0 }]);
	}, 60_000);

	it('empties the staging at once after the run when it holds no other run’s chunks (new files: no deleted rows left to vacuum)', async () => {
		const { corpus, url } = await grownCorpus('truncated');
		const files = async () => (await queryRows(url, `SELECT pg_relation_filenode('stage_documents') AS documents, pg_relation_filenode('stage_mentions') AS mentions`))[0]!;
		const before = await files();
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		expect(await stagedRows(url)).toEqual({ chunks: 0, documents: 0, mentions: 0 });
		const after = await files();
		expect(after.documents).not.toBe(before.documents);
		expect(after.mentions).not.toBe(before.mentions);
		// nor vacuumed or analysed by autovacuum while a run grows them (it keeps none of their rows)
		const tables = STAGE_TABLES.map((t) => `'${t}'`).join(', ');
		const autovacuumed = await queryRows(url,
			`SELECT c.relname FROM pg_class c LEFT JOIN pg_class t ON t.oid = c.reltoastrelid WHERE c.relname IN (${tables})
			 AND NOT (coalesce(c.reloptions, '{}') @> '{autovacuum_enabled=false}' AND (t.oid IS NULL OR coalesce(t.reloptions, '{}') @> '{autovacuum_enabled=false}'))`
		);
		expect(autovacuumed).toEqual([]);
		// document_words analysed from a smaller sample (its lexemes counted in fewer rows)
		expect(await queryRows(url, `SELECT attname, attstattarget FROM pg_attribute WHERE attrelid = 'document_words'::regclass AND attname IN ('key', 'words') ORDER BY attname`)).toEqual([
			{ attname: 'key', attstattarget: WORDS_STATISTICS },
			{ attname: 'words', attstattarget: WORDS_STATISTICS }
		]);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-truncated')));
	}, 60_000);

	it('empties the staging at once even when one of its tables is locked for a moment as the run ends (autovacuum, or the run’s other worker emptying it too)', async () => {
		const { corpus, url } = await grownCorpus('busy-staging');
		const files = async () => (await queryRows(url, `SELECT pg_relation_filenode('stage_documents') AS documents, pg_relation_filenode('stage_mentions') AS mentions`))[0]!;
		const before = await files();
		// another session holds the lock autovacuum's analyze takes on one staging table from the move-in on,
		// until the run's end has found it held (or, without a second try, for a few seconds)
		const holder = new pg.Client(url);
		await holder.connect();
		let held = false;
		let busy = 0;
		const release = async () => {
			if (!held) return;
			held = false;
			await holder.query('COMMIT');
		};
		const timeout = setTimeout(() => void release(), 5000);
		stagingHooks.movingIn = async () => {
			await holder.query('BEGIN');
			await holder.query('LOCK TABLE stage_mentions IN SHARE UPDATE EXCLUSIVE MODE');
			held = true;
		};
		stagingHooks.clearBusy = async () => {
			busy++;
			await release();
		};
		try {
			await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		} finally {
			delete stagingHooks.movingIn;
			delete stagingHooks.clearBusy;
			clearTimeout(timeout);
			await release();
			await holder.end();
		}
		expect(busy).toBe(1);
		expect(await stagedRows(url)).toEqual({ chunks: 0, documents: 0, mentions: 0 });
		// emptied by TRUNCATE (new files), not row by row
		const after = await files();
		expect(after.documents).not.toBe(before.documents);
		expect(after.mentions).not.toBe(before.mentions);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-busy-staging')));
	}, 60_000);

	it('moves the run in with memory of its own for its sorts and groupings, above the server’s default', async () => {
		const { corpus, url } = await grownCorpus('work-mem');
		const server = (await queryRows(url, `SELECT current_setting('work_mem') AS value`))[0]!.value;
		expect(server).not.toBe(MOVE_IN_WORK_MEM);
		const seen: { inside?: unknown } = {};
		stagingHooks.movingIn = async (client) => {
			seen.inside = (await client.query(`SELECT current_setting('work_mem') AS value`)).rows[0].value;
		};
		try {
			await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		} finally {
			delete stagingHooks.movingIn;
		}
		expect(seen.inside).toBe(MOVE_IN_WORK_MEM);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-work-mem')));
	}, 60_000);

	it('moves a first run into the empty store with the live tables’ indexes built after their rows (the same definitions, made anew), and a later run into them as they are', async () => {
		const corpus = join(cluster.root, 'first-run');
		writeCorpus(corpus);
		const url = await cluster.database();
		const indexes = async (client: pg.ClientBase) =>
			(
				await client.query(`SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition, pg_relation_filenode(i.oid) AS file FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
					WHERE x.indrelid = ANY('{documents,mentions,document_places,document_topics}'::regclass[]) ORDER BY 1`)
			).rows as { name: string; definition: string; file: string }[];
		const ingest = async () => {
			const seen: { before?: Awaited<ReturnType<typeof indexes>> } = {};
			stagingHooks.movingIn = async (client) => void (seen.before = await indexes(client));
			try {
				await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
			} finally {
				delete stagingHooks.movingIn;
			}
			const client = new pg.Client(url);
			await client.connect();
			try {
				return { before: seen.before!, after: await indexes(client) };
			} finally {
				await client.end();
			}
		};
		const first = await ingest();
		const described = (list: typeof first.after) => list.map(({ name, definition }) => ({ name, definition }));
		expect(first.before.length).toBeGreaterThan(4);
		expect(described(first.after)).toEqual(described(first.before));
		// every index but the documents' key and id (their constraints stay) was built again
		const kept = first.after.filter((index, i) => index.file === first.before[i]!.file).map((index) => index.name);
		expect(kept).toEqual(['documents_id_key', 'documents_pkey']);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-first-run')));
		// a run into a store that holds documents keeps every index
		await queryRows(url, `DELETE FROM meta WHERE key = 'state:${STATE_SETTINGS}'`);
		writeBigCorpus(corpus);
		const second = await ingest();
		expect(second.after).toEqual(second.before);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-second-run')));
	}, 120_000);

	it('counts a first run’s places and topics from every row of the store it fills, without looking its documents up by id', async () => {
		const corpus = join(cluster.root, 'first-counts');
		writeCorpus(corpus);
		const url = await cluster.database();
		// every statement logged (the cluster's log beside its data folder)
		await queryRows(url, `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET log_statement = 'all'`);
		const log = join(dirname((await queryRows(url, 'SHOW data_directory'))[0]!.data_directory as string), 'log');
		const countStatements = async (from: number) => {
			await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
			return readFileSync(log, 'utf8').slice(from).split(/\n(?=\S)/).filter((entry) => entry.includes('WITH removed AS'));
		};
		const first = await countStatements(readFileSync(log, 'utf8').length);
		// the places', per topic and per month, and the topics' documents
		expect(first).toHaveLength(4);
		expect(first.filter((statement) => statement.includes('id = ANY'))).toEqual([]);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-first-counts')));
		// a later run adds its new documents' rows to a store that holds others: those it looks up
		await queryRows(url, `DELETE FROM meta WHERE key = 'state:${STATE_SETTINGS}'`);
		writeBigCorpus(corpus);
		const later = await countStatements(readFileSync(log, 'utf8').length);
		expect(later.filter((statement) => statement.includes('id = ANY'))).toHaveLength(4);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-later-counts')));
	}, 120_000);

	it('keeps the previous store when a worker is killed while staging, and another stages its chunk again', async () => {
		const { corpus, url, before } = await grownCorpus('killed-stager', true);
		const doomed = startWorker(corpus, url, 0, { GAZETTE_TEST_STAGE_GATE: join(cluster.root, 'never') });
		await until(() => staged(doomed).length === 1, 'the doomed worker’s chunk');
		doomed.kill();
		expect((await doomed.done).result).toBeNull();
		// its chunk's transaction rolled back: nothing staged, nothing visible
		expect(await stagedRows(url)).toEqual({ chunks: 0, documents: 0, mentions: 0 });
		expect(await postgresAnswers(url)).toEqual(before);
		const survivor = startWorker(corpus, url, 0);
		expect((await survivor.done).code).toBe(0);
		expect(staged(survivor)).toHaveLength(2);
		expect(staged(survivor)).toContain(staged(doomed)[0]);
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-killed')));
		expect(await stagedRows(url)).toEqual({ chunks: 0, documents: 0, mentions: 0 });
	}, 120_000);
});
