// The server's side of applying a correction in the store (corrections-direct.ts), on any store
// (directOn); here the embedded one of an output folder: what the last ingest knew (its cache and
// taxonomy, read once per ingest), the output's store file, and the mark that the output's JSON files
// (places.geojson, documents.json, docs/, excerpts/) lag behind the store until they are next made again
// (refreshStaticOutput, before publish, export and snapshots read them). The shared store's side is
// corrections-shared.ts.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { nameKey } from '../places/apply-corrections.ts';
import type { Correction } from '../places/correction-format.ts';
import { openSqliteStore, STORE_FILE, StoreVersionError } from '../store/sqlite/index.ts';
import type { Store } from '../store/types.ts';
import { isWeighted, parseTaxonomy, type Taxonomy } from '../topics/taxonomy.ts';
import { writeFileAtomic } from './atomic.ts';
import { cachedPlaces, cachedToponyms, changeKey, correctionChange, inverseStep, NeedsFullIngest, previewInStore, workOutChange, type CorrectionStep, type GazetteerPlaces, type IngestBase, type PreparedChange, type WorkedChange } from './corrections-direct.ts';
import { cachePath, correctionsPendingPath, type IngestCache } from './ingest/cache.ts';
import type { IngestOptions } from './ingest/index.ts';
import { DISCOVERED_TAXONOMY_FILE, loadTaxonomyFile, taxonomySource } from './ingest/taxonomy-choice.ts';

export { NeedsFullIngest } from './corrections-direct.ts';


export interface DirectCorrections {
	preview(current: Correction[], correction: Correction): Promise<{ mentions: number; documents: number }>;
	/** works out ahead what applying `correction` after `current` writes (the next apply of it reuses that) */
	prepare?(current: Correction[], correction: Correction): Promise<void>;
	/** a mention of the place, named as `name` where one is (the geoparser's candidates are read there) */
	mentionOf(placeId: string, name: string): Promise<{ document: string; start: number; end: number; text: string } | null>;
	/** a document's text as the store keeps it, or null */
	documentText(id: string): Promise<string | null>;
	/** applies the step in the store; `undo` puts the store back (when the file cannot be saved). `check`
	 * sees how many mentions each correction of the next file changes, before anything is written. */
	apply(step: CorrectionStep, check?: (changed: number[]) => void): Promise<{ documents: number; reused: boolean; undo(): Promise<void> }>;
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

/** Where the last ingest's taxonomy came from: its files, and the discovered one it kept (raw JSON). */
export interface TaxonomyPlace {
	corpusDir: string;
	topicsFile: string | null;
	sample: { corpusDir: string; topicsFile: string };
	/** the discovered taxonomy ingest kept, or null */
	discovered(): Promise<string | null>;
	/** the ingest summary's topic source ('discovered' with no taxonomy kept: it found none) */
	source: string | undefined;
}

/** The taxonomy the last ingest used, as it would choose it again. */
export async function ingestTaxonomy(place: TaxonomyPlace): Promise<Taxonomy> {
	const { file, source } = await taxonomySource(place.topicsFile ?? undefined, place.corpusDir, place.sample.corpusDir, place.sample.topicsFile);
	if (file) return (await loadTaxonomyFile(file, source ?? 'file')).taxonomy;
	const raw = await place.discovered();
	// a discovery that found no topics keeps no file; the same documents find none again
	if (raw === null && place.source === 'discovered') return { topics: [], minDocumentHits: 1 };
	const taxonomy = raw === null ? null : parseTaxonomy(JSON.parse(raw));
	// without a kept taxonomy ingest would discover one again from the whole corpus
	if (!taxonomy || !isWeighted(taxonomy)) throw new NeedsFullIngest('the output keeps no discovered taxonomy');
	return taxonomy;
}

/** Where a correction is applied: the store, what the last ingest knew, and what else lags behind. */
export interface DirectBackend {
	/** runs `use` on the store (opened for it); NeedsFullIngest when there is none to correct */
	withStore<T>(use: (store: Store) => Promise<T>): Promise<T>;
	/** what the last ingest knew (cached until another ingest ran) */
	ingestBase(store: Store): Promise<IngestBase>;
	gazetteer(): Promise<GazetteerPlaces>;
	/** after a correction: marks what is made from the store and now lags behind it */
	applied?(): Promise<void>;
}

/** The embedded store of an ingest output folder, with the output's ingest cache. */
function outputBackend(setup: DirectSetup): DirectBackend {
	let base: { stamp: string; value: Promise<IngestBase> } | null = null;
	return {
		/** The last ingest's cache and taxonomy, read again only when an ingest replaced the cache. */
		async ingestBase() {
			const info = await stat(cachePath(setup.outDir)).catch(() => null);
			if (!info) throw new NeedsFullIngest('the output has no ingest cache');
			const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
			if (base?.stamp !== stamp) {
				const value = (async (): Promise<IngestBase> => {
					const cache = JSON.parse(await readFile(cachePath(setup.outDir), 'utf8')) as IngestCache;
					const taxonomy = await ingestTaxonomy({
						...setup,
						discovered: () => readFile(join(setup.outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null),
						source: (cache.summary as { topics?: { source: string } } | null)?.topics?.source
					});
					return { toponyms: cachedToponyms(cache.entries), places: cachedPlaces(cache.places), countryNames: cache.countryNames, taxonomy, maxToponyms: setup.maxToponyms };
				})();
				base = { stamp, value };
				value.catch(() => base?.value === value && (base = null));
			}
			return base.value;
		},
		async withStore(use) {
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
		},
		gazetteer: setup.gazetteer,
		async applied() {
			await writeFileAtomic(correctionsPendingPath(setup.outDir), JSON.stringify({ correctionsFile: setup.correctionsFile }));
		}
	};
}

export function directCorrections(setup: DirectSetup): DirectCorrections {
	return directOn(outputBackend(setup));
}

export function directOn(backend: DirectBackend): DirectCorrections {
	const { withStore } = backend;
	// the work of the last prepared correction, taken by the next apply (once) when its key matches
	let ahead: { key: string; base: IngestBase; value: Promise<WorkedChange> } | null = null;
	const prepared = (base: IngestBase): PreparedChange => (key) => {
		const taken = ahead;
		ahead = null;
		return taken && taken.key === key && taken.base === base ? taken.value : null;
	};
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
		async documentText(id) {
			return withStore(async (store) => (await store.document(id))?.text ?? null);
		},
		async preview(current, correction) {
			return withStore(async (store) => previewInStore(store, current, correction, await backend.ingestBase(store), backend.gazetteer));
		},
		async prepare(current, correction) {
			ahead = null;
			await withStore(async (store) => {
				const [base, manifest, version] = [await backend.ingestBase(store), await store.storedManifest(), await store.storeVersion()];
				if (!manifest) return;
				const after = [...current, correction];
				const value = workOutChange(store, current, after, [correction], base, backend.gazetteer, manifest);
				ahead = { key: changeKey(version, manifest, current, after, [correction]), base, value };
				await value;
			});
		},
		async apply(step, check) {
			return withStore(async (store) => {
				const known = await backend.ingestBase(store);
				const { documents, changed, change, reused } = await correctionChange(store, step, known, backend.gazetteer, prepared(known));
				check?.(changed);
				await store.writeMentions(change);
				await backend.applied?.();
				return {
					documents,
					reused,
					// the inverse step, worked out on the store as it then is
					undo: () => withStore(async (again) => again.writeMentions((await correctionChange(again, inverseStep(step), known, backend.gazetteer)).change))
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
	await runIngest({ ...ingest, corpusDir, outDir, correctionsFile, topicsFile: settings.topicsFile ?? undefined, name: settings.name, staticFiles: true });
}
