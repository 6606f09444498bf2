// A published bundle (`gazette publish`) on a plain static file server that knows nothing of gazette:
// the embed works in an iframe on another origin, its popup links to the published explorer, and the
// explorer and reader load (also on reload) with no gazette server, no API and nothing to write.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishBundle } from '../../src/lib/server/publish/bundle.ts';
import { ensureApp } from '../../src/lib/server/serve.ts';
import { FIXTURE_OUTPUT, launchBrowser } from './harness.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2'
};

/** The simplest static host: files by path, index.html for a folder, 404 otherwise; no ranges, no rewrites. */
function staticServer(root: string, log: { method: string; path: string; status: number }[]): Server {
	return createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root + sep) && file !== root) file = '';
		const info = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
		if (info?.isDirectory()) file = join(file, 'index.html');
		const found = file && statSync(file, { throwIfNoEntry: false })?.isFile();
		const status = req.method !== 'GET' ? 405 : found ? 200 : 404;
		log.push({ method: req.method ?? '', path, status });
		if (status !== 200) return void res.writeHead(status).end();
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
}

async function listen(server: Server): Promise<string> {
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const scratch = mkdtempSync(join(tmpdir(), 'gazette-published-'));
const site = join(scratch, 'site');
const log: { method: string; path: string; status: number }[] = [];
let bundle: Server;
let host: Server;
let bundleOrigin: string;
let hostOrigin: string;
let browser: Browser;

beforeAll(async () => {
	await ensureApp();
	await publishBundle({ outDir: FIXTURE_OUTPUT, target: site, query: 'topic=mining' });
	bundle = staticServer(site, log);
	bundleOrigin = await listen(bundle);
	const embedSrc = `${bundleOrigin}/embed.html?figure=1&title=Mining`;
	host = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html><head><meta charset="utf-8"><title>A report</title></head>
<body><h1>Quarterly report</h1><iframe src="${embedSrc}" title="Map" style="width:900px;height:700px;border:0"></iframe></body></html>`);
	});
	hostOrigin = await listen(host);
	browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
	await browser?.close();
	await Promise.all([bundle, host].map((server) => new Promise((done) => server?.close(done))));
	rmSync(scratch, { recursive: true, force: true });
});

/** A page that records page errors, console errors and requests outside the two origins. */
async function guarded(viewport = { width: 1100, height: 800 }): Promise<{ page: Page; problems: string[] }> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== bundleOrigin && url.origin !== hostOrigin) problems.push(`foreign request: ${url.href}`);
	});
	return { page, problems };
}

const isIdle = () => document.documentElement.dataset.map === 'idle';

describe('a published bundle on a plain static server', () => {
	it('embeds from another origin, and its popup links to the published explorer and reader', async () => {
		expect(hostOrigin).not.toBe(bundleOrigin);
		const { page, problems } = await guarded();
		await page.goto(`${hostOrigin}/`);
		const iframe = page.locator('iframe');
		const frame = (await (await iframe.elementHandle())!.contentFrame())!;
		await frame.waitForFunction(isIdle, undefined, { timeout: 30_000 });
		expect(await frame.locator('.embed h1').innerText()).toBe('Mining');

		// a click on Tbilisi in the embed's map shows its excerpt, with a link to the explorer
		const point = await frame.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			const feature = map.queryRenderedFeatures({ layers: ['places'] }).find((f) => f.properties.id === 'geo:611717')!;
			const xy = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
			const rect = map.getCanvas().getBoundingClientRect();
			return { x: rect.left + xy.x, y: rect.top + xy.y };
		});
		const box = (await iframe.boundingBox())!;
		await page.mouse.click(box.x + point.x, box.y + point.y);
		const popup = frame.locator('.gz-popup');
		await expect.poll(() => popup.locator('.evidence mark').count()).toBeGreaterThan(0);
		const more = await popup.locator('a.more').getAttribute('href');
		const explorerUrl = new URL(more!, frame.url());
		expect(explorerUrl.origin).toBe(bundleOrigin);

		// the explorer at that link: the place's popup, then an excerpt opens the reader (doc.html)
		const explorer = await page.context().newPage();
		explorer.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
		explorer.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
		await explorer.goto(explorerUrl.href);
		await explorer.waitForFunction(isIdle, undefined, { timeout: 30_000 });
		await expect.poll(() => explorer.locator('.gz-popup h2').innerText()).toBe('Tbilisi');
		await explorer.locator('.gz-popup a.excerpt').first().click();
		await explorer.waitForURL(/\/doc\.html\?/);
		await expect.poll(() => explorer.locator('#current-mention').innerText()).toBe('Tbilisi');
		// a reload asks the static server for doc.html itself
		await explorer.reload();
		await expect.poll(() => explorer.locator('#current-mention').innerText()).toBe('Tbilisi');
		await page.context().close();
		expect(problems).toEqual([]);
		expect(log.filter((entry) => entry.status !== 200)).toEqual([]);
		expect(log.some((entry) => entry.path.startsWith('/api/'))).toBe(false);
	});

	it('opens the explorer at the folder address with only the published view, and the share dialog hands out embed.html', async () => {
		const { page, problems } = await guarded();
		await page.goto(`${bundleOrigin}/`);
		await page.waitForFunction(isIdle, undefined, { timeout: 30_000 });
		await expect.poll(() => page.locator('header .summary').innerText()).toMatch(/^\d+ places? · 1 document/);
		await page.getByRole('button', { name: 'Share / embed' }).click();
		const snippet = await page.getByLabel('iframe', { exact: true }).inputValue();
		expect(snippet).toContain(`${bundleOrigin}/embed.html`);
		await page.context().close();
		expect(problems).toEqual([]);
		expect(log.filter((entry) => entry.method !== 'GET' || entry.status !== 200)).toEqual([]);
	});
});
