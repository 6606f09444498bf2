// Every corpus file's stamp (size, modification time) in compact rows beside ingest_files, each row the
// stamps of a run of ~1,000 paths in path order: an incremental run compares 200,000 files against them
// after reading ~200 rows, where reading the table a row at a time into a map took a second of CPU and
// as much again of garbage collection; and its write rewrites only the rows of the paths it changed
// (one list in a single row meant a 12 MB rewrite for every changed file). The table stays the record:
// a trigger drops the rows whenever a row of it changes behind the writer's back (a write by an older
// gazette, say), and a reader that finds none makes them again from the table.
import type Database from 'better-sqlite3';
import { PATH_SEPARATOR, patchStampList, stampListOf } from '../file-stamp-list.ts';
import type { FileStampList, IngestFileRow } from '../types.ts';

/** Paths per row when rows are made; a row that grows past twice this is split. */
export const STAMP_CHUNK_FILES = 1024;

/** Set in meta (inside the writer's transaction only) while the writer itself changes ingest_files. */
const OWN_WRITE = 'file-chunks-writing';
const keepRows = `WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = '${OWN_WRITE}') BEGIN DELETE FROM ingest_file_chunks; END`;

/** The rows' table and the triggers that drop them when the table they mirror changes. A store written
 * before them kept one list in one row (ingest_file_list): its table and triggers go (made again here). */
export const FILE_STAMPS_SCHEMA = `
DROP TRIGGER IF EXISTS ingest_files_put;
DROP TRIGGER IF EXISTS ingest_files_change;
DROP TRIGGER IF EXISTS ingest_files_drop;
DROP TABLE IF EXISTS ingest_file_list;
CREATE TABLE IF NOT EXISTS ingest_file_chunks (first TEXT PRIMARY KEY, count INTEGER NOT NULL, paths BLOB NOT NULL, sizes BLOB NOT NULL, mtimes BLOB NOT NULL);
CREATE TRIGGER IF NOT EXISTS ingest_file_chunks_put AFTER INSERT ON ingest_files ${keepRows};
CREATE TRIGGER IF NOT EXISTS ingest_file_chunks_change AFTER UPDATE ON ingest_files ${keepRows};
CREATE TRIGGER IF NOT EXISTS ingest_file_chunks_drop AFTER DELETE ON ingest_files ${keepRows};
`;

function toBlob(values: Float64Array): Buffer {
	return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

/** A blob's doubles, into `into` at `at` (a Buffer need not start on an 8-byte boundary). */
function copyBlob(blob: Buffer, count: number, into: Float64Array, at: number): void {
	new Uint8Array(into.buffer, into.byteOffset + at * 8, count * 8).set(blob.subarray(0, count * 8));
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One row: its key (no path of a later row sorts before it; '' for the first row made) and where its
 * paths lie in the whole list. */
interface Chunk {
	first: string;
	start: number;
	count: number;
	/** where its paths start in the list's string (they end before the next row's separator) */
	charStart: number;
	charEnd: number;
}

/** The whole list as read, with its rows. */
export interface ChunkedStampList {
	list: FileStampList;
	chunks: Chunk[];
}

/** The list a connection last read, and the database as it was then: an incremental run reads it to
 * compare the corpus and again inside its write to patch it. */
interface ReadList {
	read: ChunkedStampList;
	version: string;
}

const lastRead = new WeakMap<Database.Database, ReadList>();

/** The index of the row that holds (or would hold) `path`: the last whose key is not after it. */
function chunkOf(chunks: readonly Chunk[], path: string): number {
	let low = 0;
	let high = chunks.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (chunks[mid]!.first <= path) low = mid + 1;
		else high = mid;
	}
	return Math.max(0, low - 1);
}

export function fileStampStatements(db: Database.Database) {
	const select = db.prepare<[], { first: string; count: number; paths: Buffer; sizes: Buffer; mtimes: Buffer }>('SELECT first, count, paths, sizes, mtimes FROM ingest_file_chunks');
	const put = db.prepare<[string, number, Buffer, Buffer, Buffer]>('INSERT OR REPLACE INTO ingest_file_chunks (first, count, paths, sizes, mtimes) VALUES (?, ?, ?, ?, ?)');
	const clear = db.prepare('DELETE FROM ingest_file_chunks');
	const rows = db.prepare<[], [string, number, number]>('SELECT path, size, mtime FROM ingest_files').raw();
	const ownWrite = db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('${OWN_WRITE}', '1')`);
	const ownWriteDone = db.prepare(`DELETE FROM meta WHERE key = '${OWN_WRITE}'`);
	// data_version moves when another connection commits, total_changes with every row this one changes
	// (triggers' too, and rolled-back ones): both the same, the file holds what was read
	const versionOf = db.prepare<[], [number, number]>('SELECT * FROM pragma_data_version, (SELECT total_changes())').raw();
	const version = () => versionOf.get()!.join(':');

	/** the kept list and its rows, or null when there are none (never made, or dropped by a change to the table) */
	const read = (): ChunkedStampList | null => {
		const now = version();
		const last = lastRead.get(db);
		if (last && last.version === now) return last.read;
		const found = select.all().sort((a, b) => byKey(a.first, b.first));
		if (found.length === 0 || found.some((row) => row.sizes.length !== row.count * 8 || row.mtimes.length !== row.count * 8)) return null;
		const count = found.reduce((sum, row) => sum + row.count, 0);
		const sizes = new Float64Array(count);
		const mtimes = new Float64Array(count);
		const parts: string[] = [];
		const chunks: Chunk[] = [];
		let start = 0;
		let chars = 0;
		for (const row of found) {
			const paths = row.paths.toString('utf8');
			if (row.count > 0 && parts.length > 0) chars++;
			chunks.push({ first: row.first, start, count: row.count, charStart: chars, charEnd: chars + paths.length });
			if (row.count > 0) parts.push(paths);
			chars += paths.length;
			copyBlob(row.sizes, row.count, sizes, start);
			copyBlob(row.mtimes, row.count, mtimes, start);
			start += row.count;
		}
		const list = { read: { list: { count, paths: parts.join(PATH_SEPARATOR), sizes, mtimes }, chunks }, version: now };
		lastRead.set(db, list);
		return list.read;
	};
	const putRow = (first: string, part: FileStampList) => put.run(first, part.count, Buffer.from(part.paths, 'utf8'), toBlob(part.sizes), toBlob(part.mtimes));
	/** `list` as rows of STAMP_CHUNK_FILES paths each, the first keyed `first`, each other by its first path */
	const putRows = (first: string, list: FileStampList) => {
		if (list.count === 0) return void putRow(first, list);
		let char = 0;
		for (let start = 0; start < list.count; start += STAMP_CHUNK_FILES) {
			const end = Math.min(list.count, start + STAMP_CHUNK_FILES);
			// the row's paths end where its last path does (at its separator, or the string's end)
			let charEnd = char;
			for (let i = start; i < end; i++) {
				const separator = list.paths.indexOf(PATH_SEPARATOR, charEnd);
				charEnd = separator === -1 ? list.paths.length : separator + (i < end - 1 ? 1 : 0);
			}
			const paths = list.paths.slice(char, charEnd);
			const firstEnd = paths.indexOf(PATH_SEPARATOR);
			putRow(start === 0 ? first : firstEnd === -1 ? paths : paths.slice(0, firstEnd), { count: end - start, paths, sizes: list.sizes.subarray(start, end), mtimes: list.mtimes.subarray(start, end) });
			char = charEnd + 1;
		}
	};
	/** the whole list as rows, in place of any kept */
	const write = (list: FileStampList) => {
		lastRead.delete(db);
		clear.run();
		putRows('', list);
	};
	/** the kept rows after a write that removed `remove` and put `put`: only the rows holding those paths
	 * are written again (split when they grew past twice their size) */
	const patch = (before: ChunkedStampList, remove: readonly string[], put: readonly IngestFileRow[]) => {
		lastRead.delete(db);
		const { list, chunks } = before;
		const touched = new Map<number, { remove: string[]; put: IngestFileRow[] }>();
		const changesOf = (index: number) => {
			let changes = touched.get(index);
			if (!changes) touched.set(index, (changes = { remove: [], put: [] }));
			return changes;
		};
		for (const path of remove) changesOf(chunkOf(chunks, path)).remove.push(path);
		for (const row of put) changesOf(chunkOf(chunks, row.path)).put.push(row);
		for (const [index, changes] of touched) {
			const chunk = chunks[index]!;
			const own = { count: chunk.count, paths: list.paths.slice(chunk.charStart, chunk.charEnd), sizes: list.sizes.subarray(chunk.start, chunk.start + chunk.count), mtimes: list.mtimes.subarray(chunk.start, chunk.start + chunk.count) };
			const patched = patchStampList(own, changes.remove, changes.put);
			if (patched.count > 2 * STAMP_CHUNK_FILES) putRows(chunk.first, patched);
			else putRow(chunk.first, patched);
		}
	};
	/** the list made from the table (inside the caller's transaction, so that the two agree) */
	const fromTable = (): FileStampList => {
		const all: { path: string; size: number; mtimeMs: number }[] = [];
		for (const [path, size, mtime] of rows.iterate()) all.push({ path, size, mtimeMs: mtime });
		return stampListOf(all);
	};
	/** `changeRows` changes ingest_files without the triggers dropping the kept rows (the caller keeps them) */
	const keeping = (changeRows: () => void) => {
		ownWrite.run();
		changeRows();
		ownWriteDone.run();
	};
	return { read, write, patch, fromTable, keeping, clear: () => (lastRead.delete(db), clear.run()) };
}
