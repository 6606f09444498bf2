// The server's handle on an output folder's store: opened on first use, opened again when ingest has
// replaced the file (a new inode), and absent for outputs written before the store existed. `opened`
// hears of each store as it is opened (the API works out the first view's answers then).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteStore, STORE_FILE } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';

export interface StoreHandle {
	get(): Store | null;
	close(): Promise<void>;
}

export function outputStore(outDir: string, opened: (store: Store) => void = () => {}): StoreHandle {
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
			opened(open.store);
			return open.store;
		},
		async close() {
			await open?.store.close();
			open = null;
		}
	};
}

/** A store given by the caller (`--store`), always the same. */
export function fixedStore(store: Store, opened: (store: Store) => void = () => {}): StoreHandle {
	opened(store);
	return { get: () => store, close: () => store.close() };
}
