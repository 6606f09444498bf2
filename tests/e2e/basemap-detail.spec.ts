// The story-scale basemap: the first (world) view loads only the small world-scale files; zoomed in,
// the 1:10m coast, borders, first-level boundaries (US states) and towns come from the one local detail archive.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSession, FIXTURE_OUTPUT } from './harness.ts';

const rendered = (page: Page, layers: string[]) =>
	page.evaluate((layers) => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.queryRenderedFeatures({ layers }).length, layers);

describe('detail basemap', () => {
	const session = explorerSession(FIXTURE_OUTPUT);
	const detailFetches = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.tiles')).length);

	it('leaves the first view as it was: no detail file at world scale', async () => {
		const page = await session.open('?map=1.5/30/20');
		await page.waitForTimeout(500);
		expect(await detailFetches(page)).toBe(0);
		expect(await rendered(page, ['land'])).toBeGreaterThan(0);
	});

	it('draws the 1:10m coast, borders and towns round Baku from the local archive', async () => {
		const page = await session.open('?map=8.5/40.35/49.6');
		await expect.poll(() => rendered(page, ['detail-land', 'detail-coast'])).toBeGreaterThan(0);
		await expect.poll(() => rendered(page, ['town-labels'])).toBeGreaterThan(3);
		expect(await page.evaluate(() => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.getLayer('land')?.maxzoom)).toBe(4.5);
		expect(await detailFetches(page)).toBeGreaterThan(0);
	});

	it('draws the boundaries between US states at story scale, from the detail zoom on', async () => {
		const page = await session.open('?map=6/39/-95');
		await expect.poll(() => rendered(page, ['detail-admin1'])).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.getLayer('detail-admin1')?.minzoom)).toBe(4.5);
	});
});
