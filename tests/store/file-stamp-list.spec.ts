// The compact list of every corpus file's stamp: patched after a write it equals the list made from the
// rows as they end up, and the embedded store keeps it equal to ingest_files whoever writes that table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listPaths, patchStampList, stampListOf } from '../../src/lib/store/file-stamp-list.ts';
import { STAMP_CHUNK_FILES } from '../../src/lib/store/sqlite/file-stamps.ts';
import { openSqliteStore } from '../../src/lib/store/sqlite/index.ts';
import type { FileStampList, IngestFileRow, StoreChange } from '../../src/lib/store/types.ts';

const row = (path: string, size: number, mtimeMs = size * 1000.25): IngestFileRow => ({ path, size, mtimeMs, entry: '{"documents":[]}' });
const plain = (list: FileStampList) => ({ count: list.count, paths: listPaths(list), sizes: [...list.sizes], mtimes: [...list.mtimes] });

/** A seeded random number generator (a failure is the same on every run). */
function random(seed: number): () => number {
	let state = seed;
	return () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('patchStampList', () => {
	it('equals the list made from the rows as a write leaves them, for removals, replacements and new paths anywhere', () => {
		const next = random(7);
		const names = Array.from({ length: 60 }, (_, i) => `${['a', 'b/', 'b/c', 'é', 'z'][i % 5]}${i}.txt`);
		for (let round = 0; round < 200; round++) {
			const rows = new Map(names.filter(() => next() < 0.5).map((name) => [name, row(name, Math.floor(next() * 100))]));
			const list = stampListOf([...rows.values()]);
			const remove = names.filter(() => next() < 0.1);
			const put = names.filter(() => next() < 0.1).map((name) => row(name, 1000 + Math.floor(next() * 100)));
			if (next() < 0.2 && put.length > 0) put.push(row(put[0]!.path, 5000));
			// as the writer applies them: removals, then puts (the last of a path wins)
			for (const path of remove) rows.delete(path);
			for (const r of put) rows.set(r.path, r);
			expect(plain(patchStampList(list, remove, put))).toEqual(plain(stampListOf([...rows.values()])));
		}
	});

	it('patches an empty list and empties a list', () => {
		const one = patchStampList(stampListOf([]), [], [row('x.txt', 3)]);
		expect(plain(one)).toEqual({ count: 1, paths: ['x.txt'], sizes: [3], mtimes: [3000.75] });
		expect(plain(patchStampList(one, ['x.txt'], []))).toEqual({ count: 0, paths: [], sizes: [], mtimes: [] });
		expect(plain(patchStampList(one, ['gone.txt'], []))).toEqual(plain(one));
	});
});

describe('the embedded store keeps the list', () => {
	let root: string | null = null;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = null;
	});
	const change = (files: StoreChange['files']): StoreChange => ({
		upsert: [],
		remove: [],
		places: [],
		topics: [],
		corrections: [],
		manifest: { schemaVersion: 1, generator: 'test', generatedAt: '', corpus: 'c', counts: { documents: 0, places: 0, mentions: 0, unresolved: 0, skipped: 0 }, attribution: [] },
		state: {},
		files
	});
	const tableList = (path: string) => {
		const db = new Database(path, { readonly: true });
		try {
			return plain(stampListOf((db.prepare('SELECT path, size, mtime AS mtimeMs FROM ingest_files').all() as IngestFileRow[])));
		} finally {
			db.close();
		}
	};
	const kept = (path: string) => {
		const db = new Database(path, { readonly: true });
		try {
			return db.prepare('SELECT count FROM ingest_file_chunks').all().length;
		} finally {
			db.close();
		}
	};

	it('after every kind of write, and made again after a write that does not keep it (an older gazette)', async () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-stamps-'));
		const file = join(root, 'gazette.sqlite');
		const store = openSqliteStore(file);
		try {
			await store.write(change({ put: [row('b.txt', 2), row('a.txt', 1), row('c/d.txt', 4)], remove: [], replace: true }));
			expect(kept(file)).toBe(1);
			expect(plain(await store.fileStampList!())).toEqual(tableList(file));
			await store.write(change({ put: [row('b.txt', 20), row('c.txt', 3)], remove: ['a.txt', 'c/d.txt'] }));
			expect(kept(file)).toBe(1);
			expect(plain(await store.fileStampList!())).toEqual({ count: 2, paths: ['b.txt', 'c.txt'], sizes: [20, 3], mtimes: [20005, 3000.75] });
			// written in parts: the last part makes it
			await store.write({ ...change({ put: [row('p1.txt', 1)], remove: [] }), inParts: 'part' });
			await store.write({ ...change({ put: [row('p2.txt', 2)], remove: [] }), inParts: 'part' });
			expect(kept(file)).toBe(0);
			await store.write({ ...change(undefined), inParts: 'last' });
			expect(kept(file)).toBe(1);
			expect(plain(await store.fileStampList!())).toEqual(tableList(file));
			expect(tableList(file).paths).toEqual(['b.txt', 'c.txt', 'p1.txt', 'p2.txt']);
			// read again with no write in between: the list read before (an incremental run's write patches
			// the list its comparison read, not a second copy)
			const read = await store.fileStampList!();
			expect(await store.fileStampList!()).toBe(read);
			// a write that knows nothing of the list (another program, an older gazette): its triggers drop it
			const other = new Database(file);
			other.prepare('UPDATE ingest_files SET size = 99 WHERE path = ?').run('c.txt');
			other.prepare('DELETE FROM ingest_files WHERE path = ?').run('p1.txt');
			other.close();
			expect(kept(file)).toBe(0);
			expect(plain(await store.fileStampList!())).toEqual({ count: 3, paths: ['b.txt', 'c.txt', 'p2.txt'], sizes: [20, 99, 2], mtimes: [20005, 3000.75, 2000.5] });
			// and the list made again is kept
			expect(kept(file)).toBe(1);
		} finally {
			await store.close();
		}
	});
	it('reads the stamps and the state of one commit, whatever another process writes between the reads', async () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-stamps-'));
		const file = join(root, 'gazette.sqlite');
		const store = openSqliteStore(file);
		const prepare = Database.prototype.prepare;
		try {
			await store.write({ ...change({ put: [row('a.txt', 1), row('b.txt', 2)], remove: [], replace: true }), state: { totals: 'before' } });
			// another process's write of a changed file and its totals, tried as the state is about to be read
			let tried = false;
			Database.prototype.prepare = function (this: Database.Database, source: string) {
				if (!tried && source.includes("'state:%'")) {
					tried = true;
					const other = new Database(file, { timeout: 0 });
					try {
						other.transaction(() => {
							other.prepare('UPDATE ingest_files SET size = 50 WHERE path = ?').run('a.txt');
							other.prepare(`UPDATE meta SET value = 'after' WHERE key = 'state:totals'`).run();
						})();
					} catch (error) {
						// held off until the reads are done
						if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
					} finally {
						other.close();
					}
				}
				return prepare.call(this, source);
			} as typeof prepare;
			const snapshot = await store.filesSnapshot!();
			expect(tried).toBe(true);
			const { sizes } = plain(snapshot.stamps);
			expect([snapshot.state.totals, sizes[0]]).toEqual(snapshot.state.totals === 'after' ? ['after', 50] : ['before', 1]);
		} finally {
			Database.prototype.prepare = prepare;
			await store.close();
		}
	});

	/** every kept row: its key, count and bytes */
	const keptRows = (path: string) => {
		const db = new Database(path, { readonly: true });
		try {
			return db.prepare('SELECT first, count, hex(paths) || hex(sizes) || hex(mtimes) AS bytes FROM ingest_file_chunks ORDER BY first').all() as { first: string; count: number; bytes: string }[];
		} finally {
			db.close();
		}
	};
	const names = (from: number, count: number, prefix = 'f') => Array.from({ length: count }, (_, i) => `${prefix}${String(from + i).padStart(6, '0')}.txt`);

	it('rewrites only the rows of the paths a write changed, and splits a row grown past twice its size', async () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-stamps-'));
		const file = join(root, 'gazette.sqlite');
		const store = openSqliteStore(file);
		try {
			await store.write(change({ put: names(0, 5 * STAMP_CHUNK_FILES).map((name, i) => row(name, i)), remove: [], replace: true }));
			const before = keptRows(file);
			// every row written from here on is logged
			const logging = new Database(file);
			logging.exec(`CREATE TABLE written (first TEXT); CREATE TRIGGER log_chunks AFTER INSERT ON ingest_file_chunks BEGIN INSERT INTO written VALUES (new.first); END;`);
			logging.close();
			const written = () => {
				const db = new Database(file);
				try {
					return (db.prepare('DELETE FROM written RETURNING first').all() as { first: string }[]).map((r) => r.first).sort();
				} finally {
					db.close();
				}
			};
			expect(before.map((r) => r.count)).toEqual([1, 1, 1, 1, 1].map(() => STAMP_CHUNK_FILES));
			// the list read first (as an incremental run's comparison does), then one file changed, one removed, one added
			await store.fileStampList!();
			const changed = names(2 * STAMP_CHUNK_FILES + 7, 1)[0]!;
			await store.write(change({ put: [row(changed, 99_999), row('f002049.5.txt', 5)], remove: [names(4 * STAMP_CHUNK_FILES + 1, 1)[0]!] }));
			const after = keptRows(file);
			expect(after.map((r) => r.first)).toEqual(before.map((r) => r.first));
			expect(written()).toEqual([before[2]!.first, before[4]!.first]);
			expect(after.filter((r, i) => r.bytes !== before[i]!.bytes).map((r) => r.first)).toEqual([before[2]!.first, before[4]!.first]);
			expect(plain(await store.fileStampList!())).toEqual(tableList(file));
			// 2 × STAMP_CHUNK_FILES more paths in the first row's range: it is split, each part no bigger than that
			await store.fileStampList!();
			await store.write(change({ put: names(0, 2 * STAMP_CHUNK_FILES, 'e').map((name) => row(name, 1)), remove: [] }));
			const split = keptRows(file);
			expect(written()).toEqual([split[0]!.first, split[1]!.first, split[2]!.first].sort());
			expect(split.length).toBe(before.length + 2);
			expect(Math.max(...split.map((r) => r.count))).toBeLessThanOrEqual(2 * STAMP_CHUNK_FILES);
			expect(split.slice(-3).map((r) => r.bytes)).toEqual(after.slice(-3).map((r) => r.bytes));
			expect(plain(await store.fileStampList!())).toEqual(tableList(file));
			// every path of a row removed: the list still equals the table
			await store.fileStampList!();
			await store.write(change({ put: [], remove: names(3 * STAMP_CHUNK_FILES, STAMP_CHUNK_FILES) }));
			expect(plain(await store.fileStampList!())).toEqual(tableList(file));
			expect(tableList(file).count).toBe(6 * STAMP_CHUNK_FILES);
		} finally {
			await store.close();
		}
	});

	it('a store that kept the list in one row (before the rows) loses that table and its triggers when opened for writing', async () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-stamps-'));
		const file = join(root, 'gazette.sqlite');
		const store = openSqliteStore(file);
		await store.write(change({ put: [row('a.txt', 1), row('b.txt', 2)], remove: [], replace: true }));
		await store.close();
		// as an older gazette left it
		const old = new Database(file);
		old.exec(`CREATE TABLE ingest_file_list (id INTEGER PRIMARY KEY CHECK (id = 0), count INTEGER NOT NULL, paths BLOB NOT NULL, sizes BLOB NOT NULL, mtimes BLOB NOT NULL);
			CREATE TRIGGER ingest_files_put AFTER INSERT ON ingest_files BEGIN DELETE FROM ingest_file_list; END;
			CREATE TRIGGER ingest_files_change AFTER UPDATE ON ingest_files BEGIN DELETE FROM ingest_file_list; END;
			CREATE TRIGGER ingest_files_drop AFTER DELETE ON ingest_files BEGIN DELETE FROM ingest_file_list; END;`);
		old.prepare('UPDATE ingest_files SET size = 7 WHERE path = ?').run('b.txt');
		old.close();
		const again = openSqliteStore(file);
		try {
			const objects = () => {
				const db = new Database(file, { readonly: true });
				try {
					return (db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'ingest_file%'`).all() as { name: string }[]).map((o) => o.name).sort();
				} finally {
					db.close();
				}
			};
			expect(objects()).not.toContain('ingest_file_list');
			expect(objects()).not.toContain('ingest_files_put');
			expect(plain(await again.fileStampList!())).toEqual({ count: 2, paths: ['a.txt', 'b.txt'], sizes: [1, 7], mtimes: [1000.25, 2000.5] });
			expect(kept(file)).toBe(1);
		} finally {
			await again.close();
		}
	});
});
