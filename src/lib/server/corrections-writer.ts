// How `gazette serve` / `explore` save corrections for an ingest output: into the file the last
// ingest read, else the corpus's own .gazette-corrections.json; each edit is applied in the output's
// store (corrections-store.ts), or reruns ingest as it ran where the store cannot take it.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { CorrectionsWriter } from './corrections-api.ts';
import { cachePath } from './ingest/cache.ts';
import { gazetteerLookup } from './corrections-lookup.ts';
import { loadGazetteer } from './gazetteer.ts';
import { directCorrections } from './corrections-store.ts';
import type { GazetteerPlaces } from './corrections-direct.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { PostgresStore } from '../store/postgres/index.ts';
import { sharedDirectCorrections, sharedSettingsOf } from './corrections-shared.ts';

interface IngestSettings {
	corpusDir: string;
	settings?: { correctionsFile: string | null; topicsFile: string | null; name: string };
}

/** How the last ingest of `outDir` ran, or null for an output without its ingest cache (copied, published). */
export async function ingestSettingsOf(outDir: string): Promise<Required<IngestSettings> | null> {
	let summary: IngestSettings | null = null;
	try {
		summary = (JSON.parse(await readFile(cachePath(outDir), 'utf8')) as { summary: IngestSettings | null }).summary;
	} catch {
		// nothing to rerun
	}
	return summary?.corpusDir && summary.settings ? { corpusDir: summary.corpusDir, settings: summary.settings } : null;
}

function userName(): string | null {
	try {
		return userInfo().username || null;
	} catch {
		// no user name on this system
		return null;
	}
}

/** One gazetteer, loaded on first need, for the dialog's look-ups and for applying corrections. */
function serverGazetteer(): { shared: () => Promise<Gazetteer>; gazetteer: () => Promise<GazetteerPlaces> } {
	let loaded: Promise<Gazetteer> | null = null;
	const shared = () => {
		loaded ??= loadGazetteer();
		loaded.catch(() => (loaded = null));
		return loaded;
	};
	const gazetteer = async (): Promise<GazetteerPlaces> => {
		const [found, api, { gazetteerPlaceLookup }] = await Promise.all([shared(), import('../gazetteer/index.ts'), import('./ingest/geoparser.ts')]);
		return { lookup: gazetteerPlaceLookup(found, api), countryName: (code) => api.countryName(found, code) };
	};
	return { shared, gazetteer };
}

/** The writer for a shared store the explorer answers from, or a reason why corrections cannot be saved to it. */
export async function sharedCorrectionsWriter(store: PostgresStore, url: string, outDir: string, correctionsFile?: string): Promise<CorrectionsWriter | string> {
	const settings = sharedSettingsOf(await store.state());
	if (!settings) return 'this store does not say which corpus it was made from (ingest it again with this gazette to make corrections)';
	const { runIngest, CORPUS_CORRECTIONS_FILE, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE, MAX_TOPONYMS_PER_DOCUMENT } = await import('./ingest/index.ts');
	const { corpusDir, topicsFile, name } = settings;
	const file = resolve(correctionsFile ?? settings.correctionsFile ?? join(corpusDir, CORPUS_CORRECTIONS_FILE));
	const { shared, gazetteer } = serverGazetteer();
	return {
		outDir,
		correctionsFile: file,
		author: userName(),
		lookup: gazetteerLookup(shared),
		direct: sharedDirectCorrections({ store: async () => store, gazetteer, sample: { corpusDir: DEFAULT_CORPUS_DIR, topicsFile: DEFAULT_TOPICS_FILE }, maxToponyms: MAX_TOPONYMS_PER_DOCUMENT }),
		// where the database cannot take the edit, ingest runs on it as it last ran, with the next file
		reapply: (correctionsText) => runIngest({ corpusDir, outDir, correctionsFile: file, correctionsText, topicsFile: topicsFile ?? undefined, name, store: { kind: 'postgres', url } })
	};
}

/** The writer for `outDir`, or a reason why corrections cannot be saved for it. */
export async function correctionsWriterFor(outDir: string, correctionsFile?: string): Promise<CorrectionsWriter | string> {
	const summary = await ingestSettingsOf(outDir);
	if (!summary) return 'this output does not say which corpus it was made from (ingest it again to make corrections)';
	const { corpusDir, settings } = summary;
	const { runIngest, CORPUS_CORRECTIONS_FILE, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE, MAX_TOPONYMS_PER_DOCUMENT } = await import('./ingest/index.ts');
	const file = resolve(correctionsFile ?? settings.correctionsFile ?? join(corpusDir, CORPUS_CORRECTIONS_FILE));
	const author = userName();
	const { shared, gazetteer } = serverGazetteer();
	return {
		outDir,
		correctionsFile: file,
		author,
		lookup: gazetteerLookup(shared),
		direct: directCorrections({
			outDir,
			corpusDir,
			topicsFile: settings.topicsFile,
			correctionsFile: file,
			gazetteer,
			sample: { corpusDir: DEFAULT_CORPUS_DIR, topicsFile: DEFAULT_TOPICS_FILE },
			maxToponyms: MAX_TOPONYMS_PER_DOCUMENT
		}),
		reapply: (correctionsText) => runIngest({ corpusDir, outDir, correctionsFile: file, correctionsText, topicsFile: settings.topicsFile ?? undefined, name: settings.name })
	};
}
