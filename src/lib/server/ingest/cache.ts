// Content-hash cache for incremental ingest. Geoparsing is the expensive stage, so its output is kept
// per document text (keyed by a hash of the text and of the geoparser + gazetteer version). The cache
// lives inside the output folder (.cache/, not served) and is replaced atomically with it.
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PlaceRecord } from '../../corpus/place-record.ts';
import { DEFAULT_GAZETTEER_PATH, gazetteerNamesPath, gazetteerPlacesPath, PACKAGE_ROOT } from '../paths.ts';
import type { CompactToponym } from './compact.ts';

export const CACHE_FOLDER = '.cache';
const CACHE_FILE = 'ingest-cache.json';
const CACHE_VERSION = 1;

export interface IngestCache {
	version: number;
	/** geoparser + gazetteer fingerprint the entries were made with */
	geoparser: string;
	/** text hash → toponyms */
	entries: Record<string, CompactToponym[]>;
	places: Record<string, PlaceRecord>;
	countryNames: Record<string, string>;
	/** fingerprint of everything that shaped the last output; equal means nothing to do */
	output: string;
	/** the last run's summary numbers, returned again when nothing changed */
	summary: unknown;
}

export function hashText(...parts: string[]): string {
	const hash = createHash('sha1');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex');
}

export function emptyCache(geoparser: string): IngestCache {
	return { version: CACHE_VERSION, geoparser, entries: {}, places: {}, countryNames: {}, output: '', summary: null };
}

/** The previous run's cache, or an empty one when missing, unreadable, or made by another geoparser. */
export async function readCache(outDir: string, geoparser: string): Promise<IngestCache> {
	try {
		const cache = JSON.parse(await readFile(join(outDir, CACHE_FOLDER, CACHE_FILE), 'utf8')) as IngestCache;
		if (cache.version !== CACHE_VERSION) return emptyCache(geoparser);
		// A different geoparser invalidates the toponyms but not the "nothing changed" check (it is in `output`).
		return cache.geoparser === geoparser ? cache : { ...emptyCache(geoparser), output: cache.output, summary: cache.summary };
	} catch {
		return emptyCache(geoparser);
	}
}

export function cachePath(dir: string): string {
	return join(dir, CACHE_FOLDER, CACHE_FILE);
}

/** Marks an output whose store holds corrections its JSON files do not show yet (corrections-store.ts):
 * such an output is never "unchanged" for the next ingest. */
export function correctionsPendingPath(dir: string): string {
	return join(dir, CACHE_FOLDER, 'corrections-pending.json');
}

/** Sizes and modification times of every file under the given paths: cheap, and changes with any edit. */
async function fileStamp(paths: string[]): Promise<string> {
	const stamps: string[] = [];
	const visit = async (path: string) => {
		let info;
		try {
			info = await stat(path);
		} catch {
			stamps.push(`${path}:missing`);
			return;
		}
		if (info.isDirectory()) {
			for (const name of (await readdir(path)).sort()) await visit(join(path, name));
		} else stamps.push(`${path}:${info.size}:${Math.round(info.mtimeMs)}`);
	};
	for (const path of paths) await visit(path);
	return hashText(...stamps);
}

/**
 * The code that makes a text's cached toponyms and place records: the geoparser and gazetteer, and the
 * worker that loads them and compacts their output (compact.ts). Every module the worker imports must be
 * here, or a change to it would leave stale results in the caches (checked by cache-fingerprint.spec.ts).
 */
export const GEOPARSER_SOURCES = [
	'src/lib/geoparse',
	'src/lib/gazetteer',
	// (the one text folding, which the geoparser's first-name test reads)
	'src/lib/fold.ts',
	'src/lib/server/gazetteer.ts',
	'src/lib/server/gazetteer-build',
	'src/lib/server/paths.ts',
	'src/lib/server/atomic.ts',
	'src/lib/server/ingest/geoparse-worker.ts',
	'src/lib/server/ingest/geoparser.ts',
	'src/lib/server/ingest/module-worker.ts',
	'src/lib/server/ingest/compact.ts',
	'src/lib/corpus/place-record.ts',
	'src/lib/corpus/input-error.ts',
	'src/lib/contracts.ts',
	'src/lib/regexp.ts'
];

/** Changes whenever the geoparser code (and what runs it) or the compiled gazetteer changes. */
export function geoparserFingerprint(): Promise<string> {
	return sourcesStamp(PACKAGE_ROOT, GEOPARSER_SOURCES, [DEFAULT_GAZETTEER_PATH, gazetteerNamesPath(DEFAULT_GAZETTEER_PATH), gazetteerPlacesPath(DEFAULT_GAZETTEER_PATH)]);
}

/** The stamp of the files under `sources` (paths from `root`) and of the `files` given. */
export function sourcesStamp(root: string, sources: readonly string[], files: string[] = []): Promise<string> {
	return fileStamp([...sources.map((path) => join(root, path)), ...files]);
}

/** The rest of the code ingest runs (readers, topics, corrections, stores): with the geoparser's, every module it imports. */
export const INGEST_SOURCES = [
	'src/lib/read',
	'src/lib/corpus',
	'src/lib/store',
	'src/lib/server/ingest',
	'src/lib/topics',
	'src/lib/places',
	'src/lib/share/display-name.ts',
	'src/lib/fold.ts',
	'src/lib/contracts.ts'
];

/** Changes whenever the ingest stages change (their output may differ for the same input). */
export function ingestCodeFingerprint(): Promise<string> {
	return sourcesStamp(PACKAGE_ROOT, INGEST_SOURCES);
}

/**
 * The cache written as a corpus is streamed through ingest (streamed.ts): the entries part by part,
 * the rest at the end — the same JSON readCache reads, without holding every entry at once.
 */
export async function openCacheWriter(dir: string, geoparser: string) {
	const path = cachePath(dir);
	await mkdir(dirname(path), { recursive: true });
	const file = await open(path, 'w');
	await file.write(`{"version":${CACHE_VERSION},"geoparser":${JSON.stringify(geoparser)},"entries":{`);
	let first = true;
	return {
		/** one part's entries (a text an earlier part had too comes again: JSON.parse keeps one, the same) */
		async entries(list: Iterable<[hash: string, toponyms: CompactToponym[]]>): Promise<void> {
			let text = '';
			for (const [hash, toponyms] of list) {
				text += `${first ? '' : ','}${JSON.stringify(hash)}:${JSON.stringify(toponyms)}`;
				first = false;
			}
			if (text) await file.write(text);
		},
		async finish(rest: Omit<IngestCache, 'version' | 'geoparser' | 'entries'>): Promise<void> {
			try {
				await file.write(`},"places":${JSON.stringify(rest.places)},"countryNames":${JSON.stringify(rest.countryNames)},"output":${JSON.stringify(rest.output)},"summary":${JSON.stringify(rest.summary)}}`);
			} finally {
				await file.close();
			}
		},
		close: () => file.close().catch(() => {})
	};
}
