// The explorer on a phone (390×844, touch): a tapped place opens a bottom sheet inside the viewport
// with its excerpts reachable, the page stays where it was, the reader fits the screen, and "Back to
// the map" returns to the same view. Filters are a drawer above the map; the attribution leaves the
// scale bar alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { explorerSpec } from '../fixtures/explorer-spec.ts';
import { writeOutput } from '../fixtures/make-output.ts';
import { FIXTURE_OUTPUT, launchBrowser, serve, waitForMap } from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
type MapWindow = { gazetteMap: import('maplibre-gl').Map };

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([serve(FIXTURE_OUTPUT), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function phonePage(origin = server.url): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(origin).origin) problems.push(`foreign request ${request.url()}`);
	});
	return { page, context, problems };
}

const camera = (page: Page) =>
	page.evaluate(() => {
		const map = (window as unknown as MapWindow).gazetteMap;
		return { ...map.getCenter(), zoom: map.getZoom() };
	});

/** A single (unclustered) place on screen, its id and where to tap it. */
const tappablePlace = (page: Page) =>
	page.evaluate(() => {
		const map = (window as unknown as MapWindow).gazetteMap;
		const rect = map.getCanvas().getBoundingClientRect();
		const features = map.queryRenderedFeatures({ layers: ['places'] });
		for (const feature of features) {
			const [lon, lat] = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
			const point = map.project([lon, lat]);
			if (point.x > 30 && point.x < rect.width - 60 && point.y > 40 && point.y < rect.height - 60) return { id: String(feature.properties.id), x: rect.left + point.x, y: rect.top + point.y };
		}
		return null;
	});

const overflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('explorer on a phone', () => {
	it('tap a place → bottom sheet with excerpts → reader that fits → back to the same view', async () => {
		const { page, context, problems } = await phonePage();
		await page.goto(server.url);
		await waitForMap(page);
		expect(await overflowX(page)).toBeLessThanOrEqual(0);

		// the first view is the places, not half Antarctica
		const first = await camera(page);
		expect(first.zoom).toBeGreaterThan(2.5);

		// filters: a closed drawer above the map
		const drawer = (await page.locator('.filter-box > summary').boundingBox())!;
		const mapBox = (await page.locator('.map-wrap').boundingBox())!;
		expect(drawer.y + drawer.height).toBeLessThanOrEqual(mapBox.y + 1);
		await page.locator('.filter-box > summary').tap();
		const panel = (await page.locator('.filter-box form').boundingBox())!;
		expect(panel.y).toBeLessThan(mapBox.y + 10);
		expect(panel.height).toBeLessThanOrEqual(844 * 0.7 + 1);
		await page.locator('.filter-box > summary').tap();

		// the attribution does not cover the scale bar
		const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
		const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
		expect(scale.y + scale.height <= attribution.y || scale.x + scale.width <= attribution.x).toBe(true);

		const target = (await tappablePlace(page))!;
		expect(target).not.toBeNull();
		const scrollBefore = await page.evaluate(() => window.scrollY);
		await page.touchscreen.tap(target.x, target.y);
		const sheet = page.locator('.gz-popup');
		await expect.poll(() => sheet.count()).toBe(1);
		await expect.poll(() => sheet.locator('a.excerpt').count()).toBeGreaterThan(0);
		await page.waitForTimeout(600);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
		const box = (await sheet.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
		expect(box.width).toBeGreaterThan(380);
		// the place is still visible above the sheet
		const placeY = await page.evaluate((id) => {
			const map = (window as unknown as MapWindow).gazetteMap;
			const feature = map.querySourceFeatures('places').find((f) => f.properties.id === id)!;
			return map.getCanvas().getBoundingClientRect().top + map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]).y;
		}, target.id);
		expect(placeY).toBeLessThan(box.y);

		// the last excerpt link can be reached inside the sheet
		const last = sheet.locator('a.excerpt').last();
		await last.scrollIntoViewIfNeeded();
		const lastBox = (await last.boundingBox())!;
		expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(844 + 1);
		const cameraBefore = await camera(page);
		await sheet.locator('a.excerpt').first().tap();
		await page.waitForURL(/\/doc\?/);
		await page.locator('article h1').waitFor();
		expect(await overflowX(page)).toBeLessThanOrEqual(0);
		const chips = page.locator('ul.topics');
		if (await chips.count()) expect(await chips.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		const bar = (await page.locator('nav.bar').boundingBox())!;
		expect(bar.y).toBeGreaterThanOrEqual(-1);
		expect(bar.y).toBeLessThan(10);
		expect(bar.width).toBeLessThanOrEqual(390);

		await page.locator('a.back').tap();
		await page.waitForURL((url) => url.pathname.endsWith('/') && url.searchParams.get('place') === target.id);
		await waitForMap(page);
		await expect.poll(() => sheet.count()).toBe(1);
		const back = await camera(page);
		expect(back.zoom).toBeCloseTo(cameraBefore.zoom, 1);
		expect(back.lng).toBeCloseTo(cameraBefore.lng, 1);
		expect(back.lat).toBeCloseTo(cameraBefore.lat, 1);
		await context.close();
		expect(problems).toEqual([]);
	});

	it('tapping a list row shows the place on the map', async () => {
		const { page, context, problems } = await phonePage();
		await page.goto(server.url);
		await waitForMap(page);
		const row = page.locator('button.place').nth(2);
		await row.scrollIntoViewIfNeeded();
		expect((await page.locator('.map-wrap').boundingBox())!.y).toBeLessThan(0);
		await row.tap();
		await expect.poll(() => page.locator('.gz-popup').count()).toBe(1);
		await expect.poll(async () => (await page.locator('.map-wrap').boundingBox())!.y).toBeGreaterThanOrEqual(-1);
		await context.close();
		expect(problems).toEqual([]);
	});
});

// A document long enough to scroll on a phone: the back / previous / next bar stays at the top while
// the reader scrolls and while it steps from mention to mention, and the mention it steps to is never
// hidden under it.
describe('a long document on a phone', () => {
	const out = mkdtempSync(join(tmpdir(), 'gazette-phone-long-'));
	const paragraph = (n: number) =>
		`Paragraph ${n}. The harbour board met again to weigh the ferry timetable, the price of fuel and the state of the old quay walls, ` +
		'and the minutes ran long because every member had a view on the dredging contract and on who should pay for it.';
	const text = Array.from({ length: 30 }, (_, i) => (i % 12 === 0 ? `In Baku, ${paragraph(i + 1)}` : paragraph(i + 1))).join('\n\n');
	let longServer: RunningServer;
	beforeAll(async () => {
		await writeOutput(out, { ...explorerSpec, documents: [...explorerSpec.documents, { id: 'harbour-minutes', title: 'Harbour board minutes', date: '2025-02-01', source: 'Port Gazette', text, topics: [] }] });
		longServer = await serve(out);
	});
	afterAll(async () => {
		await longServer?.close();
		rmSync(out, { recursive: true, force: true });
	});

	it('keeps the back / previous / next bar visible while scrolling and stepping between mentions', async () => {
		const { page, context, problems } = await phonePage(longServer.url);
		const baku = 'geo:587084';
		await page.goto(new URL(`doc?id=harbour-minutes&place=${baku}&at=${text.indexOf('Baku')}`, longServer.url).href);
		await page.locator('article h1').waitFor();
		const bar = page.locator('nav.bar');
		await bar.getByText('mention 1 of 3').waitFor();
		const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
		expect(scrollable).toBeGreaterThan(2 * 844);
		const barOnTop = async () => {
			const box = (await bar.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(-1);
			expect(box.y).toBeLessThan(10);
			expect(box.width).toBeLessThanOrEqual(390);
			return box;
		};

		// the mention it opened at is in view below the bar, and so is each one Next and Previous go to
		const mentionShown = async () => {
			const box = await barOnTop();
			const at = (await page.locator('#current-mention').boundingBox())!;
			return at.y > box.y + box.height && at.y + at.height < 844;
		};
		await expect.poll(mentionShown).toBe(true);

		// scrolled by a swipe's worth, then to the very end: the bar is still at the top
		await page.mouse.wheel(0, 900);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
		await barOnTop();
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollable - 5);
		await barOnTop();

		// Next goes down the text from the end of it
		for (const n of [2, 3]) {
			await bar.getByRole('link', { name: 'Next ›' }).tap();
			await bar.getByText(`mention ${n} of 3`).waitFor();
			await expect.poll(mentionShown).toBe(true);
		}
		await bar.getByRole('link', { name: '‹ Previous' }).tap();
		await bar.getByText('mention 2 of 3').waitFor();
		await expect.poll(mentionShown).toBe(true);
		expect(await overflowX(page)).toBeLessThanOrEqual(0);
		await context.close();
		expect(problems).toEqual([]);
	});
});
