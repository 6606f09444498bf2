// The incremental run of a big corpus: a changed, an added and a removed file give the same store as
// a fresh full ingest of the corpus as it now is (places, counts, excerpts, documents, search), only
// those files are read and geoparsed, the JSON files are marked and made again on demand, and a run
// killed inside its write leaves the previous store.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { refreshStaticOutput } from '../../src/lib/server/corrections-store.ts';
import { correctionsPendingPath } from '../../src/lib/server/ingest/cache.ts';
import { CORPUS_CORRECTIONS_FILE } from '../../src/lib/server/ingest/index.ts';
import { DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { answersOf, storeRows } from './store-reading.ts';
import { writeCorpus } from '../store/corpus.ts';

let root: string;
let corpus: string;
let out: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-incremental-'));
	corpus = join(root, 'corpus');
	out = join(root, 'out');
	writeCorpus(corpus);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ingest = (stats = { parsed: 0 }, extra: Partial<IngestOptions> = {}, outDir = out) =>
	runIngest({ corpusDir: corpus, outDir, createGeoparser: fakeGeoparser(stats), topicsFile: DEFAULT_TOPICS_FILE, staticFilesLimit: 0, ...extra });

const rows = storeRows;

/** The summary's corpus figures (not how the run went). */
const figures = (summary: Awaited<ReturnType<typeof runIngest>>) => {
	const { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces } = summary;
	return { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces, topics: summary.topics.count };
};

function editCorpus(): void {
	writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed near Aghdam.');
	unlinkSync(join(corpus, 'e.txt'));
	writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam. Deminers from Baku cleared the road to Shusha and Atlantis.');
	// not a document: skipped, and its record keeps the reason
	writeFileSync(join(corpus, 'g.txt'), '\u0000binary');
}

async function freshIngest(): Promise<{ dir: string; summary: Awaited<ReturnType<typeof runIngest>> }> {
	const dir = join(root, 'fresh');
	return { dir, summary: await ingest({ parsed: 0 }, { staticFiles: true }, dir) };
}

describe('incremental ingest', () => {
	it('gives the store a fresh full ingest gives, reading and geoparsing only the changed and added files', async () => {
		await ingest();
		editCorpus();
		const stats = { parsed: 0 };
		const summary = await ingest(stats);
		expect(summary.incremental).toEqual({ changed: 3, removed: 1 });
		expect(stats.parsed).toBe(2);
		expect(summary.geoparsed).toBe(2);
		const fresh = await freshIngest();
		expect(fresh.summary.incremental).toBeUndefined();
		expect(figures(summary)).toEqual(figures(fresh.summary));
		expect(summary.skipped.map((s) => s.path)).toEqual(['g.txt']);
		expect(await answersOf(out)).toEqual(await answersOf(fresh.dir));
		// the rows themselves, not only the answers: same documents, mentions, place totals and per-topic counts
		for (const sql of [
			'SELECT id, file, title, hash, mention_count FROM documents ORDER BY id',
			'SELECT d.id, m.start, m.end, p.id AS place, m.usage, m.score FROM mentions m JOIN documents d ON d.key = m.doc JOIN places p ON p.key = m.place ORDER BY 1, 2',
			'SELECT id, name, document_count, mention_count, first_day, last_day FROM places ORDER BY id',
			'SELECT topic, p.id, tp.documents, tp.mentions, tp.first_day, tp.last_day FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY topic, p.id',
			'SELECT topic, documents FROM topic_documents ORDER BY topic',
			'SELECT pm.month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2',
			'SELECT path, size, entry FROM ingest_files ORDER BY path'
		])
			expect(rows(out, sql), sql).toEqual(rows(fresh.dir, sql));
		expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts).toEqual(JSON.parse(readFileSync(join(fresh.dir, 'manifest.json'), 'utf8')).counts);
	});

	it('does nothing when no file changed, and a further change builds on the incremental run', async () => {
		await ingest();
		editCorpus();
		await ingest();
		const stats = { parsed: 0 };
		// nothing changed: the geoparser (and its gazetteer) is never opened
		let opened = 0;
		const again = await ingest(stats, { createGeoparser: () => (opened++, fakeGeoparser()()) });
		expect(again).toMatchObject({ upToDate: true, incremental: { changed: 0, removed: 0 }, geoparsed: 0 });
		expect(stats.parsed).toBe(0);
		expect(opened).toBe(0);
		writeFileSync(join(corpus, 'a.txt'), 'date 2022-04-02\n\nDemining in Baku\n\nDeminers met in Baku.');
		const summary = await ingest(stats);
		expect(summary.incremental).toEqual({ changed: 1, removed: 0 });
		expect(stats.parsed).toBe(1);
		const fresh = await freshIngest();
		expect(figures(summary)).toEqual(figures(fresh.summary));
		expect(await answersOf(out)).toEqual(await answersOf(fresh.dir));
	});

	it('keeps what each correction changed, corpus-wide, through changed and removed files', async () => {
		writeFileSync(join(corpus, CORPUS_CORRECTIONS_FILE), JSON.stringify({ corrections: [{ action: 'resolve', name: 'Georgia', placeId: 'test:georgia' }, { action: 'not-a-place', name: 'Minsk' }] }));
		writeFileSync(join(corpus, 'g.md'), '---\ntitle: Georgia again\ndate: 2024-02-01\n---\nGeorgia and Minsk, then Georgia.');
		await ingest();
		writeFileSync(join(corpus, 'c.md'), '---\ntitle: Cholera fears\ndate: 2024-01-05\n---\nA cholera outbreak was reported in Baku.');
		unlinkSync(join(corpus, 'd.txt'));
		const summary = await ingest();
		expect(summary.incremental).toEqual({ changed: 1, removed: 1 });
		const fresh = await freshIngest();
		expect(summary.corrections).toEqual(fresh.summary.corrections);
		expect(summary.corrections.map((c) => c.changed)).toEqual([2, 1]);
		expect(figures(summary)).toEqual(figures(fresh.summary));
		expect(await answersOf(out)).toEqual(await answersOf(fresh.dir));
	});

	it('removes a file without opening the geoparser', async () => {
		await ingest();
		unlinkSync(join(corpus, 'b.txt'));
		let opened = 0;
		const summary = await ingest({ parsed: 0 }, { createGeoparser: () => (opened++, fakeGeoparser()()) });
		expect(summary.incremental).toEqual({ changed: 0, removed: 1 });
		expect(opened).toBe(0);
		const fresh = await freshIngest();
		expect(figures(summary)).toEqual(figures(fresh.summary));
		expect(await answersOf(out)).toEqual(await answersOf(fresh.dir));
	});

	it('marks the JSON files, which publish and export make again from the corpus', async () => {
		await ingest();
		editCorpus();
		await ingest();
		expect(existsSync(correctionsPendingPath(out))).toBe(true);
		await refreshStaticOutput(out, { createGeoparser: fakeGeoparser() });
		expect(existsSync(correctionsPendingPath(out))).toBe(false);
		const fresh = await freshIngest();
		const features = (dir: string) => (JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlacesCollection).features;
		expect(features(out)).toEqual(features(fresh.dir));
		expect(readFileSync(join(out, 'documents.json'), 'utf8')).toBe(readFileSync(join(fresh.dir, 'documents.json'), 'utf8'));
	});

	it('runs the full ingest for a corpus below the limit, another taxonomy or a document id two files claim', async () => {
		await ingest({ parsed: 0 }, { staticFilesLimit: 100 });
		editCorpus();
		expect((await ingest({ parsed: 0 }, { staticFilesLimit: 100 })).incremental).toBeUndefined();
		// the same id from another file: which one wins depends on the order of every file
		writeFileSync(join(corpus, 'h.md'), '---\nid: a\ntitle: Another a\n---\nIn Baku.');
		expect((await ingest()).incremental).toBeUndefined();
		unlinkSync(join(corpus, 'h.md'));
		await ingest();
		writeFileSync(join(corpus, 'c.md'), '---\ntitle: Cholera fears in Georgia\ndate: 2024-01-05\n---\nA cholera outbreak was reported in Georgia. Doctors from Minsk flew in.');
		const other = join(root, 'topics.json');
		writeFileSync(other, JSON.stringify({ topics: [{ id: 'health', label: 'Health', terms: ['cholera'] }] }));
		expect((await ingest({ parsed: 0 }, { topicsFile: other })).incremental).toBeUndefined();
	});

	it('leaves the previous store when killed inside its write', async () => {
		await ingest();
		editCorpus();
		const before = ['SELECT id, hash FROM documents ORDER BY id', 'SELECT id, document_count, mention_count FROM places ORDER BY id', 'SELECT path, size, mtime FROM ingest_files ORDER BY path', `SELECT key, value FROM meta WHERE key <> 'version' ORDER BY key`].map((sql) => rows(out, sql));
		const child = spawn(process.execPath, ['--import', 'tsx', new URL('./incremental-writer.ts', import.meta.url).pathname, corpus, out], { stdio: ['ignore', 'pipe', 'inherit'] });
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
				child.on('exit', (code) => reject(new Error(`the ingest exited before its write (${code})`)));
			});
			// inside the transaction: the rollback journal holds the pages it changed
			expect(existsSync(join(out, `${STORE_FILE}-journal`))).toBe(true);
		} finally {
			// a failed expectation must not leave the hanging writer behind
			child.kill('SIGKILL');
			if (child.exitCode === null) await new Promise((resolve) => child.once('close', resolve));
		}
		const after = ['SELECT id, hash FROM documents ORDER BY id', 'SELECT id, document_count, mention_count FROM places ORDER BY id', 'SELECT path, size, mtime FROM ingest_files ORDER BY path', `SELECT key, value FROM meta WHERE key <> 'version' ORDER BY key`].map((sql) => rows(out, sql));
		expect(after).toEqual(before);
		// the next run finds the same changes and completes them
		const summary = await ingest();
		expect(summary.incremental).toEqual({ changed: 3, removed: 1 });
		const fresh = await freshIngest();
		expect(await answersOf(out)).toEqual(await answersOf(fresh.dir));
	});
});
