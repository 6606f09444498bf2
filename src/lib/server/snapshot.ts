// The self-contained HTML snapshot: the snapshot bundle (build/snapshot, see vite.snapshot.config.ts)
// and an ingest output's data inlined into one HTML file that opens from file:// with no network.
// A Content-Security-Policy in the file itself forbids every request that is not data: or blob:.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary, Manifest, PlaceExcerpts, PlacesCollection, TopicSummary } from '../contracts.ts';
import { jsonForScript, SNAPSHOT_ELEMENT_ID, type SnapshotData } from '../../snapshot/contract.ts';
import { publicManifest } from '../share/display-name.ts';
import { boundedExcerpts } from '../share/popup-excerpts.ts';
import { viewSubset } from '../share/view-subset.ts';
import { filtersOf, parseViewState } from '../state/url.ts';
import { dataFileName, readOptionalJson } from './output-files.ts';
import { PACKAGE_ROOT } from './paths.ts';
import { buildFromPackageRoot } from './vite-build.ts';

export const SNAPSHOT_DIR = join(PACKAGE_ROOT, 'build', 'snapshot');

export const SNAPSHOT_CSP = [
	"default-src 'none'",
	"script-src 'unsafe-inline' data: blob:",
	"style-src 'unsafe-inline'",
	'img-src data: blob:',
	'font-src data:',
	'connect-src data: blob:',
	'worker-src data: blob:',
	"base-uri 'none'",
	"form-action 'none'"
].join('; ');

/** Also how a later export knows this file as its own (src/cli/commands/export-files.ts). */
export const SNAPSHOT_GENERATOR = 'gazette export';

export interface SnapshotOptions {
	outDir: string;
	/** explorer URL parameters */
	query: string;
	title: string | null;
	theme: SnapshotData['theme'];
	/** what the page calls the corpus (default: the manifest's, reduced to a folder name) */
	name?: string;
}

/** Builds the snapshot bundle when it is missing (a fresh clone), like ensureApp does for the app. */
export async function ensureSnapshotBundle(log: (message: string) => void = () => {}, dir = SNAPSHOT_DIR): Promise<void> {
	if (existsSync(join(dir, 'snapshot.js')) && existsSync(join(dir, 'snapshot.css'))) return;
	log('Building the snapshot bundle (first run, a few seconds)…');
	await buildFromPackageRoot('vite.snapshot.config.ts');
	if (!existsSync(join(dir, 'snapshot.js'))) throw new Error(`the snapshot build did not produce ${join(dir, 'snapshot.js')}`);
}

async function readJson<T>(path: string): Promise<T> {
	return JSON.parse(await readFile(path, 'utf8')) as T;
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * Code that is safe inside a <script> or <style> element: `</script`, `</style` and `<!--` (which can
 * change where the HTML parser ends a script) get their `<` written as `\x3C`, which means `<` in JS
 * strings, templates and regular expressions alike, and in CSS strings as `\3C `.
 */
function inlineSafe(code: string, tag: 'script' | 'style'): string {
	if (tag === 'style') return code.replace(/<\/style/gi, '\\3C /style');
	return code.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

/** What a view shows of the output (also the data of a published explorer, publish/data.ts). */
export async function loadSnapshotData(options: SnapshotOptions): Promise<Omit<SnapshotData, 'excerpts'>> {
	const { outDir } = options;
	const [manifest, places, documents, topics] = await Promise.all([
		readJson<Manifest>(join(outDir, 'manifest.json')),
		readJson<PlacesCollection>(join(outDir, 'places.geojson')),
		readJson<DocumentSummary[]>(join(outDir, 'documents.json')),
		readJson<TopicSummary[]>(join(outDir, 'topics.json')).catch(() => [] as TopicSummary[])
	]);
	// only what the view shows is published, and the corpus by its display name
	const filters = filtersOf(parseViewState(new URLSearchParams(options.query)));
	const shown = viewSubset({ manifest: publicManifest(manifest), places, documents, topics }, filters);
	if (options.name?.trim()) shown.manifest.corpus = options.name.trim();
	return { query: options.query, title: options.title, theme: options.theme, ...shown };
}

/** Per place (by its excerpts file), what its popup shows: the first excerpts from the view's documents. */
async function popupExcerptsOf(outDir: string, view: Omit<SnapshotData, 'excerpts'>): Promise<SnapshotData['excerpts']> {
	const kept = new Set(view.documents.map((doc) => doc.id));
	const files = view.places.features.map((place) => place.properties.excerptsFile);
	const excerpts: SnapshotData['excerpts'] = {};
	// a few files at a time: a big view has thousands
	for (let at = 0; at < files.length; at += 32) {
		await Promise.all(
			files.slice(at, at + 32).map(async (file) => {
				const found = await readOptionalJson<PlaceExcerpts>(join(outDir, 'excerpts', dataFileName(file)));
				if (found) excerpts[file] = boundedExcerpts(found, (id) => kept.has(id));
			})
		);
	}
	return excerpts;
}

export async function snapshotHtml(options: SnapshotOptions, bundleDir = SNAPSHOT_DIR): Promise<string> {
	const [view, script, style] = await Promise.all([loadSnapshotData(options), readFile(join(bundleDir, 'snapshot.js'), 'utf8'), readFile(join(bundleDir, 'snapshot.css'), 'utf8')]);
	const data: SnapshotData = { ...view, excerpts: await popupExcerptsOf(options.outDir, view) };
	const title = options.title?.trim() || `Map of ${data.manifest.corpus}`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">
<meta name="generator" content="${SNAPSHOT_GENERATOR}">
<title>${escapeHtml(title)}</title>
<style>${inlineSafe(style, 'style')}</style>
</head>
<body>
<div id="app"></div>
<noscript>This map needs JavaScript.</noscript>
<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${jsonForScript(data)}</script>
<script type="module">${inlineSafe(script, 'script')}</script>
</body>
</html>
`;
}
