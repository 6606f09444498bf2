// Explorer bench: navigation → map idle in headless Chromium (sample corpus and a generated
// 10,000-place / 1,000-document output), and bytes transferred on first load (gzip, as served).
// Peer, measured in the same run and interleaved with the sample runs: a bare MapLibre page with the
// same basemap at the same camera and no places or UI (tests/bench/peer), built and served the same way.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';
import { runIngest, DEFAULT_CORPUS_DIR } from '../../src/lib/server/ingest/index.ts';
import { ensureApp, startServer } from '../../src/lib/server/serve.ts';
import { launchBenchBrowser } from './bench-browser.ts';
import { writeLargeOutput } from './generate-output.ts';

interface LoadSample {
	idleMs: number;
	jsBytes: number;
	dataBytes: number;
	totalBytes: number;
	filterMs: number;
	/** the camera the page ended at, as `zoom/lat/lng` (the explorer fits itself to the corpus) */
	camera: string | null;
}

async function measure(browser: Browser, url: string): Promise<LoadSample> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	// Resource Timing in the page gives what came over the wire (compressed, with headers) for the page's
	// requests and the worker script; the map worker's own fetches (lakes, cities) come from Playwright's
	// request events. A fresh context means a cold cache.
	const requests: Request[] = [];
	page.on('requestfinished', (request) => requests.push(request));
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 60_000 });
	const idleMs = Number(await page.evaluate(() => document.documentElement.dataset.mapIdleAt));
	const transfers = await page.evaluate(() =>
		([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]).map((e) => ({ url: e.name, bytes: e.transferSize }))
	);
	const seen = new Set(transfers.map((t) => t.url));
	for (const request of [...requests]) {
		if (seen.has(request.url())) continue;
		const sizes = await request.sizes();
		transfers.push({ url: request.url(), bytes: Math.max(0, sizes.responseBodySize) + sizes.responseHeadersSize });
	}
	let jsBytes = 0;
	let dataBytes = 0;
	let totalBytes = 0;
	for (const { url, bytes } of transfers) {
		totalBytes += bytes;
		if (/\.m?js(\?|$)/.test(url)) jsBytes += bytes;
		else if (/\/data\/|\.json(\?|$)/.test(url)) dataBytes += bytes;
	}
	const camera = await page.evaluate(() => {
		const map = (window as unknown as { gazetteMap?: import('maplibre-gl').Map }).gazetteMap;
		return map ? `${map.getZoom()}/${map.getCenter().lat}/${map.getCenter().lng}` : null;
	});
	await page.waitForTimeout(300);
	// One topic filter change: time until the list shows the result (two animation frames at most is the goal).
	const filterMs = await page.evaluate(async () => {
		const input = document.querySelector<HTMLInputElement>('label.chip input');
		if (!input) return -1;
		const before = document.querySelector('#places-heading')?.textContent;
		const start = performance.now();
		input.click();
		for (let i = 0; i < 200; i++) {
			await new Promise((r) => requestAnimationFrame(r));
			if (document.querySelector('#places-heading')?.textContent !== before) break;
		}
		return performance.now() - start;
	});
	await context.close();
	return { idleMs, jsBytes, dataBytes, totalBytes, filterMs, camera };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(samples: LoadSample[]): LoadSample {
	return {
		idleMs: median(samples.map((s) => s.idleMs)),
		jsBytes: median(samples.map((s) => s.jsBytes)),
		dataBytes: median(samples.map((s) => s.dataBytes)),
		totalBytes: median(samples.map((s) => s.totalBytes)),
		filterMs: median(samples.map((s) => s.filterMs)),
		camera: samples[0]?.camera ?? null
	};
}

/** Medians over `runs` loads of each page, taken in turn so that both see the same machine. */
async function series(browser: Browser, urls: string[], runs: number): Promise<LoadSample[]> {
	for (const url of urls) await measure(browser, url); // warm-up (Chromium process, disk cache of the server)
	const samples: LoadSample[][] = urls.map(() => []);
	for (let i = 0; i < runs; i++) for (const [j, url] of urls.entries()) samples[j]!.push(await measure(browser, url));
	return samples.map(summary);
}

/** Builds the bare MapLibre peer page with Vite, gzipped beside like the app's precompressed files. */
async function buildPeer(outDir: string): Promise<void> {
	const { build } = await import('vite');
	await build({ configFile: false, root: fileURLToPath(new URL('./peer/', import.meta.url)), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
	const files = await readdir(outDir, { recursive: true, withFileTypes: true });
	for (const file of files) {
		if (!file.isFile() || !/\.(html|js|mjs|css|json|svg)$/.test(file.name)) continue;
		const path = join(file.parentPath, file.name);
		await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
	}
}

export async function benchExplorer(runs = 3): Promise<Record<string, number | string>> {
	await ensureApp();
	const work = await mkdtemp(join(tmpdir(), 'gazette-bench-'));
	const sampleOut = join(work, 'sample');
	const largeOut = join(work, 'large');
	const peerApp = join(work, 'peer');
	await buildPeer(peerApp);
	await runIngest({ corpusDir: DEFAULT_CORPUS_DIR, outDir: sampleOut });
	await writeLargeOutput(largeOut, 10_000, 1_000);
	const browser = await launchBenchBrowser();
	const sampleServer = await startServer({ outDir: sampleOut, port: 0 });
	const largeServer = await startServer({ outDir: largeOut, port: 0 });
	const peerServer = await startServer({ outDir: sampleOut, port: 0, appDir: peerApp });
	try {
		// the peer opens where the explorer ends up after fitting itself to the sample corpus
		const { camera } = await measure(browser, sampleServer.url);
		const peerUrl = `${peerServer.url}?map=${camera ?? '1.5/30/20'}`;
		const [sample, peer] = (await series(browser, [sampleServer.url, peerUrl], runs)) as [LoadSample, LoadSample];
		const [large] = (await series(browser, [largeServer.url], runs)) as [LoadSample];
		const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
		return {
			'explorer.sample.idle_ms': Math.round(sample.idleMs),
			'explorer.sample.first_load_kb_gzip': kb(sample.totalBytes),
			'explorer.sample.js_kb_gzip': kb(sample.jsBytes),
			'explorer.sample.data_kb_gzip': kb(sample.dataBytes),
			'explorer.sample.filter_ms': Math.round(sample.filterMs),
			'explorer.peer.bare_maplibre_idle_ms': Math.round(peer.idleMs),
			'explorer.peer.bare_maplibre_first_load_kb_gzip': kb(peer.totalBytes),
			'explorer.sample.idle_vs_bare_maplibre': `${(sample.idleMs / peer.idleMs).toFixed(2)}× (gazette explorer idle / bare MapLibre idle, same basemap and camera)`,
			'explorer.large.idle_ms': Math.round(large.idleMs),
			'explorer.large.first_load_kb_gzip': kb(large.totalBytes),
			'explorer.large.data_kb_gzip': kb(large.dataBytes),
			'explorer.large.filter_ms': Math.round(large.filterMs),
			'explorer.targets': 'sample idle ≤ 1500 ms, large idle ≤ 3000 ms, sample first load ≤ 600 KB gzip'
		};
	} finally {
		await browser.close();
		await sampleServer.close();
		await largeServer.close();
		await peerServer.close();
		await rm(work, { recursive: true, force: true });
	}
}
