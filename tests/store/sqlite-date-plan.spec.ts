// A date range's first answer reads, for the documents of the range, which places they name and how
// often: from the (doc, place, mentions) index, not from document_places' rows, which carry the
// excerpts (at 200,000 documents 300 MB against 15 MB; the range's answer 434-463 → 356-367 ms); and
// its per-place counts add up the stored per-month counts of the months wholly inside it, grouping only
// the documents of its first and last month (the answer's CPU 410-413 → 201-220 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { answerRoute } from '../../src/lib/server/api/routes.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from './corpus.ts';

let root: string;
let storePath: string;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'gazette-date-plan-'));
	writeCorpus(join(root, 'corpus'));
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'out'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
	storePath = join(root, 'out', STORE_FILE);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Run = (...args: unknown[]) => unknown;

/** Every statement the store runs while `work` runs, with its parameters. */
async function statementsOf(work: () => Promise<unknown>): Promise<{ sql: string; args: unknown[] }[]> {
	const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate', Run>;
	const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
	const seen: { sql: string; args: unknown[] }[] = [];
	for (const name of ['all', 'get', 'iterate'] as const)
		proto[name] = function (this: { source: string }, ...args: unknown[]) {
			seen.push({ sql: this.source, args });
			return originals[name].apply(this, args);
		};
	try {
		await work();
	} finally {
		Object.assign(proto, originals);
	}
	return seen;
}

describe('a date range on the embedded store', () => {
	it("reads the months inside it from their stored counts, and each document's places from the narrow index", async () => {
		const store = openSqliteStore(storePath, { readonly: true });
		let statements: { sql: string; args: unknown[] }[];
		try {
			statements = await statementsOf(() => answerRoute(store, 'view', new URLSearchParams('from=2023-01-01&to=2024-01')));
		} finally {
			await store.close();
		}
		const db = new Database(storePath, { readonly: true });
		try {
			const byDocument: string[] = [];
			for (const { sql, args } of statements) {
				if (!/document_places/.test(sql) || !/day/.test(sql)) continue;
				const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((row) => row.detail);
				// document_places looked up by its document
				byDocument.push(...plan.filter((detail) => /^SEARCH dp .*\(doc=\?/.test(detail)));
			}
			expect(byDocument.length).toBeGreaterThanOrEqual(3);
			// the per-place counts of the months wholly inside the range (2023-02 to 2023-12) are read from
			// their stored sums, and only the first and last month's documents are grouped (sql/place-months.ts)
			expect(statements.filter(({ sql }) => /FROM place_months WHERE month/.test(sql)).map(({ args }) => args)).toEqual([['2023-01', '2024-01']]);
			expect(statements.filter(({ sql }) => /GROUP BY dp\.place/.test(sql)).map(({ args }) => args)).toEqual([['2023-01-01', '2023-01-99', '2024-01', '2024-01-99']]);
			expect(byDocument.filter((detail) => !detail.includes('COVERING INDEX document_places_doc_mentions'))).toEqual([]);
		} finally {
			db.close();
		}
	});
});
