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

	it('zooms a clicked cluster straight to the zoom where it splits, not one level a click', async () => {
		const { page, context, problems } = await guardedPage(browser, server.url);
		type Map_ = import('maplibre-gl').Map;
		try {
			await page.goto(`${server.url}?map=3/40.5/47.5`);
			await waitForMap(page);
			// the cluster that splits furthest in
			const target = await page.evaluate(async () => {
				const map = (window as unknown as { gazetteMap: Map_ }).gazetteMap;
				const source = map.getSource('places') as import('maplibre-gl').GeoJSONSource;
				const rect = map.getCanvas().getBoundingClientRect();
				let best: { x: number; y: number; splits: number } | null = null;
				for (const cluster of map.queryRenderedFeatures({ layers: ['clusters'] })) {
					const splits = await source.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
					const xy = map.project((cluster.geometry as GeoJSON.Point).coordinates as [number, number]);
					const inside = xy.x > 40 && xy.y > 40 && xy.x < rect.width - 40 && xy.y < rect.height - 40;
					if (inside && (!best || splits > best.splits)) best = { x: rect.left + xy.x, y: rect.top + xy.y, splits };
				}
				return best && { ...best, from: map.getZoom(), max: map.getMaxZoom() };
			});
			expect(target).not.toBeNull();
			// more than one level in, so one level a click would not get there
			expect(target!.splits - target!.from).toBeGreaterThan(1);
			await page.mouse.click(target!.x, target!.y);
			const settled = () =>
				page.evaluate(() => {
					const map = (window as unknown as { gazetteMap: Map_ }).gazetteMap;
					return map.isMoving() ? null : map.getZoom();
				});
			await expect.poll(settled, { timeout: 10_000 }).toBeCloseTo(Math.min(target!.splits + 0.1, target!.max), 1);
			expect(problems).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
