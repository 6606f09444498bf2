// The server's handle on the store it answers from. An embedded store is a file that ingest replaces
// (a full ingest renames a new file over `--store sqlite:PATH`, or a new output folder over the old
// one): the handle looks at the path once per question and opens the new file once the path names
// another one, so the explorer answers from the latest ingest. The replaced file stays open until the
// questions already under way on it (`use`) are answered, then it is closed. A given store (a shared
// PostgreSQL one) is always the same.
import { statSync } from 'node:fs';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';

export interface StoreHandle {
	/** the store to answer from now; null when there is none (an output written before stores) */
	get(): Store | null;
	/** runs one question on the store of now, which is not closed before the question is answered */
	use<T>(question: (store: Store | null) => Promise<T>): Promise<T>;
	/** `opened` gets each store the handle opens before its first question (a given store: at once) */
	onOpen(opened: (store: Store) => void): void;
	close(): Promise<void>;
}

interface OpenFile {
	store: Store;
	inode: number;
	/** questions under way on it */
	users: number;
	/** another file took its path: closed once its last question is answered */
	replaced: boolean;
}

/** A read-only store on `path`, followed as ingest replaces the file. Opens it on first use. */
export function followedStore(path: string): StoreHandle {
	let open: OpenFile | null = null;
	const listeners: ((store: Store) => void)[] = [];
	const closeWhenDone = (file: OpenFile) => {
		if (file.replaced && file.users === 0) void file.store.close();
	};
	const current = (): OpenFile | null => {
		const inode = statSync(path, { throwIfNoEntry: false })?.ino;
		// gone for a moment (an output folder being swapped): answer from the file open until it is back
		if (inode === undefined || inode === open?.inode) return open;
		let store: Store;
		try {
			store = openSqliteStore(path, { readonly: true, shareThread: true });
		} catch (error) {
			// not (yet) a store that opens: answer from the open one until it is
			if (open) return open;
			throw error;
		}
		if (open) {
			open.replaced = true;
			closeWhenDone(open);
		}
		open = { store, inode, users: 0, replaced: false };
		for (const opened of listeners) opened(store);
		return open;
	};
	return {
		get: () => current()?.store ?? null,
		onOpen(opened) {
			listeners.push(opened);
			if (open) opened(open.store);
		},
		async use(question) {
			const file = current();
			if (!file) return question(null);
			file.users++;
			try {
				return await question(file.store);
			} finally {
				file.users--;
				closeWhenDone(file);
			}
		},
		async close() {
			const file = open;
			open = null;
			await file?.store.close();
		}
	};
}

/** A store given by the caller (`--store postgres://…`), always the same. */
export function fixedStore(store: Store): StoreHandle {
	return { get: () => store, use: (question) => question(store), onOpen: (opened) => opened(store), close: () => store.close() };
}
