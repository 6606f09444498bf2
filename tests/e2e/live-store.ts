// The small test corpus ingested into a temporary store for the live explorer's e2e specs: the
// server answers from it, and the spec asks the same store what the page should show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import type { QueryFilters, Store } from '../../src/lib/store/types.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';

export const NO_FILTERS: QueryFilters = { topics: [], kinds: [], from: null, to: null, doc: null, q: '' };

export interface LiveStore {
	/** the ingest output the explorer serves */
	out: string;
	/** the same store, opened read-only (after beforeAll) */
	readonly store: Store;
}

/** Ingests the corpus before the spec's tests and removes it after them; `ingest` overrides options. */
export function ingestedLiveStore(prefix: string, ingest: Partial<IngestOptions> = {}): LiveStore {
	const root = mkdtempSync(join(tmpdir(), prefix));
	const out = join(root, 'out');
	let store: Store | undefined;
	beforeAll(async () => {
		writeCorpus(join(root, 'corpus'));
		await runIngest({ corpusDir: join(root, 'corpus'), outDir: out, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, ...ingest });
		store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
	});
	afterAll(async () => {
		await store?.close();
		rmSync(root, { recursive: true, force: true });
	});
	return {
		out,
		get store() {
			if (!store) throw new Error('the live store is opened in beforeAll');
			return store;
		}
	};
}
