// The server's side of applying a correction in the store (corrections-direct.ts): what the last
// ingest knew (its cache and taxonomy, read once per ingest), the output's store file, and the mark
// that the output's JSON files (places.geojson, documents.json, docs/, excerpts/) lag behind the store
// until they are next made again (refreshStaticOutput, before publish, export and snapshots read them).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { nameKey } from '../places/apply-corrections.ts';
import type { Correction } from '../places/correction-format.ts';
import { openSqliteStore, STORE_FILE, StoreVersionError } from '../store/sqlite/index.ts';
import type { Store } from '../store/types.ts';
import { isWeighted, parseTaxonomy, type Taxonomy } from '../topics/taxonomy.ts';
import { writeFileAtomic } from './atomic.ts';
import { correctionChange, inverseStep, NeedsFullIngest, previewInStore, type CorrectionStep, type GazetteerPlaces, type IngestBase } from './corrections-direct.ts';
import { cachePath, correctionsPendingPath, type IngestCache } from './ingest/cache.ts';
import type { IngestOptions } from './ingest/index.ts';
import { DISCOVERED_TAXONOMY_FILE, loadTaxonomyFile, taxonomySource } from './ingest/taxonomy-choice.ts';

export { NeedsFullIngest } from './corrections-direct.ts';


export interface DirectCorrections {
	preview(current: Correction[], correction: Correction): Promise<{ mentions: number; documents: number }>;
	/** a mention of the place, named as `name` where one is (the geoparser's candidates are read there) */
	mentionOf(placeId: string, name: string): Promise<{ document: string; start: number; end: number; text: string } | null>;
	/** applies the step in the store; `undo` puts the store back (when the file cannot be saved). `check`
	 * sees how many mentions each correction of the next file changes, before anything is written. */
	apply(step: CorrectionStep, check?: (changed: number[]) => void): Promise<{ documents: number; undo(): Promise<void> }>;
}

export interface DirectSetup {
	outDir: string;
	corpusDir: string;
	/** the --topics file the last ingest was given */
	topicsFile: string | null;
	/** where the corrections are saved (the static outputs are made again from it) */
	correctionsFile: string;
	gazetteer(): Promise<GazetteerPlaces>;
	/** the sample corpus and its taxonomy (ingest's defaults) */
	sample: { corpusDir: string; topicsFile: string };
	maxToponyms: number;
}

async function ingestTaxonomy(setup: DirectSetup, cache: IngestCache): Promise<Taxonomy> {
	const { file, source } = await taxonomySource(setup.topicsFile ?? undefined, setup.corpusDir, setup.sample.corpusDir, setup.sample.topicsFile);
	if (file) return (await loadTaxonomyFile(file, source ?? 'file')).taxonomy;
	const raw = await readFile(join(setup.outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null);
	// a discovery that found no topics keeps no file; the same documents find none again
	const found = (cache.summary as { topics?: { source: string } } | null)?.topics;
	if (raw === null && found?.source === 'discovered') return { topics: [], minDocumentHits: 1 };
	const taxonomy = raw === null ? null : parseTaxonomy(JSON.parse(raw));
	// without a kept taxonomy ingest would discover one again from the whole corpus
	if (!taxonomy || !isWeighted(taxonomy)) throw new NeedsFullIngest('the output keeps no discovered taxonomy');
	return taxonomy;
}

export function directCorrections(setup: DirectSetup): DirectCorrections {
	let base: { stamp: string; value: Promise<IngestBase> } | null = null;
	/** The last ingest's cache and taxonomy, read again only when an ingest replaced the cache. */
	async function ingestBase(): Promise<IngestBase> {
		const info = await stat(cachePath(setup.outDir)).catch(() => null);
		if (!info) throw new NeedsFullIngest('the output has no ingest cache');
		const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
		if (base?.stamp !== stamp) {
			const value = (async (): Promise<IngestBase> => {
				const cache = JSON.parse(await readFile(cachePath(setup.outDir), 'utf8')) as IngestCache;
				return { cache, taxonomy: await ingestTaxonomy(setup, cache), maxToponyms: setup.maxToponyms };
			})();
			base = { stamp, value };
			value.catch(() => base?.value === value && (base = null));
		}
		return base.value;
	}
	async function withStore<T>(use: (store: Store) => Promise<T>): Promise<T> {
		const path = join(setup.outDir, STORE_FILE);
		if (!(await stat(path).catch(() => null))) throw new NeedsFullIngest('the output has no store');
		let store: Store;
		try {
			store = openSqliteStore(path);
		} catch (error) {
			if (error instanceof StoreVersionError) throw new NeedsFullIngest('the output has a store of another version');
			throw error;
		}
		try {
			return await use(store);
		} finally {
			await store.close();
		}
	}
	return {
		async mentionOf(placeId, name) {
			return withStore(async (store) => {
				const key = nameKey(name);
				let first: { document: string; start: number; end: number; text: string } | null = null;
				const texts = new Map<string, string>();
				for (const mention of await store.placeMentions(placeId, 50)) {
					const text = texts.get(mention.document) ?? (await store.document(mention.document))?.text ?? '';
					texts.set(mention.document, text);
					const found = { ...mention, text };
					if (nameKey(text.slice(mention.start, mention.end)) === key) return found;
					first ??= found;
				}
				return first;
			});
		},
		async preview(current, correction) {
			const known = await ingestBase();
			return withStore((store) => previewInStore(store, current, correction, known, setup.gazetteer));
		},
		async apply(step, check) {
			const known = await ingestBase();
			return withStore(async (store) => {
				const { documents, changed, change } = await correctionChange(store, step, known, setup.gazetteer);
				check?.(changed);
				await store.writeMentions(change);
				await writeFileAtomic(correctionsPendingPath(setup.outDir), JSON.stringify({ correctionsFile: setup.correctionsFile }));
				return {
					documents,
					// the inverse step, worked out on the store as it then is
					undo: () => withStore(async (again) => again.writeMentions((await correctionChange(again, inverseStep(step), known, setup.gazetteer)).change))
				};
			});
		}
	};
}

/** The output's JSON files, made again by an ingest when corrections were applied in the store since. */
export async function refreshStaticOutput(outDir: string, ingest: Pick<IngestOptions, 'createGeoparser'> = {}): Promise<void> {
	const marker = correctionsPendingPath(outDir);
	const pending = await readFile(marker, 'utf8').catch(() => null);
	if (pending === null) return;
	const { ingestSettingsOf } = await import('./corrections-writer.ts');
	const summary = await ingestSettingsOf(outDir);
	if (!summary) return;
	const { runIngest } = await import('./ingest/index.ts');
	const { correctionsFile } = JSON.parse(pending) as { correctionsFile: string };
	const { corpusDir, settings } = summary;
	// the mark makes the ingest run; the folder it writes has no mark
	await runIngest({ ...ingest, corpusDir, outDir, correctionsFile, topicsFile: settings.topicsFile ?? undefined, name: settings.name });
}
