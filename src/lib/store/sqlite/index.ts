// The embedded store: one SQLite file (better-sqlite3), written by ingest in one transaction per run and
// read by the explorer's server. A rollback journal (not WAL) keeps it one file at rest.
import Database from 'better-sqlite3';
import type { Manifest } from '../../contracts.ts';
import type { FileStampList, Store } from '../types.ts';
import { createQueries } from '../sql/queries.ts';
import { createCorrectionQueries } from '../sql/corrections.ts';
import { MARK_PLACE_MONTHS_KEPT, PLACE_MONTHS_KEPT, PLACE_MONTHS_TABLE, refreshPlaceMonths } from '../sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces, TOPIC_DOCUMENTS_TABLE, TOPIC_PLACES_TABLE } from '../sql/topic-places.ts';
import { DAY_INDEX, SQLITE_DIALECT, sqliteReader } from './dialect.ts';
import { SCHEMA, SCHEMA_VERSION } from './schema.ts';
import { createWriter } from './write.ts';
import { createMentionsWriter } from './corrections-write.ts';
import { FILE_STAMPS_SCHEMA, fileStampStatements } from './file-stamps.ts';
import { stampListOf } from '../file-stamp-list.ts';

export const STORE_FILE = 'gazette.sqlite';

function stateOf(db: Database.Database): Record<string, string> {
	const rows = db.prepare(`SELECT key, value FROM meta WHERE key LIKE 'state:%'`).all() as { key: string; value: string }[];
	return Object.fromEntries(rows.map((r) => [r.key.slice('state:'.length), r.value]));
}

function manifestOf(db: Database.Database): Manifest | null {
	const row = db.prepare<[], { value: string }>(`SELECT value FROM meta WHERE key = 'manifest'`).get();
	return row ? (JSON.parse(row.value) as Manifest) : null;
}

/** Columns added to schema 3 without a new version: an older file gains them when opened for writing. */
function addAdmin1Column(db: Database.Database): void {
	const columns = db.prepare(`PRAGMA table_info(places)`).all() as { name: string }[];
	if (!columns.some((c) => c.name === 'admin1_name')) db.exec('ALTER TABLE places ADD COLUMN admin1_name TEXT');
}

/** The per-topic and per-month counts (sql/topic-places.ts, sql/place-months.ts), made from the rows of a file written before them. */
function addTopicCounts(db: Database.Database): void {
	const has = (table: string) => db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
	db.transaction(() => {
		if (!has('topic_places')) {
			db.exec(`${TOPIC_PLACES_TABLE} WITHOUT ROWID`);
			for (const sql of refreshTopicPlaces(null)) db.exec(sql);
		}
		if (!has('topic_documents')) {
			db.exec(`${TOPIC_DOCUMENTS_TABLE} WITHOUT ROWID`);
			for (const sql of refreshTopicDocuments(null)) db.exec(sql);
		}
		const monthsKept = has('place_months') && (db.prepare(PLACE_MONTHS_KEPT).get() as { kept: number }).kept === 1;
		if (!has('place_months')) db.exec(`${PLACE_MONTHS_TABLE} WITHOUT ROWID`);
		// also when a gazette from before the table wrote since (it left the table stale)
		if (!monthsKept) {
			for (const sql of refreshPlaceMonths(null, DAY_INDEX)) db.exec(sql);
			db.exec(MARK_PLACE_MONTHS_KEPT);
		}
	})();
}

export class StoreVersionError extends Error {}
/** The file is something else (another program's database, not a database at all): never touched. */
export class NotAStoreError extends Error {}

/** The gazette schema version the file holds, null for an empty database; throws for anything else. */
function storeSchemaOf(db: Database.Database, path: string): string | null {
	let objects: { name: string }[];
	try {
		objects = db.prepare(`SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
	} catch (error) {
		if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new NotAStoreError(`${path} is not a SQLite database; refusing to overwrite it`);
		throw error;
	}
	if (objects.length === 0) return null;
	const schema = objects.some((o) => o.name === 'meta') ? (db.prepare(`SELECT value FROM meta WHERE key = 'schema'`).get() as { value: string } | undefined)?.value : undefined;
	if (schema === undefined) throw new NotAStoreError(`${path} holds another program's database (no gazette store schema); refusing to change it`);
	return schema;
}

/** `shareThread` (read-only only): a long question lets other requests run between its statements (dialect.ts sqliteReader). */
export function openSqliteStore(path: string, options: { readonly?: boolean; shareThread?: boolean } = {}): Store {
	const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
	db.pragma('busy_timeout = 5000');
	if (!options.readonly) {
		// asked first: a pragma on another program's file would already change it
		let found: string | null;
		try {
			found = storeSchemaOf(db, path);
		} catch (error) {
			db.close();
			throw error;
		}
		// before the first table: a deflated text (2–3 KB) per row would leave most of a 4 KB page empty
		db.pragma('page_size = 16384');
		db.pragma('journal_mode = DELETE');
		db.pragma('synchronous = NORMAL');
		// an older layout is rebuilt from scratch: ingest fills it again from its cache
		if (found !== null && found !== SCHEMA_VERSION) {
			db.close();
			throw new StoreVersionError(`${path} was written by another version of gazette (store schema ${found}, expected ${SCHEMA_VERSION})`);
		}
		db.exec(SCHEMA + FILE_STAMPS_SCHEMA);
		addAdmin1Column(db);
		addTopicCounts(db);
		db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)`).run(SCHEMA_VERSION);
	}
	db.pragma('cache_size = -32000');
	// a reader maps the file: pages are read from the OS's cache in place, not copied in by a system call
	// each (a date range's grouped view at 200,000 documents: a third of the CPU time)
	if (options.readonly) db.pragma('mmap_size = 2147418112');
	// prepared on the first write: a read-only store from before a column was added has none to prepare
	let write: ReturnType<typeof createWriter> | null = null;
	let writeMentions: ReturnType<typeof createMentionsWriter> | null = null;
	let stampList: ReturnType<typeof fileStampStatements> | null = null;
	const queries = createQueries(sqliteReader(db, { shareThread: options.readonly === true && options.shareThread === true }), SQLITE_DIALECT);
	const stampsFromTable = () => {
		const rows: { path: string; size: number; mtimeMs: number }[] = [];
		for (const [path, size, mtime] of db.prepare<[], [string, number, number]>('SELECT path, size, mtime FROM ingest_files').raw().iterate()) rows.push({ path, size, mtimeMs: mtime });
		return stampListOf(rows);
	};
	const fileStampList = (): FileStampList => {
		if (options.readonly) return stampsFromTable();
		stampList ??= fileStampStatements(db);
		const kept = stampList.read();
		if (kept) return kept.list;
		// made from the table and kept, in one transaction: the two agree
		const statements = stampList;
		return db
			.transaction(() => {
				const again = statements.read();
				if (again) return again.list;
				statements.write(statements.fromTable());
				return statements.read()!.list;
			})
			.immediate();
	};
	return {
		...queries,
		...createCorrectionQueries(sqliteReader(db), SQLITE_DIALECT),
		async documentHashes() {
			const rows = db.prepare('SELECT id, hash FROM documents').all() as { id: string; hash: string }[];
			return new Map(rows.map((r) => [r.id, r.hash]));
		},
		state: async () => stateOf(db),
		async write(change) {
			write ??= createWriter(db);
			write(change);
		},
		async fileStamps() {
			// read from the stamps' covering index (not the table, whose rows carry each file's record), a row
			// at a time into the map: no array of 200,000 rows to build and collect
			const stamps = new Map<string, { size: number; mtimeMs: number }>();
			for (const [path, size, mtime] of db.prepare<[], [string, number, number]>('SELECT path, size, mtime FROM ingest_files').raw().iterate()) stamps.set(path, { size, mtimeMs: mtime });
			return stamps;
		},
		fileStampList: async () => fileStampList(),
		manifest: async () => manifestOf(db),
		async filesSnapshot() {
			// one read transaction: its shared lock keeps another process's write from committing between the
			// reads (the rows are made first, in a write transaction of their own, when there are none)
			const together = db.transaction(() => {
				const stamps = options.readonly ? stampsFromTable() : (stampList ??= fileStampStatements(db)).read()?.list;
				return stamps ? { stamps, state: stateOf(db), manifest: manifestOf(db) } : null;
			});
			const first = together.deferred();
			if (first) return first;
			fileStampList();
			// another write dropped the rows again meanwhile: the table itself, in the same snapshot
			return together.deferred() ?? db.transaction(() => ({ stamps: stampsFromTable(), state: stateOf(db), manifest: manifestOf(db) })).deferred();
		},
		async fileEntries(paths) {
			const select = db.prepare<[string], { path: string; size: number; mtime: number; entry: string }>('SELECT path, size, mtime, entry FROM ingest_files WHERE path = ?');
			return paths.flatMap((path) => {
				const row = select.get(path);
				return row ? [{ path: row.path, size: row.size, mtimeMs: row.mtime, entry: row.entry }] : [];
			});
		},
		async takenDocuments(ids, files) {
			const byId = db.prepare<[string], { id: string; file: string }>('SELECT id, file FROM documents WHERE id = ?');
			const byFile = db.prepare<[string], { id: string; file: string }>('SELECT id, file FROM documents WHERE file = ?');
			return [...ids.flatMap((id) => byId.all(id)), ...files.flatMap((file) => byFile.all(file))];
		},
		async writeMentions(change) {
			writeMentions ??= createMentionsWriter(db);
			writeMentions(change);
		},
		async close() {
			db.close();
		}
	};
}
