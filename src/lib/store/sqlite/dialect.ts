// The embedded store's side of the shared SQL: better-sqlite3 answers synchronously (wrapped as
// promises), key lists travel as JSON, words are matched by FTS5.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { Dialect, SqlReader } from '../sql/dialect.ts';
import { ftsQuery } from '../text.ts';

/** The event loop's pending work (requests, files being sent) runs first. */
const otherWorkFirst = () => new Promise<void>((done) => setImmediate(done));

/**
 * `shareThread`: each statement waits for the event loop's pending work first, so a question of many
 * statements (the server's start-up warm-up: 1 s at 200,000 documents) does not hold every other
 * request, the page's own files too, until it ends. For a read-only connection only: no statement of
 * another question runs inside a write's transaction.
 */
export function sqliteReader(db: Database.Database, options: { shareThread?: boolean } = {}): SqlReader {
	const prepared = new Map<string, Database.Statement>();
	const statement = (sql: string) => {
		let found = prepared.get(sql);
		if (!found) prepared.set(sql, (found = db.prepare(sql)));
		return found;
	};
	if (options.shareThread)
		return {
			all: async <T>(sql: string, params: unknown[] = []) => (await otherWorkFirst(), statement(sql).all(...params) as T[]),
			get: async <T>(sql: string, params: unknown[] = []) => (await otherWorkFirst(), statement(sql).get(...params) as T | undefined)
		};
	return {
		all: async <T>(sql: string, params: unknown[] = []) => statement(sql).all(...params) as T[],
		get: async <T>(sql: string, params: unknown[] = []) => statement(sql).get(...params) as T | undefined
	};
}

/** Writes read documents' days by key from this covering index (schema.ts), not from the rows with their texts. */
export const DAY_INDEX = 'INDEXED BY documents_key_day';

export const SQLITE_DIALECT: Dialect = {
	inKeys: (column) => `${column} IN (SELECT value FROM json_each(?))`,
	keysParam: (keys) => JSON.stringify(keys),
	keyList: (column) => `group_concat(${column})`,
	textQuery: ftsQuery,
	textMatch: 'd.key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)',
	// one index row per document, by its key (written and deleted with it)
	textCount: 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?',
	rankedFrom: 'FROM documents_fts f JOIN documents d ON d.key = f.rowid WHERE documents_fts MATCH ?',
	rankedOrder: 'f.rank',
	rankedParams: (query) => [query],
	// contentless and without positions (schema.ts): FTS5 finds no instances to rank, bm25 is 0 for all
	unranked: { titleIndex: 'documents_title_id', hasTitleIndex: `SELECT 1 AS found FROM sqlite_master WHERE type = 'index' AND name = 'documents_title_id'` },
	titleOrder: 'd.title COLLATE NOCASE',
	readText: (stored) => (typeof stored === 'string' ? stored : inflateRawSync(stored as Buffer).toString('utf8'))
};

/** Document texts are kept deflated: a store near the corpus's size (SQLite does not compress). */
export function storedText(text: string): Buffer {
	return deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 });
}
