// The compact list of every corpus file's stamp: patched after a write it equals the list made from the
// rows as they end up, and the embedded store keeps it equal to ingest_files whoever writes that table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listPaths, patchStampList, stampListOf } from '../../src/lib/store/file-stamp-list.ts';
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
			return db.prepare('SELECT count FROM ingest_file_list').all().length;
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
});
