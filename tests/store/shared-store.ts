// What the shared-store specs compare: a store's answers to every question (store-answers.ts), from
// the embedded store of a one-process ingest and from a PostgreSQL database; and a corpus big enough
// for several claims of the queue.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { STORE_CORPUS, writeCorpus } from './corpus.ts';
import { storeAnswers } from './store-answers.ts';

type Answers = Awaited<ReturnType<typeof storeAnswers>>;

/** Every file's path and text under `corpus`, and the taxonomy: what a one-process ingest's answers follow, but for the folder's name. */
function corpusKey(corpus: string, topics: string | null): string {
	const hash = createHash('sha1').update(`${topics}\n`);
	const files = (readdirSync(corpus, { recursive: true }) as string[]).filter((file) => statSync(join(corpus, file)).isFile()).sort();
	for (const file of files) {
		const bytes = readFileSync(join(corpus, file));
		hash.update(`${file}\n${bytes.length}\n`).update(bytes);
	}
	return hash.digest('hex');
}

// the specs compare many databases with a one-process ingest of the same texts: each text set is ingested
// and asked once per spec file, its answers then given with the corpus named after the folder asked about
const embedded = new Map<string, Answers>();

const renamed = (answers: Answers, corpus: string): Answers => {
	const copy = structuredClone(answers);
	(copy.info as { manifest: { corpus: string } }).manifest.corpus = corpus;
	return copy;
};

/** A one-process ingest into `out`'s embedded store; `topics`: the sample's taxonomy, or null: discovered from the corpus. */
export async function embeddedAnswers(corpus: string, out: string, topics: string | null = DEFAULT_TOPICS_FILE): Promise<Answers> {
	const key = corpusKey(corpus, topics);
	const known = embedded.get(key);
	if (known) return renamed(known, basename(corpus));
	await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), topicsFile: topics ?? undefined });
	const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
	try {
		const answers = await storeAnswers(store);
		// kept only where the folder's name is all that names the corpus
		if ((answers.info as { manifest?: { corpus?: string } } | null)?.manifest?.corpus === basename(corpus)) embedded.set(key, answers);
		return answers;
	} finally {
		await store.close();
	}
}

/** `prepared`: after reading ahead what a place search needs, as a server does at start. */
export async function postgresAnswers(url: string, { prepared = false } = {}) {
	const store = await openPostgresStore(url, { readonly: true });
	try {
		if (prepared) await store.prepare?.();
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
