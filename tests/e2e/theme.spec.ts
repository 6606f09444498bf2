// Light and dark: the explorer, the reader and the embed follow the system's colour scheme (the embed
// also its theme= parameter), map controls included, and axe finds no serious violation in either.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_COLORS } from '../../src/lib/map/theme.ts';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { axeSerious, FIXTURE_OUTPUT, guardedPage, launchBrowser, serve, waitForMap } from './harness.ts';
import type { Browser } from 'playwright-core';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([serve(FIXTURE_OUTPUT), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
	const guarded = await guardedPage(browser, server.url);
	await guarded.page.emulateMedia({ colorScheme });
	await guarded.page.goto(new URL(path, server.url).href);
	return { page: guarded.page, problems: guarded.problems, close: () => guarded.context.close() };
}

for (const scheme of ['light', 'dark'] as const) {
	describe(`${scheme} scheme`, () => {
		it('explorer with a popup open: no serious axe violation', async () => {
			const { page, problems, close } = await open('?place=geo%3A587084', scheme);
			await waitForMap(page);
			await page.locator('.gz-popup .excerpt').first().waitFor();
			// the page, the zoom buttons, the scale bar and the map's own colours follow the scheme
			const looks = await page.evaluate(() => {
				const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
				const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
				return {
					theme: document.documentElement.dataset.theme,
					page: style('.side').backgroundColor,
					zoom: style('.maplibregl-ctrl-group').backgroundColor,
					zoomIcon: style('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon').filter,
					scale: style('.maplibregl-ctrl-scale').color,
					water: map.getPaintProperty('water', 'background-color'),
					label: map.getPaintProperty('place-labels', 'text-color')
				};
			});
			const colors = MAP_COLORS[scheme];
			expect(looks).toEqual(
				scheme === 'dark'
					? { theme: 'dark', page: 'rgb(22, 28, 36)', zoom: 'rgb(22, 28, 36)', zoomIcon: 'invert(1)', scale: 'rgb(209, 213, 219)', water: colors.water, label: colors.placeLabel }
					: { theme: 'light', page: 'rgb(255, 255, 255)', zoom: 'rgb(255, 255, 255)', zoomIcon: 'none', scale: 'rgb(51, 51, 51)', water: colors.water, label: colors.placeLabel }
			);
			const violations = await axeSerious(page);
			await close();
			expect(violations).toEqual([]);
			expect(problems).toEqual([]);
		});
		it('reader: no serious axe violation', async () => {
			const { page, problems, close } = await open('doc?id=pipeline-expansion&at=177&place=geo%3A630673', scheme);
			await page.locator('#current-mention').waitFor();
			const violations = await axeSerious(page);
			await close();
			expect(violations).toEqual([]);
			expect(problems).toEqual([]);
		});
		it('embed with a popup of excerpts open: no serious axe violation', async () => {
			const { page, problems, close } = await open('embed?topic=mining&place=geo%3A611717', scheme);
			await waitForMap(page);
			await page.locator('.gz-popup .evidence mark').first().waitFor();
			const violations = await axeSerious(page);
			await close();
			expect(violations).toEqual([]);
			expect(problems).toEqual([]);
		});
	});
}
