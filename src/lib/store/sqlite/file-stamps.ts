// Every corpus file's stamp (size, modification time) in one row, beside ingest_files: an incremental
// run compares 200,000 files against it after reading one row of ~9 MB, where reading the table a row at
// a time into a map took a second of CPU and as much again of garbage collection. The table stays the
// record: a trigger drops the list whenever a row of it changes (a write by an older gazette, say), the
// writer puts it back patched in the same transaction, and a reader that finds none makes it again.
import type Database from 'better-sqlite3';
import { stampListOf } from '../file-stamp-list.ts';
import type { FileStampList } from '../types.ts';

/** The list's table and the triggers that drop it when the table it mirrors changes. */
export const FILE_STAMPS_SCHEMA = `
CREATE TABLE IF NOT EXISTS ingest_file_list (id INTEGER PRIMARY KEY CHECK (id = 0), count INTEGER NOT NULL, paths BLOB NOT NULL, sizes BLOB NOT NULL, mtimes BLOB NOT NULL);
CREATE TRIGGER IF NOT EXISTS ingest_files_put AFTER INSERT ON ingest_files BEGIN DELETE FROM ingest_file_list; END;
CREATE TRIGGER IF NOT EXISTS ingest_files_change AFTER UPDATE ON ingest_files BEGIN DELETE FROM ingest_file_list; END;
CREATE TRIGGER IF NOT EXISTS ingest_files_drop AFTER DELETE ON ingest_files BEGIN DELETE FROM ingest_file_list; END;
`;

function toBlob(values: Float64Array): Buffer {
	return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

/** A blob's doubles (copied: a Buffer need not start on an 8-byte boundary). */
function fromBlob(blob: Buffer, count: number): Float64Array {
	const values = new Float64Array(count);
	new Uint8Array(values.buffer).set(blob.subarray(0, count * 8));
	return values;
}

/** The list a connection last read, and the database as it was then: an incremental run reads it to
 * compare the corpus and again inside its write to patch it, and the second read of ~12 MB cost 0.1 s. */
interface ReadList {
	list: FileStampList;
	version: string;
}

const lastRead = new WeakMap<Database.Database, ReadList>();

export function fileStampStatements(db: Database.Database) {
	const select = db.prepare<[], { count: number; paths: Buffer; sizes: Buffer; mtimes: Buffer }>('SELECT count, paths, sizes, mtimes FROM ingest_file_list WHERE id = 0');
	const put = db.prepare<[number, Buffer, Buffer, Buffer]>('INSERT OR REPLACE INTO ingest_file_list (id, count, paths, sizes, mtimes) VALUES (0, ?, ?, ?, ?)');
	const rows = db.prepare<[], [string, number, number]>('SELECT path, size, mtime FROM ingest_files').raw();
	// data_version moves when another connection commits, total_changes with every row this one changes
	// (triggers' too, and rolled-back ones): both the same, the file holds what was read
	const versionOf = db.prepare<[], [number, number]>('SELECT * FROM pragma_data_version, (SELECT total_changes())').raw();
	const version = () => versionOf.get()!.join(':');
	/** the kept list, or null when there is none (never made, or dropped by a change to the table) */
	const read = (): FileStampList | null => {
		const now = version();
		const last = lastRead.get(db);
		if (last && last.version === now) return last.list;
		const row = select.get();
		if (!row || row.sizes.length !== row.count * 8 || row.mtimes.length !== row.count * 8) return null;
		const list = { count: row.count, paths: row.paths.toString('utf8'), sizes: fromBlob(row.sizes, row.count), mtimes: fromBlob(row.mtimes, row.count) };
		lastRead.set(db, { list, version: now });
		return list;
	};
	const write = (list: FileStampList) => {
		lastRead.delete(db);
		put.run(list.count, Buffer.from(list.paths, 'utf8'), toBlob(list.sizes), toBlob(list.mtimes));
	};
	/** the list made from the table (inside the caller's transaction, so that the two agree) */
	const fromTable = (): FileStampList => {
		const all: { path: string; size: number; mtimeMs: number }[] = [];
		for (const [path, size, mtime] of rows.iterate()) all.push({ path, size, mtimeMs: mtime });
		return stampListOf(all);
	};
	return { read, write, fromTable };
}
