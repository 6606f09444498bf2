// The server's handle on an output folder's store: opened on first use, opened again when ingest has
// replaced the file (a new inode), and absent for outputs written before the store existed.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, STORE_FILE } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';

export interface StoreHandle {
	get(): Store | null;
	close(): Promise<void>;
}

export function outputStore(outDir: string): StoreHandle {
	const path = join(outDir, STORE_FILE);
	let open: { store: Store; inode: number } | null = null;
	return {
		get() {
			const inode = statSync(path, { throwIfNoEntry: false })?.ino;
			if (open && open.inode === inode) return open.store;
			void open?.store.close();
			open = null;
			if (inode === undefined) return null;
			open = { store: openSqliteStore(path, { readonly: true }), inode };
			return open.store;
		},
		async close() {
			await open?.store.close();
			open = null;
		}
	};
}

/** A store given by the caller (`--store`), always the same. */
export function fixedStore(store: Store): StoreHandle {
	return { get: () => store, close: () => store.close() };
}
