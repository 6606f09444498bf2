// The /embed route inside an iframe on ANOTHER origin (a second local server), with the resize script
// the Share dialog hands out: it renders, its height message is applied, and the wheel scrolls the
// host page instead of zooming the map unless Ctrl is held.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { hostScriptSnippet, iframeSnippet } from '../../src/lib/share/embed-message.ts';
import { FIXTURE_OUTPUT, launchBrowser, serve } from './harness.ts';

let app: RunningServer;
let host: Server;
let hostUrl: string;
let browser: Browser;

function hostPage(embedSrc: string, embedOrigin: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>A report</title></head>
<body style="margin:0;font-family:sans-serif">
<h1>Quarterly report</h1><p>Text before the map.</p>
${iframeSnippet({ src: embedSrc, title: 'Map', height: 300 })}
<div style="height:3000px">Text after the map.</div>
${hostScriptSnippet(embedOrigin)}
</body></html>`;
}

beforeAll(async () => {
	[app, browser] = await Promise.all([serve(FIXTURE_OUTPUT), launchBrowser()]);
	const embedSrc = new URL('embed?topic=transport&title=Transport%20links', app.url).href;
	host = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(embedSrc, new URL(app.url).origin));
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
	await browser?.close();
	await app?.close();
	await new Promise((done) => host?.close(done));
});

const mapZoom = (frame: Frame) => frame.evaluate(() => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.getZoom());

describe('embed in a page on another origin', () => {
	it('renders, takes its content height from the message, and does not hijack the wheel', async () => {
		expect(new URL(hostUrl).origin).not.toBe(new URL(app.url).origin);
		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const problems: string[] = [];
		const requests: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(hostUrl);

		const iframe = page.locator('iframe[data-gazette-embed]');
		const frame = (await (await iframe.elementHandle())!.contentFrame())!;
		await frame.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
		expect(await frame.locator('.embed h1').innerText()).toBe('Transport links');
		expect(await frame.locator('.sources').innerText()).toMatch(/Sources: \d+ documents? from/);
		const attribution = await frame.locator('.maplibregl-ctrl-attrib').innerText();
		for (const credit of ['GeoNames', 'Natural Earth', 'MapLibre']) expect(attribution).toContain(credit);
		const rendered = await frame.evaluate(() => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.queryRenderedFeatures({ layers: ['places', 'clusters', 'corridors', 'regions'] }).length);
		expect(rendered).toBeGreaterThan(0);

		// The height message arrived and was applied: the iframe is as tall as the embed's content.
		const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
		await expect.poll(() => iframe.evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe(`${contentHeight}px`);
		expect(contentHeight).not.toBe(300);
		expect((await iframe.boundingBox())!.height).toBeCloseTo(contentHeight, 0);

		// A plain wheel over the map scrolls the host page and leaves the zoom alone, with a hint.
		const box = (await iframe.boundingBox())!;
		const before = await mapZoom(frame);
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 200);
		await expect.poll(() => frame.locator('.maplibregl-cooperative-gesture-screen.maplibregl-show').count()).toBe(1);
		expect(await frame.locator('.maplibregl-cooperative-gesture-screen').innerText()).toContain('Ctrl + scroll to zoom');
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		await page.waitForTimeout(400);
		expect(await mapZoom(frame)).toBe(before);

		// With Ctrl held, a wheel over the map zooms.
		const moved = (await iframe.boundingBox())!;
		await page.mouse.move(moved.x + moved.width / 2, Math.max(moved.y, 0) + Math.min(moved.height, 800 - Math.max(moved.y, 0)) / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => mapZoom(frame)).toBeGreaterThan(before);

		const xss = await frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
		expect(xss).toBeUndefined();
		await context.close();
		expect(problems).toEqual([]);
		const allowed = new Set([new URL(hostUrl).origin, new URL(app.url).origin]);
		for (const url of requests) if (!url.startsWith('data:') && !url.startsWith('blob:')) expect(allowed.has(new URL(url).origin), url).toBe(true);
	});

	it('follows the dark theme parameter and prints as a one-page figure with legend and sources', async () => {
		const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto(new URL('embed?theme=dark&kind=city', app.url).href);
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
		expect(await page.locator('.embed.dark').count()).toBe(1);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor)).toBe('rgb(17, 24, 39)');

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.embed').isVisible()).toBe(false);
		const sheet = page.locator('.print-sheet');
		expect(await sheet.isVisible()).toBe(true);
		expect(await sheet.locator('.print-legend').innerText()).toContain('City or town');
		expect(await sheet.locator('h2').innerText()).toMatch(/^Sources \(\d+\)$/);
		expect(await sheet.locator('.print-sources li').count()).toBeGreaterThan(0);
		await expect.poll(() => sheet.locator('img.map-image').count()).toBe(1);
		await context.close();
		expect(problems).toEqual([]);
	});
});
