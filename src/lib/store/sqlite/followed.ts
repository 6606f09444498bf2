// A read-only store on a file that ingest may replace: a full ingest writes a new file beside
// `--store sqlite:PATH` and renames it over the old one, so an explorer holding the old file open
// would answer from it for ever. This store looks at the path before each question and opens the new
// file once the path names another one (the default store in an output folder does the same:
// server/api/store-handle.ts). The old file is closed a little later, so questions already under way
// on it finish there.
import { statSync } from 'node:fs';
import type { Store } from '../types.ts';
import { openSqliteStore } from './index.ts';

/** How long a replaced file stays open for the questions already asked of it. */
const RETIRE_AFTER_MS = 30_000;

export function followedSqliteStore(path: string): Store {
	const inodeOf = () => statSync(path, { throwIfNoEntry: false })?.ino;
	let open = { store: openSqliteStore(path, { readonly: true }), inode: inodeOf() };
	const retiring = new Set<Store>();
	const current = (): Store => {
		const inode = inodeOf();
		if (inode === undefined || inode === open.inode) return open.store;
		let store: Store;
		try {
			store = openSqliteStore(path, { readonly: true });
		} catch {
			// not (yet) a store that opens: answer from the one open until it is
			return open.store;
		}
		const old = open.store;
		retiring.add(old);
		setTimeout(() => void old.close().finally(() => retiring.delete(old)), RETIRE_AFTER_MS).unref();
		open = { store, inode };
		return store;
	};
	const followed: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(open.store)) {
		if (typeof value !== 'function') continue;
		followed[name] = (...args: unknown[]) => (current() as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
	}
	followed.close = async () => {
		await Promise.all([...retiring].map((store) => store.close()));
		retiring.clear();
		await open.store.close();
	};
	return followed as unknown as Store;
}
