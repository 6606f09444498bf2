// What every kind of ingest run starts from: the corpus and output folders (checked apart), the corpus's
// name, its taxonomy and corrections, the embedded store's file, and how the geoparser is opened.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputFileError } from '../../corpus/input-error.ts';
import type { Correction } from '../../places/correction-format.ts';
import { corpusDisplayName } from '../../share/display-name.ts';
import type { StoreTarget } from '../../store/target.ts';
import type { Store } from '../../store/types.ts';
import type { IngestGeoparser } from './geoparser.ts';
import type { IngestOptions } from './index.ts';
import { STATIC_FILES_LIMIT, type IncrementalSetup } from './incremental.ts';
import { givenTaxonomy, loadCorrections } from './inputs.ts';
import { checkSeparate, realLocation } from './output-guard.ts';
import { DEFAULT_MAX_FILE_BYTES } from './walk-corpus.ts';
import { STORE_FILE } from '../../store/sqlite/index.ts';
import type { ChosenTaxonomy } from './taxonomy-choice.ts';

/** The corrections the explorer saves, inside the corpus (a dot file: never read as a document). */
export const CORPUS_CORRECTIONS_FILE = '.gazette-corrections.json';
export const GENERATOR = 'gazette ingest 1';

/**
 * A document naming more places than this (a gazetteer dump, a place-dense log) keeps the first ones,
 * with a warning: its mentions would otherwise swamp the map and the output (as `geoparse --jsonl`
 * caps one record).
 */
export const MAX_TOPONYMS_PER_DOCUMENT = 20_000;

export interface IngestSetup {
	started: number;
	corpusDir: string;
	outDir: string;
	corpusName: string;
	given: ChosenTaxonomy | null;
	correctionsFile: string | undefined;
	corrections: Correction[];
	correctionsRaw: string;
}

/** The embedded store's file: the one `--store sqlite:PATH` names, else the output folder's. */
export function storeFile(outDir: string, target: StoreTarget | undefined): string {
	return target?.kind === 'sqlite' ? resolve(target.path) : join(outDir, STORE_FILE);
}

export async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false
	);
}

/** The run's folders, names, taxonomy and corrections, checked: a bad one is an InputFileError. */
export async function prepareIngest(options: IngestOptions): Promise<IngestSetup> {
	const started = performance.now();
	const corpusDir = resolve(options.corpusDir);
	const info = await stat(corpusDir).catch(() => null);
	if (!info) throw new InputFileError(`corpus folder not found: ${options.corpusDir}`);
	if (!info.isDirectory()) throw new InputFileError(`corpus path is not a folder: ${options.corpusDir}`);
	// a symlinked --out is written through: its target is replaced, the link stays
	const outDir = await realLocation(options.outDir);
	checkSeparate(await realLocation(corpusDir), outDir, { corpus: options.corpusDir, out: options.outDir });

	const corpusName = options.name?.trim() || corpusDisplayName(corpusDir);
	const given = await givenTaxonomy(options, corpusDir);
	const ownCorrections = join(corpusDir, CORPUS_CORRECTIONS_FILE);
	const correctionsFile = options.correctionsFile ? resolve(options.correctionsFile) : (await exists(ownCorrections)) ? ownCorrections : undefined;
	const { corrections, raw: correctionsRaw } = await loadCorrections(correctionsFile, options.correctionsText);
	return { started, corpusDir, outDir, corpusName, given, correctionsFile, corrections, correctionsRaw };
}

/** What the incremental run of these options needs (`shared`: the PostgreSQL store it builds on). */
export function incrementalSetup(options: IngestOptions, setup: IngestSetup, shared: Store | null): IncrementalSetup {
	return {
		corpusDir: setup.corpusDir,
		outDir: setup.outDir,
		storePath: storeFile(setup.outDir, options.store),
		corpusName: setup.corpusName,
		generator: GENERATOR,
		given: setup.given,
		corrections: setup.corrections,
		correctionsRaw: setup.correctionsRaw,
		correctionsFile: setup.correctionsFile,
		maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT,
		maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
		staticFilesLimit: options.staticFilesLimit ?? STATIC_FILES_LIMIT,
		geoparserStarter: (prefetch) => geoparserStarter(options, prefetch),
		onProgress: options.onProgress,
		...(shared ? { shared } : {})
	};
}

/** For an incremental run: a geoparser whose gazetteer loads in its worker, started when asked. */
async function geoparserStarter(options: IngestOptions, prefetch: string[]): Promise<() => Promise<IngestGeoparser>> {
	if (options.createGeoparser || options.workers === 0) return () => openGeoparser(options);
	const { workerGeoparser } = await import('./geoparser.ts');
	return async () => workerGeoparser(prefetch);
}

export async function openGeoparser(options: IngestOptions): Promise<IngestGeoparser> {
	if (options.createGeoparser) return options.createGeoparser();
	const { createGeoparser } = await import('./geoparser.ts');
	// a missing or unreadable gazetteer index is an InputFileError from there, with the fix
	return createGeoparser({ workers: options.workers });
}
