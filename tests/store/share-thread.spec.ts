// The server's read-only store lets other requests run between the statements of a long question
// (its start-up warm-up held every request, the page's own files too, for a second at 200,000
// documents), and counts every document naming a place in parts that add up to the whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { everyDocumentReached } from '../../src/lib/store/sql/every-document-reached.ts';
import { sqliteReader } from '../../src/lib/store/sqlite/dialect.ts';
import { STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from './corpus.ts';

let root: string;
let db: Database.Database;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'gazette-share-thread-'));
	writeCorpus(join(root, 'corpus'));
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'out'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
	db = new Database(join(root, 'out', STORE_FILE), { readonly: true });
});
afterAll(() => {
	db.close();
	rmSync(root, { recursive: true, force: true });
});

/** Whether work queued on the event loop ran before the statement answered. */
async function ranFirst(reader: ReturnType<typeof sqliteReader>): Promise<boolean> {
	let ran = false;
	setImmediate(() => (ran = true));
	await reader.get('SELECT 1 AS one');
	return ran;
}

describe('a read-only store that shares the thread', () => {
	it('lets the pending work run before each statement; a store that does not, does not', async () => {
		expect(await ranFirst(sqliteReader(db, { shareThread: true }))).toBe(true);
		expect(await ranFirst(sqliteReader(db))).toBe(false);
	});

	it('counts the documents naming any place in parts that add up to one count over the table', async () => {
		const whole = (db.prepare('SELECT count(DISTINCT doc) AS n FROM document_places').get() as { n: number }).n;
		expect(whole).toBeGreaterThan(1);
		for (const part of [1, 2, 3, 20_000]) expect(await everyDocumentReached(sqliteReader(db, { shareThread: true }), part), `parts of ${part}`).toBe(whole);
	});
});
