// The shared store (PostgreSQL 15 + PostGIS 3, a throwaway cluster started here): it answers every
// question like the embedded store, updates only changed documents, and several ingest processes on
// one corpus share the geoparse work, a killed one's claims going back to the queue, with the same
// result as one process.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { openPostgresStore, PostgresStoreError, type PostgresStore } from '../../src/lib/store/postgres/index.ts';
import { MAX_INDEXED_BYTES } from '../../src/lib/store/postgres/stage.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { runCli } from '../helpers/run-cli.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { STORE_CORPUS, writeCorpus } from './corpus.ts';
import { embeddedAnswers, postgresAnswers, writeBigCorpus } from './shared-store.ts';
import { stopWorkers, startWorker, until } from './worker-processes.ts';

const cluster = usePostgisCluster('gazette-pg-store-', 'postgres store tests');

const freshDatabase = () => cluster.database();

const sqliteAnswers = (corpus: string, topics: string | null = DEFAULT_TOPICS_FILE) => embeddedAnswers(corpus, join(cluster.root, `sqlite-${Math.random().toString(36).slice(2)}`), topics);

const ingestShared = (corpus: string, url: string, stats = { parsed: 0 }) =>
	runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(stats), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });

describe.skipIf(cluster.missing !== null)('the shared PostgreSQL/PostGIS store', () => {
	afterEach(stopWorkers);

	it('answers every question as the embedded store does, shapes in PostGIS', async () => {
		const corpus = join(cluster.root, 'small');
		writeCorpus(corpus);
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		const embedded = await sqliteAnswers(corpus);
		expect(await postgresAnswers(url)).toEqual(embedded);
		expect(await postgresAnswers(url, { prepared: true })).toEqual(embedded);
		const client = new pg.Client(url);
		await client.connect();
		const shapes = (await client.query(`SELECT id, GeometryType(geom) AS type FROM places WHERE id IN ('test:lachin-corridor', 'test:baku') ORDER BY id`)).rows;
		await client.end();
		expect(shapes).toEqual([
			{ id: 'test:baku', type: 'POINT' },
			{ id: 'test:lachin-corridor', type: 'LINESTRING' }
		]);
		// a database from before the per-topic counts: read as it is, then filled when opened for writing
		const expected = await postgresAnswers(url);
		const stored = async () => {
			const c = new pg.Client(url);
			await c.connect();
			try {
				return [(await c.query('SELECT * FROM topic_places ORDER BY topic, place')).rows, (await c.query('SELECT * FROM topic_documents ORDER BY topic')).rows, (await c.query('SELECT * FROM place_months ORDER BY month, place')).rows];
			} finally {
				await c.end();
			}
		};
		const counts = await stored();
		expect(counts[0]!.length).toBeGreaterThan(0);
		expect(counts[1]!.length).toBeGreaterThan(0);
		expect(counts[2]!.length).toBeGreaterThan(0);
		const dropper = new pg.Client(url);
		await dropper.connect();
		await dropper.query('DROP TABLE topic_places; DROP TABLE topic_documents; DROP TABLE place_months');
		await dropper.end();
		expect(await postgresAnswers(url)).toEqual(expected);
		await (await openPostgresStore(url)).close();
		expect(await stored()).toEqual(counts);
	}, 60_000);

	it('answers every date range as the embedded store does on an en-US (ICU) database, and distrusts per-month counts an older gazette left stale', async () => {
		const corpus = join(cluster.root, 'icu');
		writeCorpus(corpus);
		const url = await cluster.database(undefined, 'en-US');
		await ingestShared(corpus, url);
		const expected = await sqliteAnswers(corpus);
		expect(await postgresAnswers(url)).toEqual(expected);
		const months = async (sql = 'SELECT * FROM place_months ORDER BY month, place') => {
			const c = new pg.Client(url);
			await c.connect();
			try {
				return (await c.query(sql)).rows;
			} finally {
				await c.end();
			}
		};
		const kept = await months();
		expect(kept.length).toBeGreaterThan(0);
		// an older gazette's write: rows and version change, place_months stays as it was (here: wrong)
		await months(`UPDATE place_months SET documents = documents + 7, mentions = mentions + 7; UPDATE meta SET value = (value::int + 1)::text WHERE key = 'version'`);
		expect(await postgresAnswers(url)).toEqual(expected);
		await (await openPostgresStore(url)).close();
		expect(await months()).toEqual(kept);
	}, 60_000);

	it("keeps its per-topic counts through a correction's mentions-only write that takes a document's last place", async () => {
		const corpus = join(cluster.root, 'corrected');
		// b has two topics: a filter of both counts it once
		writeCorpus(corpus, { ...STORE_CORPUS, 'b.txt': 'date 2023-06-10\n\nTalks on reconstruction\n\nDiplomats met in Baku for peace talks on the reconstruction of housing in Shusha.' });
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		expect(await postgresAnswers(url)).toEqual(await sqliteAnswers(corpus));
		const store = await openPostgresStore(url);
		try {
			const filters = { ...EMPTY_FILTERS, topics: ['mine-action'] };
			const before = await store.summary(filters);
			const a = (await store.document('a'))!;
			const state = await store.state();
			await store.writeMentions({
				documents: [{ id: 'a', hash: 'no places', mentionCount: 0, removeMentions: a.mentions.map((m) => [m.start, m.end]), putMentions: [], removePlaces: a.placeIds, putPlaces: [] }],
				places: [],
				corrections: [],
				manifest: (await store.storedManifest())!,
				state,
				expected: state
			});
			const after = await store.summary(filters);
			expect(after.documentCount).toBe(before.documentCount - 1);
			expect(after.topicCounts['mine-action']!.documents).toBe(before.topicCounts['mine-action']!.documents - 1);
		} finally {
			await store.close();
		}
	}, 60_000);

	it('rewrites only a changed, added or removed file, and an unchanged corpus not at all', async () => {
		const corpus = join(cluster.root, 'changing');
		writeCorpus(corpus);
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		const stats = { parsed: 0 };
		expect((await ingestShared(corpus, url, stats)).upToDate).toBe(true);
		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed.');
		unlinkSync(join(corpus, 'e.txt'));
		writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam.');
		const store: PostgresStore = await openPostgresStore(url);
		const before = await store.documentHashes();
		await ingestShared(corpus, url, stats);
		// only the two new texts were geoparsed; the other documents kept their rows
		expect(stats.parsed).toBe(2);
		const after = await store.documentHashes();
		for (const id of ['a', 'c', 'd']) expect(after.get(id)).toBe(before.get(id));
		expect(after.has('e')).toBe(false);
		expect(await store.place('test:shusha', EMPTY_FILTERS)).toBeNull();
		expect(await store.place('test:aghdam', EMPTY_FILTERS)).toMatchObject({ documentCount: 3, mentionCount: 4 });
		await store.close();
		expect(await postgresAnswers(url)).toEqual(await sqliteAnswers(corpus));
	}, 60_000);

	it('reads only the places its texts mention, not every place the database holds', async () => {
		const corpus = join(cluster.root, 'among-others');
		writeCorpus(corpus);
		const url = await freshDatabase();
		await (await openPostgresStore(url)).close();
		const client = new pg.Client(url);
		await client.connect();
		try {
			// places other runs stored: 20,000 of them, none this corpus mentions
			await client.query(`INSERT INTO gazetteer_places (id, record) SELECT 'other:' || i, '{}' FROM generate_series(1, 20000) AS i`);
			await client.query('ANALYZE gazetteer_places');
			const rowsRead = async () => {
				await client.query('SELECT pg_stat_force_next_flush()');
				const row = (await client.query(`SELECT seq_tup_read + coalesce(idx_tup_fetch, 0) AS n FROM pg_stat_user_tables WHERE relname = 'gazetteer_places'`)).rows[0];
				return Number(row.n);
			};
			const before = await rowsRead();
			await ingestShared(corpus, url);
			// the run's connections are closed: their counts are flushed
			expect((await rowsRead()) - before).toBeLessThan(1000);
		} finally {
			await client.end();
		}
		expect(await postgresAnswers(url)).toEqual(await sqliteAnswers(corpus));
	}, 60_000);

	it('shares the work between two ingest processes, with the result of one', async () => {
		const corpus = join(cluster.root, 'big');
		writeBigCorpus(corpus);
		const url = await freshDatabase();
		// the first holds its first claim until the second has claimed the rest (however slow its start)
		const gate = join(cluster.root, 'gate');
		// on 120 texts, a worker that has not loaded a gazetteer claims any that are left (not only 1,000 or more)
		const share = { GAZETTE_LOAD_GAZETTEER_TEXTS: '0' };
		const first = startWorker(corpus, url, 0, share, gate);
		await until(() => first.lines.some((l) => l.startsWith('claimed')), 'the first claim');
		const second = startWorker(corpus, url, 0, share);
		await until(() => second.lines.filter((l) => l.startsWith('claimed')).length === 2, 'the second worker’s claims');
		writeFileSync(gate, '');
		const [a, b] = await Promise.all([first.done, second.done]);
		expect([a.code, b.code]).toEqual([0, 0]);
		// each text geoparsed once, by one of them: the first's claim of 40 and the second's two claims
		expect([a.result!.parsed, b.result!.parsed]).toEqual([40, 80]);
		// one of them finished the run (one write); the other waited for it and found it done
		const client = new pg.Client(url);
		await client.connect();
		expect((await client.query(`SELECT value FROM meta WHERE key = 'version'`)).rows[0].value).toBe('1');
		await client.end();
		const [shared, single] = [await postgresAnswers(url), await sqliteAnswers(corpus)];
		expect(shared).toEqual(single);
		// as the server sends them: the same JSON, key order included (kinds in their one order)
		expect(JSON.stringify(shared)).toBe(JSON.stringify(single));
	}, 120_000);

	it('gives a killed worker’s claims to another after their lease, with the same result', async () => {
		const corpus = join(cluster.root, 'killed');
		writeBigCorpus(corpus);
		const url = await freshDatabase();
		const doomed = startWorker(corpus, url, 200, { GAZETTE_LEASE_SECONDS: '2' });
		await until(() => doomed.lines.some((l) => l.startsWith('claimed')), 'the first claim');
		doomed.kill();
		expect((await doomed.done).result).toBeNull();
		const client = new pg.Client(url);
		await client.connect();
		expect((await client.query('SELECT count(*)::int AS n FROM work WHERE claimed_by IS NOT NULL')).rows[0].n).toBeGreaterThan(0);
		const survivor = startWorker(corpus, url, 0);
		const { code, result } = await survivor.done;
		expect(code).toBe(0);
		// everything, the dead worker's claim included, was geoparsed by the survivor
		expect(result!.parsed).toBe(120);
		expect((await client.query('SELECT count(*)::int AS n FROM work')).rows[0].n).toBe(0);
		await client.end();
		expect(await postgresAnswers(url)).toEqual(await sqliteAnswers(corpus));
	}, 120_000);

	it('keeps a slow worker’s claim while it works (its lease is renewed), and claims only its run’s texts', async () => {
		const corpus = join(cluster.root, 'slow');
		writeBigCorpus(corpus);
		const url = await freshDatabase();
		// a text another run queued (first in claim order): no worker of this run takes it
		const client = new pg.Client(url);
		await client.connect();
		await openPostgresStore(url).then((store) => store.close());
		await client.query(`INSERT INTO work (hash) VALUES ('0-another-run')`);
		// 100 ms a text: its claim of 40 takes 4 s, four leases of 1 s
		const slow = startWorker(corpus, url, 100, { GAZETTE_LEASE_SECONDS: '1' });
		await until(() => slow.lines.some((l) => l.startsWith('claimed')), 'the slow worker’s claim');
		const quick = startWorker(corpus, url, 0, { GAZETTE_LEASE_SECONDS: '1' });
		const [a, b] = await Promise.all([slow.done, quick.done]);
		expect([a.code, b.code]).toEqual([0, 0]);
		// each text geoparsed once: the quick one did not take the slow one's claim when its first lease ended
		expect(a.result!.parsed + b.result!.parsed).toBe(120);
		expect(a.result!.parsed).toBeGreaterThanOrEqual(40);
		expect((await client.query(`SELECT hash, claimed_by FROM work`)).rows).toEqual([{ hash: '0-another-run', claimed_by: null }]);
		await client.end();
	}, 120_000);

	it('stores NUL in any text (metadata included) and indexes a long multi-byte text within the tsvector limit', async () => {
		const corpus = join(cluster.root, 'awkward');
		// 140,000 different two-letter CJK words: 420,000 characters, ~2 MB as a tsvector
		const words: string[] = [];
		for (let i = 0; words.length < 140_000; i++) words.push(String.fromCharCode(0x4e00 + (i % 300), 0x4e00 + 300 + Math.floor(i / 300)));
		writeCorpus(corpus, {
			'nul.md': '---\nid: "odd\\0id"\ntitle: "Deminers\\0 in Baku"\nauthor: "A\\0B"\nsource: "Wire\\0service"\n---\nDeminers met in Baku. Aghdam too. Funds: 3.5bn, demining.example.org.\n',
			'long.txt': `Long words\n\nDeminers met in Baku.\n${words.join(' ')}\nZebrafinch ends it.`
		});
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		const store = await openPostgresStore(url, { readonly: true });
		try {
			const odd = await store.document('odd\uFFFDid');
			expect(odd).toMatchObject({ title: 'Deminers\uFFFD in Baku', author: 'A\uFFFDB', source: 'Wire\uFFFDservice' });
			expect(odd!.mentions.map((m) => m.name)).toEqual(['Baku', 'Aghdam']);
			// the long text is stored whole and found by a word of its indexed start (its end is past the cap)
			expect((await store.document('long'))!.text).toContain('Zebrafinch');
			expect((await store.searchDocuments({ ...EMPTY_FILTERS, text: 'deminers' }, 0, 10)).documents.map((d) => d.id).sort()).toEqual(['long', 'odd\uFFFDid']);
			// a word PostgreSQL's parser keeps whole ("3.5bn", a host name) is found by its parts, as FTS5 finds it
			for (const part of ['5bn', 'org']) expect((await store.searchDocuments({ ...EMPTY_FILTERS, text: part }, 0, 10)).documents.map((d) => d.id)).toEqual(['odd\uFFFDid']);
			expect(Buffer.byteLength(words.join(' '))).toBeGreaterThan(MAX_INDEXED_BYTES);
		} finally {
			await store.close();
		}
	}, 120_000);

	it('moves the words of a store from before document_words there when opened for writing, and refuses to read it till then', async () => {
		const corpus = join(cluster.root, 'words');
		writeCorpus(corpus);
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		const expected = await postgresAnswers(url);
		const client = new pg.Client(url);
		await client.connect();
		try {
			// as a database made before document_words: each document's words in its own row, indexed there
			await client.query(`ALTER TABLE documents ADD COLUMN words TSVECTOR;
				UPDATE documents d SET words = w.words FROM document_words w WHERE w.key = d.words_key;
				ALTER TABLE documents ALTER COLUMN words SET NOT NULL, DROP COLUMN words_key;
				CREATE INDEX documents_words ON documents USING GIN (words);
				DROP TABLE document_words`);
			await expect(openPostgresStore(url, { readonly: true })).rejects.toThrow(/from before this gazette's full-text index; run gazette ingest --store with it first/);
			await (await openPostgresStore(url)).close();
			expect(await postgresAnswers(url)).toEqual(expected);
			const counts = (await client.query('SELECT (SELECT count(*) FROM document_words)::int AS words, (SELECT count(DISTINCT words_key) FROM documents)::int AS keys')).rows[0];
			expect(counts.words).toBe(counts.keys);
			expect(counts.words).toBeGreaterThan(0);
		} finally {
			await client.end();
		}
		// the next run writes into the moved store as into a new one
		writeFileSync(join(corpus, 'added.txt'), 'Added\n\nDeminers met in Baku.\n');
		await ingestShared(corpus, url);
		const fresh = await freshDatabase();
		await ingestShared(corpus, fresh);
		expect(await postgresAnswers(url)).toEqual(await postgresAnswers(fresh));
	}, 120_000);

	it("reads a place's documents and mentions from an index alone, a database from before included", async () => {
		const corpus = join(cluster.root, 'covering');
		writeCorpus(corpus);
		const url = await freshDatabase();
		await ingestShared(corpus, url);
		const client = new pg.Client(url);
		await client.connect();
		try {
			// as a database made before the index: the old one in its place, then opened for writing
			await client.query('DROP INDEX document_places_place_mentions; CREATE INDEX document_places_place ON document_places (place, doc)');
			await (await openPostgresStore(url)).close();
			await client.query('VACUUM ANALYZE document_places');
			await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off');
			const plan = (await client.query('EXPLAIN SELECT doc, mentions FROM document_places WHERE place = 1')).rows.map((r) => r['QUERY PLAN']).join('\n');
			expect(plan).toMatch(/Index Only Scan using document_places_place_mentions/);
			expect((await client.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'document_places_place'`)).rows[0].n).toBe(0);
		} finally {
			await client.end();
		}
	}, 60_000);

	it('refuses to read a database of another schema or another program, in one line', async () => {
		const old = await freshDatabase();
		await openPostgresStore(old).then((store) => store.close());
		const foreign = await freshDatabase();
		for (const [url, sql] of [
			[old, `UPDATE meta SET value = '1' WHERE key = 'schema'`],
			[foreign, `CREATE TABLE meta (name TEXT, size INTEGER)`]
		] as const) {
			const client = new pg.Client(url);
			await client.connect();
			await client.query(sql);
			await client.end();
		}
		await expect(openPostgresStore(old, { readonly: true })).rejects.toThrow(/holds store schema 1, this gazette reads schema \d+; run gazette ingest/);
		await expect(openPostgresStore(old)).rejects.toThrow(/holds store schema 1, this gazette writes schema \d+; use a new database/);
		await expect(openPostgresStore(foreign, { readonly: true })).rejects.toThrow(PostgresStoreError);
		await expect(openPostgresStore(foreign)).rejects.toThrow(/another program's tables/);
		const result = await runCli('serve', '--store', old);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/holds store schema 1/);
	}, 60_000);

	it('works a run out without a gazetteer when its texts were geoparsed, from what the geoparsing worker stored of it', async () => {
		const corpus = join(cluster.root, 'facts');
		writeBigCorpus(corpus);
		const expected = await sqliteAnswers(corpus, null);
		const opened = { count: 0 };
		const fake = fakeGeoparser();
		const createGeoparser = () => (opened.count++, fake());
		// a worker geoparses every text (the sample's topics); one of a new run (discovered topics) finds them all geoparsed
		const discover = (url: string) => runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser, store: { kind: 'postgres', url } });
		const url = await freshDatabase();
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser, topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		expect(opened.count).toBe(1);
		await discover(url);
		expect(opened.count).toBe(1);
		expect(await postgresAnswers(url)).toEqual(expected);
		// a database whose geoparsing workers stored no facts (an older gazette's): the gazetteer is loaded, with the same result
		const older = await freshDatabase();
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser, topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url: older } });
		const client = new pg.Client(older);
		await client.connect();
		await client.query('DELETE FROM gazetteer_facts');
		await client.end();
		await discover(older);
		expect(opened.count).toBe(3);
		expect(await postgresAnswers(older)).toEqual(expected);
	}, 120_000);

	it('discovers topics in one worker while another geoparses, with the result of one process', async () => {
		const corpus = join(cluster.root, 'discover');
		writeBigCorpus(corpus);
		const url = await freshDatabase();
		const env = { GAZETTE_TEST_DISCOVER: '1', GAZETTE_LOAD_GAZETTEER_TEXTS: '0' };
		// the first takes discovery's jobs before any text, then holds its first claim until the second is done
		const gate = join(cluster.root, 'discover-gate');
		const first = startWorker(corpus, url, 0, env, gate);
		await until(() => first.lines.some((l) => l.startsWith('claimed')), 'the first claim');
		const client = new pg.Client(url);
		await client.connect();
		// discovery's parts (each candidate number of topics, then the fit) were done before its first text
		expect((await client.query(`SELECT count(*)::int AS n FROM geoparsed WHERE hash ~ '^job:topics:[0-9a-f]+$'`)).rows[0].n).toBe(1);
		expect((await client.query(`SELECT count(*)::int AS n FROM work WHERE hash LIKE 'job:%'`)).rows[0].n).toBe(0);
		const second = startWorker(corpus, url, 0, env);
		await until(() => second.lines.filter((l) => l.startsWith('claimed')).length === 2, 'the second worker’s claims');
		writeFileSync(gate, '');
		const [a, b] = await Promise.all([first.done, second.done]);
		expect([a.code, b.code]).toEqual([0, 0]);
		expect([a.result!.parsed, b.result!.parsed]).toEqual([40, 80]);
		const state = (await client.query(`SELECT value FROM meta WHERE key = 'state:taxonomy'`)).rows[0]?.value as string;
		await client.end();
		expect(JSON.parse(state).topics.length).toBeGreaterThan(0);
		expect(await postgresAnswers(url)).toEqual(await sqliteAnswers(corpus, null));
	}, 120_000);
});
