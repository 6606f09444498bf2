// The data store: fetches the ingest output once (relative to the app, `./data/`), builds the indexes,
// and caches per-place excerpts and per-document texts as they are opened.
import type { DocumentFull, DocumentSummary, Manifest, PlaceExcerpts, PlacesCollection, TopicSummary } from '../contracts.ts';
import { publicManifest } from '../share/display-name.ts';
import { buildIndex, type ExplorerIndex } from './filter.ts';

export interface ExplorerData {
	manifest: Manifest;
	index: ExplorerIndex;
}

/** The ingest output folder, served beside the app. Both app routes live at the app root. */
export function dataUrl(file: string): string {
	const root = new URL('.', window.location.href);
	return new URL(`data/${file.split('/').map(encodeURIComponent).join('/')}`, root).href;
}

async function fetchJson<T>(file: string): Promise<T> {
	const response = await fetch(dataUrl(file));
	// 409: the server says why the file is not there yet (a big corpus makes it on demand)
	if (response.status === 409) throw new Error(`Could not load ${file}: ${(await response.text()).slice(0, 300)}`);
	if (!response.ok) throw new Error(`Could not load ${file} (HTTP ${response.status})`);
	return (await response.json()) as T;
}

let data: Promise<ExplorerData> | null = null;
const excerpts = new Map<string, Promise<PlaceExcerpts>>();
const documents = new Map<string, Promise<DocumentFull>>();

export function loadExplorerData(): Promise<ExplorerData> {
	data ??= (async () => {
		const [manifest, places, docs, topics] = await Promise.all([
			fetchJson<Manifest>('manifest.json'),
			fetchJson<PlacesCollection>('places.geojson'),
			fetchJson<DocumentSummary[]>('documents.json'),
			fetchJson<TopicSummary[]>('topics.json').catch(() => [] as TopicSummary[])
		]);
		return { manifest: publicManifest(manifest), index: buildIndex(places.features, docs, topics) };
	})();
	data.catch(() => (data = null));
	return data;
}

/** Forgets everything loaded, after the server rewrote the output (topics shaped in the explorer). */
export function forgetExplorerData(): void {
	data = null;
	excerpts.clear();
	documents.clear();
}

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
	let entry = cache.get(key);
	if (!entry) {
		entry = load();
		cache.set(key, entry);
		entry.catch(() => cache.delete(key));
	}
	return entry;
}

/** contracts.ts: `docs/<file>.json`, `excerpts/<file>.json`; a name that already ends in .json is kept. */
const jsonName = (file: string) => (file.endsWith('.json') ? file : `${file}.json`);

export function loadExcerpts(file: string): Promise<PlaceExcerpts> {
	return cached(excerpts, file, () => fetchJson<PlaceExcerpts>(`excerpts/${jsonName(file)}`));
}

export function loadDocument(file: string): Promise<DocumentFull> {
	return cached(documents, file, () => fetchJson<DocumentFull>(`docs/${jsonName(file)}`));
}
