// A small corpus written for a corrections spec, ingested with the real geoparser and served with the
// corrections writer; a guarded page per test (page errors, console errors and foreign requests fail
// it), and the questions the corrections specs ask of the output, the file and the dialog.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { DocumentFull, DocumentSummary, PlacesCollection } from '../../src/lib/contracts.ts';
import { refreshStaticOutput } from '../../src/lib/server/corrections-store.ts';
import { correctionsWriterFor } from '../../src/lib/server/corrections-writer.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { ensureApp, startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { callJson } from '../helpers/http.ts';
import { guardedPage, launchBrowser, waitForMap, type GuardedPage } from './harness.ts';

export interface CorrectionsSession {
	readonly root: string;
	readonly corpus: string;
	readonly out: string;
	readonly correctionsFile: string;
	readonly server: RunningServer;
	readonly browser: Browser;
	/** the guarded page of the running test (null between tests) */
	readonly current: GuardedPage | null;
	/** a guarded page at `path` of `on` (this spec's server unless told) */
	open(path?: string, on?: { url: string }, options?: { map?: boolean }): Promise<Page>;
	places(dir?: string): Promise<PlacesCollection>;
	placeOf(id: string, dir?: string): Promise<PlacesCollection['features'][number]['properties'] | null>;
	documentNamed(title: string): Promise<DocumentFull>;
	savedCorrections(): Record<string, unknown>[];
	/** a request as a page of the server would send it (its Origin, the token) */
	api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> }>;
}

/**
 * Writes `files` as the corpus (and `corrections` as its corrections file, if given), ingests it and
 * serves it writable for the spec file; the temp folder goes at the end.
 */
export function correctionsSession(files: Record<string, string>, corrections?: unknown): CorrectionsSession {
	const root = mkdtempSync(join(tmpdir(), 'gazette-corrections-e2e-'));
	const corpus = join(root, 'corpus');
	const out = join(root, 'out');
	const correctionsFile = join(corpus, '.gazette-corrections.json');
	let server: RunningServer;
	let browser: Browser;
	let current: GuardedPage | null = null;

	beforeAll(async () => {
		mkdirSync(corpus, { recursive: true });
		for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
		if (corrections !== undefined) writeFileSync(correctionsFile, JSON.stringify(corrections, null, '\t'));
		await runIngest({ corpusDir: corpus, outDir: out });
		const writer = await correctionsWriterFor(out);
		if (typeof writer === 'string') throw new Error(writer);
		await ensureApp();
		[server, browser] = await Promise.all([startServer({ outDir: out, port: 0, corrections: writer }), launchBrowser()]);
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(root, { recursive: true, force: true });
	});
	afterEach(async () => {
		const page = current;
		current = null;
		if (!page) return;
		try {
			expect(page.problems).toEqual([]);
		} finally {
			await page.context.close();
		}
	});

	// the server applies corrections in the store; the JSON files are made again before they are read
	async function places(dir = out): Promise<PlacesCollection> {
		await refreshStaticOutput(dir);
		return JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlacesCollection;
	}
	return {
		root,
		corpus,
		out,
		correctionsFile,
		get server() {
			return server;
		},
		get browser() {
			return browser;
		},
		get current() {
			return current;
		},
		async open(path = '', on: { url: string } = server, { map = true } = {}) {
			current = await guardedPage(browser, on.url);
			await current.page.goto(new URL(path, on.url).href);
			if (map) await waitForMap(current.page);
			return current.page;
		},
		places,
		placeOf: async (id, dir = out) => (await places(dir)).features.find((f) => f.id === id)?.properties ?? null,
		async documentNamed(title) {
			await refreshStaticOutput(out);
			const summary = (JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as DocumentSummary[]).find((d) => d.title === title)!;
			return JSON.parse(readFileSync(join(out, 'docs', `${summary.file}.json`), 'utf8')) as DocumentFull;
		},
		savedCorrections: () => (existsSync(correctionsFile) ? (JSON.parse(readFileSync(correctionsFile, 'utf8')) as { corrections: Record<string, unknown>[] }).corrections : []),
		api: (method, path, body, token = '') =>
			callJson(server.port, method, path, { body, headers: { Origin: `http://127.0.0.1:${server.port}`, 'x-gazette-token': token } })
	};
}

export const correctionDialog = (page: Page) => page.locator('dialog.correction-dialog');
export const previewText = (page: Page) => correctionDialog(page).getByTestId('correction-preview').innerText();

/** Opens a place's popup from the list, then its Change place dialog. */
export async function openDialogFor(page: Page, placeId: string): Promise<void> {
	await page.locator(`button.place[data-id="${placeId}"]`).click();
	await page.locator('.gz-popup .groups li.group').first().waitFor();
	await page.locator('.gz-popup').getByRole('button', { name: 'Change place…' }).click();
	await correctionDialog(page).waitFor();
}

/** The ids of the places the map draws as points (clusters expanded by the source's own data). */
export function mapPlaceIds(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
		const data = (await (map.getSource('places') as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
		return data.features.map((f) => String(f.properties?.id ?? f.id));
	});
}
