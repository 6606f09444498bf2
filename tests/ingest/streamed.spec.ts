// The full ingest of a big corpus streams (streamed.ts): read, geoparsed and written in parts into a
// new store, place totals and per-topic counts computed in the store. It must give the store the
// in-memory full ingest gives (which makes the JSON files), whatever the part size, make the JSON
// files on demand, and leave the previous output and store when killed part-way.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { refreshStaticOutput } from '../../src/lib/server/corrections-store.ts';
import { correctionsPendingPath } from '../../src/lib/server/ingest/cache.ts';
import { CORPUS_CORRECTIONS_FILE, DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { answersOf, storeRows } from './store-reading.ts';
import { openServedStore } from '../../src/cli/commands/serve-common.ts';
import { STORE_CORPUS, writeCorpus } from '../store/corpus.ts';

let root: string;
let corpus: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-streamed-'));
	corpus = join(root, 'corpus');
	writeCorpus(corpus, {
		...STORE_CORPUS,
		// several documents in one file, one of them an id another file has, and files that are skipped
		'f.jsonl': [
			JSON.stringify({ id: 'wire-1', title: 'Wire: Baku', text: 'A wire report from Baku and Shusha.', date: '2024-03-01' }),
			JSON.stringify({ id: 'a', title: 'Another a', text: 'In Minsk.' }),
			JSON.stringify({ id: 'wire-2', title: 'Wire: Georgia', text: 'Georgia and Minsk, then Georgia.', date: '2024-03-02' })
		].join('\n'),
		'g.txt': '\u0000binary',
		'h.txt': 'date 2021-01-01\n\nSalem\n\nSalem, Oregon and Salem, Massachusetts, and the Lachin corridor.'
	});
	writeFileSync(join(corpus, CORPUS_CORRECTIONS_FILE), JSON.stringify({ corrections: [{ action: 'resolve', name: 'Georgia', placeId: 'test:georgia' }, { action: 'not-a-place', name: 'Minsk', documentId: 'd' }] }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ingest = (outDir: string, extra: Partial<IngestOptions> = {}, stats = { parsed: 0 }) =>
	runIngest({ corpusDir: corpus, outDir, createGeoparser: fakeGeoparser(stats), topicsFile: DEFAULT_TOPICS_FILE, staticFilesLimit: 0, ...extra });

/** `dir`: an output folder, or the store file itself */
const rows = storeRows;

/** Every table's rows by their ids (keys are the order rows were written in, which parts may change). */
const TABLES = [
	'SELECT id, file, path, title, date, day, author, source, length, mention_count, hash, text FROM documents ORDER BY id',
	'SELECT d.id, m.start, m.end, p.id AS place, m.usage, m.score FROM mentions m JOIN documents d ON d.key = m.doc JOIN places p ON p.key = m.place ORDER BY 1, 2',
	'SELECT d.id, p.id AS place, dp.mentions, dp.excerpts FROM document_places dp JOIN documents d ON d.key = dp.doc JOIN places p ON p.key = dp.place ORDER BY 1, 2',
	'SELECT id, name, kind, country, country_name, admin1_name, lat, lon, geoname_id, geometry, search, document_count, mention_count, first_day, last_day FROM places ORDER BY id',
	'SELECT t.topic, d.id, t.position, t.terms FROM document_topics t JOIN documents d ON d.key = t.doc ORDER BY 1, 2',
	'SELECT tp.topic, p.id, tp.documents, tp.mentions, tp.first_day, tp.last_day FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY 1, 2',
	'SELECT topic, documents FROM topic_documents ORDER BY topic',
	'SELECT pm.month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2',
	'SELECT id, label, position FROM topics ORDER BY position',
	'SELECT position, correction, changed FROM corrections ORDER BY position',
	'SELECT path, size, mtime, entry FROM ingest_files ORDER BY path'
];

const figures = (summary: Awaited<ReturnType<typeof runIngest>>) => {
	const { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces, geoparsed } = summary;
	return { documents, places, mentions, unresolved, unresolvedNames, skipped, capped, corrections, invalidPlaces, geoparsed, topics: summary.topics };
};

describe('streamed full ingest', () => {
	it('gives the store the in-memory full ingest gives, in parts of any size, and makes the JSON files on demand', async () => {
		const whole = join(root, 'whole');
		const expected = await ingest(whole, { staticFiles: true });
		expect(existsSync(join(whole, 'places.geojson'))).toBe(true);
		for (const partFiles of [1, 3, 500]) {
			const out = join(root, `parts-${partFiles}`);
			const summary = await ingest(out, { partFiles });
			expect(figures(summary)).toEqual(figures(expected));
			// both corrections changed mentions, in the parts as in the whole
			expect(summary.corrections.every((c) => c.changed > 0)).toBe(true);
			for (const sql of TABLES) expect(rows(out, sql), `${sql} (parts of ${partFiles})`).toEqual(rows(whole, sql));
			expect(await answersOf(out)).toEqual(await answersOf(whole));
			const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: unknown };
			expect(manifest(out).counts).toEqual(manifest(whole).counts);
			// no JSON files yet, and marked: publish and export make them first
			expect(existsSync(join(out, 'places.geojson'))).toBe(false);
			expect(existsSync(join(out, 'docs'))).toBe(false);
			expect(existsSync(correctionsPendingPath(out))).toBe(true);
		}
		const out = join(root, 'parts-3');
		await refreshStaticOutput(out, { createGeoparser: fakeGeoparser() });
		expect(existsSync(correctionsPendingPath(out))).toBe(false);
		const features = (dir: string) => (JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlacesCollection).features;
		expect(features(out)).toEqual(features(whole));
		expect(readFileSync(join(out, 'documents.json'), 'utf8')).toBe(readFileSync(join(whole, 'documents.json'), 'utf8'));
	});

	it('geoparses nothing when run again on the same corpus, and discovers topics from the sample the whole corpus gives', async () => {
		const out = join(root, 'out');
		const whole = join(root, 'whole');
		const first = await ingest(out, { topicsFile: undefined, partFiles: 2 });
		const expected = await ingest(whole, { topicsFile: undefined, staticFiles: true });
		expect(first.topics.source).toBe('discovered');
		expect(readFileSync(join(out, 'topics.discovered.json'), 'utf8')).toBe(readFileSync(join(whole, 'topics.discovered.json'), 'utf8'));
		expect(figures(first)).toEqual(figures(expected));
		const stats = { parsed: 0 };
		const again = await ingest(out, { topicsFile: undefined, partFiles: 2 }, stats);
		expect(again.upToDate).toBe(true);
		expect(stats.parsed).toBe(0);
	});

	it('leaves the previous output and store when killed part-way', async () => {
		const out = join(root, 'out');
		await ingest(out, { partFiles: 2 });
		const listing = () => readdirSync(out).sort();
		const before = { files: listing(), rows: TABLES.map((sql) => rows(out, sql)), meta: rows(out, `SELECT key, value FROM meta ORDER BY key`) };
		// another taxonomy: the full ingest runs again, into a new store
		const topics = join(root, 'topics.json');
		writeFileSync(topics, JSON.stringify({ topics: [{ id: 'health', label: 'Health', terms: ['cholera'] }] }));
		const child = spawn(process.execPath, ['--import', 'tsx', new URL('./streamed-writer.ts', import.meta.url).pathname, corpus, out, topics], { stdio: ['ignore', 'pipe', 'inherit'] });
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('second part') && resolve());
				child.on('exit', (code) => reject(new Error(`the ingest exited before its second part (${code})`)));
			});
			// the first part is in the new store, in the new folder beside the output
			expect(readdirSync(root).some((name) => name.startsWith('.out.tmp-'))).toBe(true);
		} finally {
			child.kill('SIGKILL');
			if (child.exitCode === null) await new Promise((resolve) => child.once('close', resolve));
		}
		expect({ files: listing(), rows: TABLES.map((sql) => rows(out, sql)), meta: rows(out, `SELECT key, value FROM meta ORDER BY key`) }).toEqual(before);
		// the next run clears what the killed one left and completes
		const summary = await ingest(out, { topicsFile: topics, partFiles: 2 });
		expect(summary.topics.count).toBe(1);
		expect(readdirSync(root).filter((name) => name.startsWith('.out.'))).toEqual([]);
		const whole = join(root, 'whole');
		await ingest(whole, { topicsFile: topics, staticFiles: true });
		for (const sql of TABLES) expect(rows(out, sql), sql).toEqual(rows(whole, sql));
	});

	it('an explorer on --store sqlite:PATH answers from the file a full ingest put in its place', async () => {
		const out = join(root, 'out');
		const store = join(root, 'elsewhere.sqlite');
		await ingest(out, { partFiles: 2, store: { kind: 'sqlite', path: store } });
		const served = await openServedStore({ kind: 'sqlite', path: store });
		try {
			const before = (await served.get()!.info())!.topics.map((t) => t.id);
			expect(before.length).toBeGreaterThan(1);
			// another taxonomy: a full ingest, which renames a new file over the store
			const topics = join(root, 'topics.json');
			writeFileSync(topics, JSON.stringify({ topics: [{ id: 'health', label: 'Health', terms: ['cholera'] }] }));
			await ingest(out, { topicsFile: topics, partFiles: 2, store: { kind: 'sqlite', path: store } });
			expect((await served.get()!.info())!.topics.map((t) => t.id)).toEqual(['health']);
			expect((await served.get()!.info())!.manifest.counts).toEqual(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).counts);
		} finally {
			await served.close();
		}
	});

	it('leaves a store given with --store sqlite:PATH when killed part-way, and the next run removes what it left', async () => {
		const out = join(root, 'out');
		const store = join(root, 'elsewhere.sqlite');
		await ingest(out, { partFiles: 2, store: { kind: 'sqlite', path: store } });
		const before = TABLES.map((sql) => rows(store, sql));
		const topics = join(root, 'topics.json');
		writeFileSync(topics, JSON.stringify({ topics: [{ id: 'health', label: 'Health', terms: ['cholera'] }] }));
		const child = spawn(process.execPath, ['--import', 'tsx', new URL('./streamed-writer.ts', import.meta.url).pathname, corpus, out, topics, store], { stdio: ['ignore', 'pipe', 'inherit'] });
		try {
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('second part') && resolve());
				child.on('exit', (code) => reject(new Error(`the ingest exited before its second part (${code})`)));
			});
		} finally {
			child.kill('SIGKILL');
			if (child.exitCode === null) await new Promise((resolve) => child.once('close', resolve));
		}
		// the new store, beside the one it was to replace
		expect(readdirSync(root).filter((name) => name.startsWith('elsewhere.sqlite.tmp-'))).toHaveLength(1);
		expect(TABLES.map((sql) => rows(store, sql))).toEqual(before);
		const summary = await ingest(out, { topicsFile: topics, partFiles: 2, store: { kind: 'sqlite', path: store } });
		expect(summary.topics.count).toBe(1);
		expect(readdirSync(root).filter((name) => name.startsWith('elsewhere.sqlite.'))).toEqual([]);
	});
});
