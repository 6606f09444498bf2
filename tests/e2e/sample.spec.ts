// The explorer on the real sample corpus (data/corpus), ingested into a temporary folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR, runIngest } from '../../src/lib/server/ingest/index.ts';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { guardedPage, launchBrowser, serve, waitForMap } from './harness.ts';

let server: RunningServer;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
	outDir = join(await mkdtemp(join(tmpdir(), 'gazette-sample-')), 'out');
	await runIngest({ corpusDir: DEFAULT_CORPUS_DIR, outDir });
	[server, browser] = await Promise.all([serve(outDir), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (outDir) await rm(join(outDir, '..'), { recursive: true, force: true });
});

describe('explorer on the sample corpus', () => {
	it('renders the corpus places and opens excerpts, with only same-origin requests and no errors', async () => {
		const { page, context, problems, requests } = await guardedPage(browser, server.url);
		try {
			await page.goto(server.url);
			await waitForMap(page);
			const count = await page.locator('button.place').count();
			expect(count).toBeGreaterThan(5);
			const rendered = await page.evaluate(() => {
				const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
				return map.queryRenderedFeatures({ layers: ['places', 'clusters', 'corridors', 'regions'] }).length;
			});
			expect(rendered).toBeGreaterThan(0);
			await page.locator('button.place').first().click();
			await expect.poll(() => page.locator('.gz-popup a.excerpt').count()).toBeGreaterThan(0);
			expect(await page.locator('.gz-popup mark').count()).toBeGreaterThan(0);
			// checked while the page is open, so an error the page reports at the end still counts
			expect(problems).toEqual([]);
			expect(requests.some((url) => /^\/(data|api)\//.test(new URL(url).pathname))).toBe(true);
			for (const url of requests) expect(new URL(url).origin).toBe(new URL(server.url).origin);
		} finally {
			await context.close();
		}
	});
});
