import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlaceReach } from '../../src/lib/store/sql/place-reach.ts';
import type { SqlReader } from '../../src/lib/store/sql/dialect.ts';
import { SQLITE_DIALECT, sqliteReader } from '../../src/lib/store/sqlite/dialect.ts';

let db: Database.Database | null = null;
afterEach(() => {
	db?.close();
	db = null;
});

/** Places 1-3 (3 names no document), documents 1-4, topics t (1, 2, 4) and u (3); 5 document–place rows. */
function smallStore(): { reader: SqlReader; statements: string[] } {
	db = new Database(':memory:');
	db.exec(`
		CREATE TABLE places (key INTEGER PRIMARY KEY, document_count INTEGER NOT NULL);
		CREATE TABLE topics (id TEXT PRIMARY KEY, position INTEGER NOT NULL);
		CREATE TABLE document_topics (topic TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (topic, doc)) WITHOUT ROWID;
		CREATE TABLE document_places (doc INTEGER NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (doc, place)) WITHOUT ROWID;
		INSERT INTO places VALUES (1, 3), (2, 2), (3, 0);
		INSERT INTO topics VALUES ('t', 0), ('u', 1);
		INSERT INTO document_topics VALUES ('t', 1), ('t', 2), ('t', 4), ('u', 3);
		INSERT INTO document_places VALUES (1, 1), (2, 1), (2, 2), (3, 2), (4, 1);
	`);
	const reader = sqliteReader(db);
	const statements: string[] = [];
	return {
		statements,
		reader: {
			all: (sql, params) => (statements.push(sql), reader.all(sql, params)),
			get: (sql, params) => (statements.push(sql), reader.get(sql, params))
		}
	};
}

const readsPlaceRows = (statements: string[]) => statements.some((sql) => sql.includes('document_places'));

describe('the documents a place search reaches', () => {
	it('are counted from each place’s documents read ahead, without asking the store again, and the same as asked', async () => {
		const { reader, statements } = smallStore();
		const reach = createPlaceReach(reader, SQLITE_DIALECT);
		const asked = await reach.reach([1, 2, 3]);
		expect(asked).toEqual({ documents: 4, topics: new Map([['t', 3], ['u', 1]]) });
		expect(readsPlaceRows(statements)).toBe(true);

		await reach.prepare();
		statements.length = 0;
		expect(await reach.reach([1, 2, 3])).toEqual(asked);
		expect(await reach.reach([2])).toEqual({ documents: 2, topics: new Map([['t', 1], ['u', 1]]) });
		expect(await reach.reach([3])).toEqual({ documents: 0, topics: new Map() });
		expect(readsPlaceRows(statements)).toBe(false);
	});

	it('asks the store again after a new version (reset) until read ahead again', async () => {
		const { reader, statements } = smallStore();
		const reach = createPlaceReach(reader, SQLITE_DIALECT);
		await reach.prepare();
		reach.reset();
		db!.exec('INSERT INTO document_places VALUES (3, 1); UPDATE places SET document_count = 4 WHERE key = 1');
		statements.length = 0;
		expect((await reach.reach([1])).documents).toBe(4);
		expect(readsPlaceRows(statements)).toBe(true);
		// read ahead again (a server after a write): the new row is among them
		await reach.prepare();
		statements.length = 0;
		expect(await reach.reach([1])).toEqual({ documents: 4, topics: new Map([['t', 3], ['u', 1]]) });
		expect(readsPlaceRows(statements)).toBe(false);
	});

	it('are asked of the store, read ahead or not, while the store holds more document–place rows than the bound', async () => {
		const over = smallStore();
		const bounded = createPlaceReach(over.reader, SQLITE_DIALECT, { readAheadRows: 4 });
		await bounded.prepare();
		await bounded.prepare();
		// counted once for the version (the places' stored counts), not read, and not counted again
		expect(over.statements.filter((sql) => sql.includes('document_count'))).toHaveLength(1);
		expect(readsPlaceRows(over.statements)).toBe(false);
		expect(await bounded.reach([1, 2, 3])).toEqual({ documents: 4, topics: new Map([['t', 3], ['u', 1]]) });
		expect(readsPlaceRows(over.statements)).toBe(true);
		db!.close();

		const under = smallStore();
		const atBound = createPlaceReach(under.reader, SQLITE_DIALECT, { readAheadRows: 5 });
		await atBound.prepare();
		under.statements.length = 0;
		expect((await atBound.reach([1, 2, 3])).documents).toBe(4);
		expect(readsPlaceRows(under.statements)).toBe(false);
	});
});
