// Explorer bench: navigation → map idle in headless Chromium (sample corpus and a generated
// 10,000-place / 1,000-document output), and bytes transferred on first load (gzip, as served).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runIngest, DEFAULT_CORPUS_DIR } from '../../src/lib/server/ingest/index.ts';
import { ensureApp, startServer } from '../../src/lib/server/serve.ts';
import { launchBrowser } from '../e2e/harness.ts';
import { writeLargeOutput } from './generate-output.ts';

interface LoadSample {
	idleMs: number;
	jsBytes: number;
	dataBytes: number;
	totalBytes: number;
	filterMs: number;
}

async function measure(browser: Browser, url: string): Promise<LoadSample> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 60_000 });
	const idleMs = Number(await page.evaluate(() => document.documentElement.dataset.mapIdleAt));
	// Resource Timing sees the page's and the map worker's requests alike; transferSize is what came
	// over the wire (compressed, with headers). A fresh context means a cold cache.
	const { jsBytes, dataBytes, totalBytes } = await page.evaluate(() => {
		const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
		let js = 0;
		let data = 0;
		let total = 0;
		for (const entry of entries) {
			total += entry.transferSize;
			if (/\.m?js(\?|$)/.test(entry.name)) js += entry.transferSize;
			else if (/\/data\/|\.json(\?|$)/.test(entry.name)) data += entry.transferSize;
		}
		return { jsBytes: js, dataBytes: data, totalBytes: total };
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
	return { idleMs, jsBytes, dataBytes, totalBytes, filterMs };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

async function series(browser: Browser, url: string, runs: number): Promise<LoadSample> {
	await measure(browser, url); // warm-up (Chromium process, disk cache of the server)
	const samples: LoadSample[] = [];
	for (let i = 0; i < runs; i++) samples.push(await measure(browser, url));
	return {
		idleMs: median(samples.map((s) => s.idleMs)),
		jsBytes: median(samples.map((s) => s.jsBytes)),
		dataBytes: median(samples.map((s) => s.dataBytes)),
		totalBytes: median(samples.map((s) => s.totalBytes)),
		filterMs: median(samples.map((s) => s.filterMs))
	};
}

export async function benchExplorer(runs = 3): Promise<Record<string, number | string>> {
	await ensureApp();
	const work = await mkdtemp(join(tmpdir(), 'gazette-bench-'));
	const sampleOut = join(work, 'sample');
	const largeOut = join(work, 'large');
	await runIngest({ corpusDir: DEFAULT_CORPUS_DIR, outDir: sampleOut });
	await writeLargeOutput(largeOut, 10_000, 1_000);
	const browser = await launchBrowser();
	const sampleServer = await startServer({ outDir: sampleOut, port: 0 });
	const largeServer = await startServer({ outDir: largeOut, port: 0 });
	try {
		const sample = await series(browser, sampleServer.url, runs);
		const large = await series(browser, largeServer.url, runs);
		const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
		return {
			'explorer.sample.idle_ms': Math.round(sample.idleMs),
			'explorer.sample.first_load_kb_gzip': kb(sample.totalBytes),
			'explorer.sample.js_kb_gzip': kb(sample.jsBytes),
			'explorer.sample.data_kb_gzip': kb(sample.dataBytes),
			'explorer.sample.filter_ms': Math.round(sample.filterMs),
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
		await rm(work, { recursive: true, force: true });
	}
}
