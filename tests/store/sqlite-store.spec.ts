// The embedded store written by ingest: it answers like the JSON output (both explorer paths agree),
// a changed, added or removed file touches only its own rows, and a killed write changes nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentFull, DocumentSummary, PlaceExcerpts, PlacesCollection, TopicSummary } from '../../src/lib/contracts.ts';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { applyFilters, buildIndex } from '../../src/lib/state/filter.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/state/url.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { ftsQuery } from '../../src/lib/store/text.ts';
import type { Store } from '../../src/lib/store/types.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { STORE_CORPUS, writeCorpus } from './corpus.ts';
import { DATE_FILTERS, storeAnswers } from './store-answers.ts';

let root: string;
let corpus: string;
let out: string;
let store: Store | null = null;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-store-'));
	corpus = join(root, 'corpus');
	out = join(root, 'out');
	writeCorpus(corpus);
});
afterEach(async () => {
	await store?.close();
	store = null;
	rmSync(root, { recursive: true, force: true });
});

const ingest = () => runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
const open = () => (store = openSqliteStore(join(out, STORE_FILE)));
const rows = (sql: string) => {
	const db = new Database(join(out, STORE_FILE), { readonly: true });
	try {
		return db.prepare(sql).all();
	} finally {
		db.close();
	}
};

const FILTERS: Filters[] = [
	EMPTY_FILTERS,
	{ ...EMPTY_FILTERS, topics: ['mine-action'] },
	{ ...EMPTY_FILTERS, topics: ['reconstruction', 'diplomacy'] },
	{ ...EMPTY_FILTERS, from: '2023-01-01', to: '2024-01' },
	{ ...EMPTY_FILTERS, kinds: ['city'] },
	{ ...EMPTY_FILTERS, q: 'AZERB' },
	{ ...EMPTY_FILTERS, q: 'a' },
	{ ...EMPTY_FILTERS, q: 'lachin', from: '2023-06-05' },
	{ ...EMPTY_FILTERS, q: 'a', from: '2023-06-05', to: '2024-01-10' },
	{ ...EMPTY_FILTERS, doc: 'd', kinds: ['city', 'corridor'] },
	...DATE_FILTERS
];

describe('the embedded store', () => {
	it('answers every filter with the same counts as the JSON output, mentions counted in the filtered documents', async () => {
		await ingest();
		const s = open();
		await expectAnswersOfJsonOutput(s);
		// a topic filter: a place's mentions are those in the topic's documents only
		const topical = await s.place('test:baku', { ...EMPTY_FILTERS, topics: ['mine-action'] });
		expect(topical!.mentionCount).toBeLessThan(readJson<PlacesCollection>('places.geojson').features.find((f) => f.id === 'test:baku')!.properties.mentionCount);
	});

	it('answers the same after reading ahead what a place search needs (the server does at start)', async () => {
		await ingest();
		const s = open();
		await s.prepare!();
		await expectAnswersOfJsonOutput(s);
	});

	it('answers a write as a store opened afresh does when what a place search needs is read ahead again (a server after a write)', async () => {
		await ingest();
		const s = (store = openSqliteStore(join(out, STORE_FILE), { readonly: true }));
		await s.prepare!();
		await storeAnswers(s);
		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nDemining near Lachin\n\nMine clearance on the Lachin corridor, landmines near Baku. Reconstruction of housing in Shusha.');
		unlinkSync(join(corpus, 'a.txt'));
		await ingest();
		await s.prepare!();
		const fresh = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		try {
			expect(await storeAnswers(s)).toEqual(await storeAnswers(fresh));
		} finally {
			await fresh.close();
		}
	});

	it('keeps its per-topic place counts through a re-ingest of changed files; a file from before them is filled when opened for writing', async () => {
		await ingest();
		const s = open();
		// asked before the change: the answers are cached for the store's version, which the write bumps
		await expectAnswersOfJsonOutput(s);
		// b now has two topics: demining and reconstruction
		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nDemining near Lachin\n\nMine clearance on the Lachin corridor, landmines near Baku. Reconstruction of housing in Shusha.');
		unlinkSync(join(corpus, 'a.txt'));
		await ingest();
		await expectAnswersOfJsonOutput(s);
		expect(readJson<DocumentSummary[]>('documents.json').find((d) => d.id === 'b')!.topics.length).toBeGreaterThan(1);
		const counts = () => [rows('SELECT * FROM topic_places ORDER BY topic, place'), rows('SELECT * FROM topic_documents ORDER BY topic'), rows('SELECT * FROM place_months ORDER BY month, place')];
		const stored = counts();
		expect(stored[0]!.length).toBeGreaterThan(0);
		expect(stored[1]!.length).toBeGreaterThan(0);
		expect(stored[2]!.length).toBeGreaterThan(0);
		await store!.close();
		store = null;
		// computed from the rows, the tables are what the writes kept
		const db = new Database(join(out, STORE_FILE));
		db.exec('DROP TABLE topic_places; DROP TABLE topic_documents; DROP TABLE place_months');
		db.close();
		const old = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		await expectAnswersOfJsonOutput(old);
		await old.close();
		openSqliteStore(join(out, STORE_FILE)).close();
		expect(counts()).toEqual(stored);
	});

	it('does not trust per-month counts a gazette from before them left stale by a write, and makes them again when opened for writing', async () => {
		await ingest();
		const kept = rows('SELECT * FROM place_months ORDER BY month, place');
		expect(kept.length).toBeGreaterThan(0);
		// an older gazette's write: rows and version change, place_months stays as it was (here: wrong)
		const db = new Database(join(out, STORE_FILE));
		db.exec(`UPDATE place_months SET documents = documents + 7, mentions = mentions + 7; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'`);
		db.close();
		const old = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		await expectAnswersOfJsonOutput(old);
		await old.close();
		openSqliteStore(join(out, STORE_FILE)).close();
		expect(rows('SELECT * FROM place_months ORDER BY month, place')).toEqual(kept);
	});

	it("keeps its per-topic counts through a correction's mentions-only write that takes a document's last place", async () => {
		await ingest();
		const s = open();
		const before = await s.summary({ ...EMPTY_FILTERS, topics: ['mine-action'] });
		const a = (await s.document('a'))!;
		const state = await s.state();
		await s.writeMentions({
			documents: [{ id: 'a', hash: 'no places', mentionCount: 0, removeMentions: a.mentions.map((m) => [m.start, m.end]), putMentions: [], removePlaces: a.placeIds, putPlaces: [] }],
			places: [],
			corrections: [],
			manifest: (await s.storedManifest())!,
			state,
			expected: state
		});
		const after = await s.summary({ ...EMPTY_FILTERS, topics: ['mine-action'] });
		expect(after.documentCount).toBe(before.documentCount - 1);
		expect(after.topicCounts['mine-action']!.documents).toBe(before.topicCounts['mine-action']!.documents - 1);
		const counts = () => [rows('SELECT * FROM topic_places ORDER BY topic, place'), rows('SELECT * FROM topic_documents ORDER BY topic'), rows('SELECT * FROM place_months ORDER BY month, place')];
		const kept = counts();
		await store!.close();
		store = null;
		// the same as computed from the rows
		const db = new Database(join(out, STORE_FILE));
		db.exec('DROP TABLE topic_places; DROP TABLE topic_documents; DROP TABLE place_months');
		db.close();
		openSqliteStore(join(out, STORE_FILE)).close();
		expect(counts()).toEqual(kept);
	});

	/** Counts, kinds, topics and each place's figures under every filter, as the JSON output's explorer computes them. */
	async function expectAnswersOfJsonOutput(s: Store): Promise<void> {
		const places = readJson<PlacesCollection>('places.geojson').features;
		const documents = readJson<DocumentSummary[]>('documents.json');
		const index = buildIndex(places, documents, readJson<TopicSummary[]>('topics.json'));
		expect((await s.info())!.topics).toEqual(readJson<TopicSummary[]>('topics.json'));
		// every topic, and every two and three of them (a document with several is counted once)
		const ids = index.topics.map((t) => t.id);
		const sets = [...ids.map((a) => [a]), ...ids.flatMap((a, i) => ids.slice(i + 1).flatMap((b, j) => [[a, b], ...ids.slice(i + j + 2).map((c) => [a, b, c])]))];
		for (const filters of [...FILTERS, ...sets.map((topics) => ({ ...EMPTY_FILTERS, topics })), { ...EMPTY_FILTERS, topics: ['mine-action'], q: 'ba' }]) {
			const expected = applyFilters(index, filters);
			const summary = await s.summary(filters);
			const label = JSON.stringify(filters);
			expect(summary.placeCount, label).toBe(expected.placeCount);
			expect(summary.documentCount, label).toBe(expected.documentCount);
			expect(summary.mentionCount, label).toBe(expected.mentionCount);
			expect(summary.kindCounts, label).toEqual(Object.fromEntries(expected.kindCounts));
			expect(summary.topicCounts, label).toEqual(Object.fromEntries(expected.topicCounts));
			const page = await s.places(filters, 'documents', 0, 1000);
			const byId = new Map(page.places.map((p) => [p.id, p]));
			expect(page.total).toBe(expected.placeCount);
			for (const i of expected.visible) {
				const row = byId.get(places[i]!.properties.id)!;
				expect([row.documentCount, row.mentionCount], `${label} ${row.id}`).toEqual([expected.placeDocCount[i], expected.placeMentionCount[i]]);
			}
		}
	}

	it('gives the same documents and excerpts as the JSON output', async () => {
		await ingest();
		const s = open();
		for (const summary of readJson<DocumentSummary[]>('documents.json')) {
			expect(await s.document(summary.id)).toEqual(readJson<DocumentFull>(`docs/${summary.file}.json`));
		}
		for (const feature of readJson<PlacesCollection>('places.geojson').features) {
			const expected = readJson<PlaceExcerpts>(`excerpts/${feature.properties.excerptsFile}.json`);
			const page = await s.excerpts(feature.properties.id, EMPTY_FILTERS, 0, 100);
			expect(page.total).toBe(feature.properties.documentCount);
			expect(page.groups).toEqual(expected.groups);
		}
	});

	it('finds documents by their words and lists the places they mention', async () => {
		await ingest();
		const s = open();
		const found = await s.searchDocuments({ ...EMPTY_FILTERS, text: 'CHOLERA' }, 0, 10);
		expect(found.total).toBe(1);
		expect(found.documents[0]).toMatchObject({ id: 'c', title: 'Cholera fears in Georgia' });
		expect(found.documents[0]!.places.map((p) => p.id).sort()).toEqual(['test:baku', 'test:georgia-us']);
		expect((await s.searchDocuments({ ...EMPTY_FILTERS, text: 'demin' }, 0, 10)).documents.map((d) => d.id)).toEqual(['a']);
		// the words filter narrows the map like any document filter
		expect((await s.summary({ ...EMPTY_FILTERS, text: 'cholera' })).placeCount).toBe(2);
		// query syntax in the input is just text
		expect((await s.searchDocuments({ ...EMPTY_FILTERS, text: 'cholera" OR "baku' }, 0, 10)).total).toBe(0);
	});

	it('pages word matches best first, ties by title then id, each page a slice of every match so ordered', async () => {
		// matches that tie (the same words), titles differing in case only, and the same title twice
		const titles = ['baku notes', 'Baku notes', 'Zeta notes', 'alpha notes', 'Alpha notes', 'Baku notes', 'Mid notes'];
		writeCorpus(corpus, { ...STORE_CORPUS, ...Object.fromEntries(titles.map((title, i) => [`n${i}.txt`, `${title}\n\nReport from Baku on demining.`])) });
		await ingest();
		// a file from before the titles' index, read-only, lists the same pages
		const db = new Database(join(out, STORE_FILE));
		const unindexed = join(root, 'unindexed.sqlite');
		await db.backup(unindexed);
		db.close();
		const dropped = new Database(unindexed);
		dropped.exec('DROP INDEX documents_title_id');
		dropped.close();
		const old = openSqliteStore(unindexed, { readonly: true });
		const s = open();
		for (const text of ['baku', 'demin', 'notes', 'baku notes']) {
			const query = ftsQuery(text);
			const expected = rows(
				`SELECT d.id FROM documents_fts f JOIN documents d ON d.key = f.rowid WHERE documents_fts MATCH '${query.replaceAll("'", "''")}' ORDER BY f.rank, d.title, d.id`
			) as { id: string }[];
			const whole = await s.searchDocuments({ ...EMPTY_FILTERS, text }, 0, 1000);
			expect(whole.documents.map((d) => d.id), text).toEqual(expected.map((e) => e.id));
			expect(whole.total).toBe(expected.length);
			for (const size of [1, 2, 3])
				for (let at = 0; at <= expected.length; at++) {
					const page = await s.searchDocuments({ ...EMPTY_FILTERS, text }, at, size);
					expect(page.documents, `${text} ${at}+${size}`).toEqual(whole.documents.slice(at, at + size));
					expect(await old.searchDocuments({ ...EMPTY_FILTERS, text }, at, size)).toEqual(page);
				}
		}
		await old.close();
	});

	it('pages documents under topics in title order, each page a slice of the whole list', async () => {
		await ingest();
		const s = open();
		for (const topics of [['mine-action'], ['reconstruction', 'diplomacy']]) {
			const filters = { ...EMPTY_FILTERS, topics };
			const whole = await s.searchDocuments(filters, 0, 1000);
			const titles = rows(`SELECT d.id FROM documents d WHERE d.key IN (SELECT doc FROM document_topics WHERE topic IN (${topics.map((t) => `'${t}'`).join(', ')})) ORDER BY d.title COLLATE NOCASE, d.id`) as { id: string }[];
			expect(whole.documents.map((d) => d.id)).toEqual(titles.map((t) => t.id));
			expect(whole.total).toBe(titles.length);
			// pages of one: read along the title order and probed for their topics (document-queries.ts)
			for (let at = 0; at <= titles.length; at++) {
				const page = await s.searchDocuments(filters, at, 1);
				expect(page.total).toBe(titles.length);
				expect(page.documents).toEqual(whole.documents.slice(at, at + 1));
			}
		}
	});

	it('rewrites only the rows of a changed, added or removed file', async () => {
		await ingest();
		const before = new Map((rows('SELECT id, key, hash FROM documents') as { id: string; key: number; hash: string }[]).map((r) => [r.id, r]));
		writeFileSync(join(corpus, 'b.txt'), 'date 2023-06-10\n\nThe Lachin corridor\n\nTraffic on the Lachin corridor resumed.');
		unlinkSync(join(corpus, 'e.txt'));
		writeFileSync(join(corpus, 'f.txt'), 'date 2024-03-01\n\nNew in Aghdam\n\nA school opened in Aghdam.');
		await ingest();
		const after = new Map((rows('SELECT id, key, hash FROM documents') as { id: string; key: number; hash: string }[]).map((r) => [r.id, r]));
		for (const id of ['a', 'c', 'd']) expect(after.get(id), id).toEqual(before.get(id));
		expect(after.get('b')!.key).not.toBe(before.get('b')!.key);
		expect(after.has('e')).toBe(false);
		expect(after.has('f')).toBe(true);
		const s = open();
		// Shusha was only in b (before the edit) and e: it is gone, with its rows
		expect(await s.place('test:shusha', EMPTY_FILTERS)).toBeNull();
		expect(rows(`SELECT count(*) AS n FROM mentions m JOIN documents d ON d.key = m.doc WHERE d.id = 'e'`)).toEqual([{ n: 0 }]);
		// the stored totals follow: Aghdam is now in a, d and f (twice: title and text)
		expect(await s.place('test:aghdam', EMPTY_FILTERS)).toMatchObject({ documentCount: 3, mentionCount: 4 });
		// the manifest read alone (what an incremental run reports from) is the one info() gives
		expect(await s.manifest!()).toEqual((await s.info())!.manifest);
		const fresh = mkdtempSync(join(tmpdir(), 'gazette-store-fresh-'));
		try {
			await runIngest({ corpusDir: corpus, outDir: fresh, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
			const other = openSqliteStore(join(fresh, STORE_FILE));
			expect(await other.summary(EMPTY_FILTERS)).toEqual(await s.summary(EMPTY_FILTERS));
			expect(await other.places(EMPTY_FILTERS, 'name', 0, 100)).toEqual(await s.places(EMPTY_FILTERS, 'name', 0, 100));
			await other.close();
		} finally {
			rmSync(fresh, { recursive: true, force: true });
		}
	});

	it("carries a place's first-level division to the JSON output and the store; an older store file gains the column", async () => {
		await ingest();
		const shusha = readJson<PlacesCollection>('places.geojson').features.find((f) => f.id === 'test:shusha')!;
		expect(shusha.properties.admin1Name).toBe('Shusha District');
		expect(readJson<PlacesCollection>('places.geojson').features.find((f) => f.id === 'test:baku')!.properties.admin1Name).toBeNull();
		expect((await open().place('test:shusha', EMPTY_FILTERS))!.admin1Name).toBe('Shusha District');
		await store!.close();
		store = null;
		// a file written before the column: read-only it still answers, opened for writing it gains the column
		const db = new Database(join(out, STORE_FILE));
		db.exec('ALTER TABLE places DROP COLUMN admin1_name');
		db.close();
		const old = openSqliteStore(join(out, STORE_FILE), { readonly: true });
		expect(await old.place('test:shusha', EMPTY_FILTERS)).toMatchObject({ name: 'Shusha', admin1Name: null });
		await old.close();
		openSqliteStore(join(out, STORE_FILE)).close();
		expect(rows(`SELECT count(*) AS n FROM pragma_table_info('places') WHERE name = 'admin1_name'`)).toEqual([{ n: 1 }]);
	});

	it('is left as it was when a write is killed halfway', async () => {
		await ingest();
		const before = rows('SELECT id, hash FROM documents ORDER BY id');
		const places = rows('SELECT id, document_count, mention_count FROM places ORDER BY id');
		const child = spawn(process.execPath, ['--import', 'tsx', new URL('./kill-writer.ts', import.meta.url).pathname, join(out, STORE_FILE)], { stdio: ['ignore', 'pipe', 'inherit'] });
		await new Promise<void>((resolve, reject) => {
			child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('writing') && resolve());
			child.on('exit', (code) => reject(new Error(`the writer exited early (${code})`)));
		});
		child.kill('SIGKILL');
		await new Promise((resolve) => child.once('close', resolve));
		const s = open();
		expect(rows('SELECT id, hash FROM documents ORDER BY id')).toEqual(before);
		expect(rows('SELECT id, document_count, mention_count FROM places ORDER BY id')).toEqual(places);
		expect((await s.searchDocuments({ ...EMPTY_FILTERS, text: 'cholera' }, 0, 10)).total).toBe(1);
	});
});
