// What the shared-store specs compare: a store's answers to every question (store-answers.ts), from
// the embedded store of a one-process ingest and from a PostgreSQL database; and a corpus big enough
// for several claims of the queue.
import { join } from 'node:path';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { STORE_CORPUS, writeCorpus } from './corpus.ts';
import { storeAnswers } from './store-answers.ts';

/** A one-process ingest into `out`'s embedded store; `topics`: the sample's taxonomy, or null: discovered from the corpus. */
export async function embeddedAnswers(corpus: string, out: string, topics: string | null = DEFAULT_TOPICS_FILE) {
	await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), topicsFile: topics ?? undefined });
	const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
	try {
		return await storeAnswers(store);
	} finally {
		await store.close();
	}
}

export async function postgresAnswers(url: string) {
	const store = await openPostgresStore(url, { readonly: true });
	try {
		return await storeAnswers(store);
	} finally {
		await store.close();
	}
}

/** 120 documents: the store corpus's texts, each in 24 variants. */
export function writeBigCorpus(dir: string): void {
	const files: Record<string, string> = {};
	for (let i = 0; i < 24; i++) for (const [name, text] of Object.entries(STORE_CORPUS)) files[`v${i}-${name}`] = `${text}\nNote ${i}.`;
	writeCorpus(dir, files);
}
