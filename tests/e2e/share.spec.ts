// The explorer's Share / embed dialog: an accessible modal, the PNG figure (size, not blank, legend and
// attribution drawn outside the map), the GeoJSON and CSV downloads, and the print sheet.
import { buffer } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { pngSize } from '../../src/lib/server/figure-png.ts';
import { explorerSession, FIXTURE_OUTPUT } from './harness.ts';

const session = explorerSession(FIXTURE_OUTPUT);
const open = session.open;

async function openDialog(page: Page) {
	await page.getByRole('button', { name: 'Share / embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share / embed' });
	await expect.poll(() => dialog.isVisible()).toBe(true);
	return dialog;
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	// read as a stream: the browser is the worker's shared one (shared-browsers.ts), whose files have no local path
	return { name: file.suggestedFilename(), bytes: await buffer(await file.createReadStream()) };
}

describe('share / embed dialog', () => {
	it('is a labelled modal that keeps focus inside and closes with Escape', async () => {
		const page = await open('?topic=energy');
		const dialog = await openDialog(page);
		const inside = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
		expect(await inside()).toBe(true);
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			expect(await inside()).toBe(true);
		}
		await page.keyboard.press('Shift+Tab');
		expect(await inside()).toBe(true);
		const iframe = await dialog.getByLabel('iframe', { exact: true }).inputValue();
		expect(iframe).toMatch(/^<iframe data-gazette-embed src="http:\/\/127\.0\.0\.1:\d+\/embed\?topic=energy/);
		expect(await dialog.getByLabel(/^Resize script/).inputValue()).toContain(`var ORIGIN = "${new URL(session.server.url).origin}"`);
		expect(await dialog.getByLabel('Link to this view').inputValue()).toContain('topic=energy');
		const alt = await dialog.getByLabel('Alt text for the figure').inputValue();
		expect(alt).toMatch(/^Map of 8 places mentioned in 3 documents \(topic Energy\)/);
		// Figure hands out the embed in figure mode
		expect(iframe).not.toContain('figure=1');
		await dialog.getByRole('checkbox', { name: /Figure/ }).check();
		expect(await dialog.getByLabel('iframe', { exact: true }).inputValue()).toMatch(/ src="[^"]*[?;]figure=1[&"]/);
		await dialog.getByRole('checkbox', { name: /Figure/ }).focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share / embed');
	});

	it('exports a PNG of the requested size with legend and attribution drawn below the map', async () => {
		const page = await open('?topic=transport');
		const dialog = await openDialog(page);
		await dialog.getByLabel('Width', { exact: true }).fill('800');
		await dialog.getByLabel('Height', { exact: true }).fill('560');
		await dialog.getByLabel('Pixel ratio').selectOption('2');
		const png = await download(page, 'Download PNG');
		expect(png.name).toBe('places-in-transport-news.png');
		expect(pngSize(png.bytes)).toEqual({ width: 1600, height: 1120 });

		// Decode in the browser: the map area is varied, and the strip below it holds dark text pixels.
		const stats = await page.evaluate(async (base64) => {
			const bitmap = new Image();
			bitmap.src = `data:image/png;base64,${base64}`;
			await bitmap.decode();
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const region = (x: number, y: number, w: number, h: number) => {
				const { data } = context.getImageData(x, y, w, h);
				const colours = new Set<number>();
				let dark = 0;
				for (let i = 0; i < data.length; i += 4) {
					colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
					if (data[i]! + data[i + 1]! + data[i + 2]! < 300) dark++;
				}
				return { colours: colours.size, dark };
			};
			const footerTop = bitmap.height - 2 * 80; // the legend, sources and attribution lines (CSS px × 2)
			return { map: region(40, 200, bitmap.width - 80, 600), footer: region(0, footerTop, bitmap.width, bitmap.height - footerTop), title: region(0, 0, bitmap.width, 100) };
		}, png.bytes.toString('base64'));
		expect(stats.map.colours).toBeGreaterThan(50);
		expect(stats.footer.dark).toBeGreaterThan(500);
		expect(stats.title.dark).toBeGreaterThan(500);
		await expect.poll(() => dialog.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
	});

	it('downloads the filtered places as GeoJSON and CSV and the excerpts as CSV', async () => {
		const page = await open('?topic=energy');
		await openDialog(page);
		const geojson = JSON.parse((await download(page, 'Places (GeoJSON)')).bytes.toString('utf8')) as PlacesCollection;
		expect(geojson.type).toBe('FeatureCollection');
		expect(geojson.features).toHaveLength(8);
		const places = (await download(page, 'Places (CSV)')).bytes.toString('utf8').trimEnd().split('\r\n');
		expect(places[0]).toMatch(/^id,name,kind,/);
		expect(places).toHaveLength(9);
		const excerpts = await download(page, 'Excerpts (CSV)');
		expect(excerpts.name).toBe('places-in-energy-news-excerpts.csv');
		const text = excerpts.bytes.toString('utf8');
		expect(text.split('\r\n')[0]).toBe('place_id,place_name,document_id,document_title,date,source,mention,excerpt,topics');
		expect(text).toContain('Baku');
		expect(text).not.toMatch(/(^|,)"?[=+@]/m);
	});

	it('prints the explorer as a figure with legend and sources', async () => {
		const page = await open('?topic=energy');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.explorer').isVisible()).toBe(false);
		const sheet = page.locator('.print-sheet');
		expect(await sheet.isVisible()).toBe(true);
		expect(await sheet.locator('.print-legend').innerText()).toContain('City or town');
		expect(await sheet.locator('h2').innerText()).toBe('Sources (3)');
		expect(await sheet.locator('.print-sources').innerText()).toContain('Gas pipeline expansion agreed in Baku');
		await expect.poll(() => sheet.locator('img.map-image').count()).toBe(1);
		expect(await sheet.locator('img.map-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
	});
});
