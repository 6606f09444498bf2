// The incremental run on the shared store, as on the embedded one (tests/ingest/incremental.spec.ts):
// a changed, an added, a removed and a skipped file give the database a fresh full ingest of the corpus
// as it now is gives, row for row, reading and geoparsing only those files; a run killed inside its
// write leaves the previous store, and two workers running the same change write it once.
import { spawn } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from './corpus.ts';
import { postgresAnswers } from './shared-store.ts';
import { storeAnswers } from './store-answers.ts';

const cluster = usePostgisCluster('gazette-pg-incremental-', 'postgres incremental tests');

const ingest = (corpus: string, url: string, stats = { parsed: 0 }) =>
	runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(stats), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });

/** The summary's corpus figures (not how the run went). */
const figures = (summary: Awaited<ReturnType<typeof runIngest>>) => {
	const { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces } = summary;
	return { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces, topics: summary.topics.count };
};

// the rows themselves, not only the answers: documents, mentions, place totals, per-topic counts, file records
const ROWS = [
	'SELECT id, file, title, hash, mention_count FROM documents ORDER BY id',
	'SELECT d.id, m.start, m.end, p.id AS place, m.usage, m.score FROM mentions m JOIN documents d ON d.key = m.doc JOIN places p ON p.key = m.place ORDER BY 1, 2',
	'SELECT d.id, p.id AS place, dp.mentions, dp.excerpts FROM document_places dp JOIN documents d ON d.key = dp.doc JOIN places p ON p.key = dp.place ORDER BY 1, 2',
	'SELECT id, name, document_count, mention_count, first_day, last_day FROM places ORDER BY id',
	'SELECT topic, p.id, tp.documents, tp.mentions FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY topic, p.id',
	'SELECT * FROM topic_documents ORDER BY topic',
	'SELECT pm.month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2',
	'SELECT path, size, entry FROM ingest_files ORDER BY path',
	// each document's words, and no others (a changed or removed document's words go with it)
	'SELECT d.id, w.words::text FROM documents d JOIN document_words w ON w.key = d.words_key ORDER BY d.id',
	'SELECT count(*)::int AS n FROM document_words'
];
const KEPT = ['SELECT id, hash FROM documents ORDER BY id', 'SELECT id, document_count, mention_count FROM places ORDER BY id', 'SELECT path, size, mtime FROM ingest_files ORDER BY path', `SELECT key, value FROM meta ORDER BY key`];

async function rows(url: string, queries: string[]): Promise<unknown[]> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		const out: unknown[] = [];
		for (const sql of queries) out.push((await client.query(sql)).rows);
		return out;
	} finally {
		await client.end();
	}
}

function editCorpus(corpus: string): void {
	writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed near Aghdam.');
	unlinkSync(join(corpus, 'e.txt'));
	writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam. Deminers from Baku cleared the road to Shusha and Atlantis.');
	// not a document: skipped, and its record keeps the reason
	writeFileSync(join(corpus, 'g.txt'), '\u0000binary');
}

/** A full ingest of the corpus as it now is, into a database of its own. */
async function fresh(corpus: string) {
	const url = await cluster.database();
	return { url, summary: await ingest(corpus, url) };
}

describe.skipIf(cluster.missing !== null)('incremental ingest on the shared store', () => {

	it('gives the database a fresh full ingest gives, reading and geoparsing only the changed and added files', async () => {
		const corpus = join(cluster.root, 'edited');
		writeCorpus(corpus);
		const url = await cluster.database();
		await ingest(corpus, url);
		// a server's store, open through the write: read ahead before it and again after it (warm.ts)
		const live = await openPostgresStore(url, { readonly: true });
		await live.prepare!();
		await storeAnswers(live);
		editCorpus(corpus);
		const stats = { parsed: 0 };
		const summary = await ingest(corpus, url, stats);
		expect(summary.incremental).toEqual({ changed: 3, removed: 1 });
		expect(stats.parsed).toBe(2);
		const full = await fresh(corpus);
		expect(full.summary.incremental).toBeUndefined();
		expect(figures(summary)).toEqual(figures(full.summary));
		expect(await rows(url, ROWS)).toEqual(await rows(full.url, ROWS));
		expect(await postgresAnswers(url)).toEqual(await postgresAnswers(full.url));
		await live.prepare!();
		expect(await storeAnswers(live)).toEqual(await postgresAnswers(full.url));
		await live.close();
		// nothing changed since: nothing read, nothing written
		const again = await ingest(corpus, url, stats);
		expect(again).toMatchObject({ upToDate: true, incremental: { changed: 0, removed: 0 }, geoparsed: 0 });
		expect(stats.parsed).toBe(2);
	}, 60_000);

	it('leaves the previous store when killed inside its write, and the next run completes it', async () => {
		const corpus = join(cluster.root, 'killed');
		writeCorpus(corpus);
		const url = await cluster.database();
		await ingest(corpus, url);
		editCorpus(corpus);
		const before = await rows(url, KEPT);
		const child = spawn(process.execPath, ['--import', 'tsx', new URL('../ingest/incremental-writer.ts', import.meta.url).pathname, corpus, join(cluster.root, 'unused'), url], { stdio: ['ignore', 'pipe', 'inherit'] });
		// the child is a new Node process that loads the ingest's modules through tsx (2.6-2.8 s to its
		// write at load 11-12, the whole test 5-9 s): the test has the two minutes the other specs that
		// start processes have, and a child that never reaches its write says so rather than timing out
		const started = performance.now();
		let timer: ReturnType<typeof setTimeout> | undefined;
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
				child.on('exit', (code) => reject(new Error(`the ingest exited before its write (${code})`)));
				timer = setTimeout(() => reject(new Error(`the ingest did not reach its write in ${Math.round((performance.now() - started) / 1000)} s`)), 90_000);
			});
		} finally {
			clearTimeout(timer);
			child.kill('SIGKILL');
			if (child.exitCode === null) await new Promise((resolve) => child.once('close', resolve));
		}
		expect(await rows(url, KEPT)).toEqual(before);
		const summary = await ingest(corpus, url);
		expect(summary.incremental).toEqual({ changed: 3, removed: 1 });
		const full = await fresh(corpus);
		expect(await rows(url, ROWS)).toEqual(await rows(full.url, ROWS));
	}, 120_000);

	it('writes a change once when two workers run it at the same time', async () => {
		const corpus = join(cluster.root, 'twice');
		writeCorpus(corpus);
		const url = await cluster.database();
		await ingest(corpus, url);
		editCorpus(corpus);
		const [a, b] = await Promise.all([ingest(corpus, url), ingest(corpus, url)]);
		// one wrote the change; the other found it written (or wrote it first)
		expect([a.upToDate, b.upToDate].sort()).toEqual([false, true]);
		const full = await fresh(corpus);
		expect(figures(a)).toEqual(figures(full.summary));
		expect(figures(b)).toEqual(figures(full.summary));
		expect(await rows(url, ROWS)).toEqual(await rows(full.url, ROWS));
	}, 60_000);

	it('reports the totals that go with the stamps it compared when another worker writes the change between its reads', async () => {
		const corpus = join(cluster.root, 'between');
		writeCorpus(corpus);
		const url = await cluster.database();
		await ingest(corpus, url);
		editCorpus(corpus);
		// the other worker's whole run, made to fall just before this run reads the stamps
		let other: Promise<Awaited<ReturnType<typeof ingest>>> | null = null;
		const summary = await withQueryHook(STAMPS_QUERY, () => (other = ingest(corpus, url)), () => ingest(corpus, url));
		expect(other).not.toBeNull();
		const full = await fresh(corpus);
		expect(figures(summary)).toEqual(figures(full.summary));
		expect(figures(await other!)).toEqual(figures(full.summary));
		expect(await rows(url, ROWS)).toEqual(await rows(full.url, ROWS));
	}, 60_000);
});

const STAMPS_QUERY = 'SELECT path, size, mtime FROM ingest_files';

/** Runs `work` with `before` awaited ahead of the first statement whose text is `sql` (once; the statements
 * `before` itself sends go through as they are). */
async function withQueryHook<T>(sql: string, before: () => Promise<unknown>, work: () => Promise<T>): Promise<T> {
	const query = pg.Client.prototype.query;
	let armed = true;
	// node-postgres's query takes (text | config, values?, callback?) and answers by the callback or a promise
	pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
		const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
		if (!armed || text !== sql) return (query as (...a: unknown[]) => unknown).apply(this, args);
		armed = false;
		const callback = typeof args.at(-1) === 'function' ? (args.pop() as (error: unknown, result?: unknown) => void) : null;
		const answer = before().then(() => (query as (...a: unknown[]) => Promise<unknown>).apply(this, args));
		if (!callback) return answer;
		answer.then((result) => callback(null, result), (error: unknown) => callback(error));
		return undefined;
	} as typeof query;
	try {
		return await work();
	} finally {
		pg.Client.prototype.query = query;
	}
}
