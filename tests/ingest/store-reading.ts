// Reading an ingest's store in the ingest specs: the explorer's answers, and raw rows to compare.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { storeAnswers } from '../store/store-answers.ts';

/** Every answer the explorer can ask of the output folder's store. */
export async function answersOf(dir: string) {
	const store = openSqliteStore(join(dir, STORE_FILE), { readonly: true });
	try {
		return await storeAnswers(store);
	} finally {
		await store.close();
	}
}

/** The rows of `sql` in the store of an output folder, or in the store file given. */
export function storeRows(dir: string, sql: string): unknown[] {
	const db = new Database(dir.endsWith('.sqlite') ? dir : join(dir, STORE_FILE), { readonly: true });
	try {
		return db.prepare(sql).all();
	} finally {
		db.close();
	}
}
