// `gazette export`: one HTML file that renders the map from file:// with zero network requests, a
// headless PNG of the requested size, and a clear error where Chromium is missing.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/lib/server/figure-png.ts';
import { XSS_PLACE, XSS_TITLE } from '../fixtures/explorer-spec.ts';
import { FIXTURE_OUTPUT, launchBrowser } from './harness.ts';

const BIN = new URL('../../bin/gazette.js', import.meta.url).pathname;
let scratch: string;
let browser: Browser;

function gazette(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [BIN, ...args], { cwd: scratch, env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'gazette-export-'));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await rm(scratch, { recursive: true, force: true });
});

describe('gazette export', () => {
	it('writes one HTML file that renders from file:// with no network, and a PNG of the requested size', async () => {
		const html = join(scratch, 'report map.html');
		const png = join(scratch, 'figure.png');
		const run = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--png', png, '--topic', 'transport', '--title', 'Transport <b>links</b>', '--width', '700', '--height', '450', '--pixel-ratio', '1.5']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`wrote ${html}`);

		const source = await readFile(html, 'utf8');
		expect(source).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
		expect(source).toContain('<title>Transport &lt;b&gt;links&lt;/b&gt;</title>');
		expect(pngSize(await readFile(png))).toEqual({ width: 1050, height: 675 });

		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const requests: string[] = [];
		const problems: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		await page.goto(pathToFileURL(html).href);
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
		expect(await page.locator('.embed h1').innerText()).toBe('Transport <b>links</b>');
		const rendered = await page.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			return { places: map.queryRenderedFeatures({ layers: ['places', 'clusters', 'corridors', 'regions'] }).length, land: map.querySourceFeatures('land').length, labels: map.queryRenderedFeatures({ layers: ['country-labels'] }).length };
		});
		expect(rendered.places).toBeGreaterThan(0);
		expect(rendered.land).toBeGreaterThan(0);
		expect(rendered.labels).toBeGreaterThan(0);
		expect(await page.locator('.sources').innerText()).toMatch(/Sources: \d+ documents/);
		await context.close();
		expect(problems).toEqual([]);
		expect(requests.length).toBeGreaterThan(0);
		for (const url of requests) expect(['file:', 'data:', 'blob:'], url.slice(0, 80)).toContain(new URL(url).protocol);
	}, 150_000);

	it('explains what is missing: Chromium for --png, a bad flag, an unknown topic', async () => {
		const noChromium = await gazette(['export', '--out', FIXTURE_OUTPUT, '--png', join(scratch, 'x.png')], { GAZETTE_CHROMIUM: join(scratch, 'no-chromium') });
		expect(noChromium.code).toBe(1);
		expect(noChromium.stderr.trim()).toMatch(/^gazette: PNG export needs Chromium, and none was found at .*no-chromium \(install it with `apt-get install chromium`/);
		const badKind = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', 'x.html', '--kind', 'planet']);
		expect(badKind.code).toBe(2);
		expect(badKind.stderr).toMatch(/^gazette: unknown --kind "planet" \(one of: continent, country/);
		const badTopic = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', 'x.html', '--topic', 'sports']);
		expect(badTopic.code).toBe(2);
		expect(badTopic.stderr.trim()).toBe('gazette: unknown --topic "sports" (this output has: energy, transport, conflict, mining)');
		const badInset = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', 'x.html', '--figure', '--inset', 'maybe']);
		expect(badInset.code).toBe(2);
		expect(badInset.stderr.trim()).toBe('gazette: --inset must be on or off, got "maybe"');
		const nothing = await gazette(['export']);
		expect(nothing.code).toBe(2);
		expect(nothing.stderr).toMatch(/^gazette: give --html <file>, --png <file> or both/);
	});

	it('--figure writes a figure: every place labelled, no clusters, a locator inset, also in the PNG', async () => {
		const html = join(scratch, 'figure.html');
		const png = join(scratch, 'figure-mode.png');
		const run = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--png', png, '--topic', 'mining', '--figure', '--width', '800', '--height', '600', '--pixel-ratio', '1']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(pngSize(await readFile(png))).toEqual({ width: 800, height: 600 });
		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		await page.goto(pathToFileURL(html).href);
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
		const state = await page.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			return { clusters: !!map.getLayer('clusters'), labels: map.queryRenderedFeatures({ layers: ['place-labels'] }).length };
		});
		expect(state).toEqual({ clusters: false, labels: 4 });
		await page.locator('.locator-inset[data-ready] canvas').waitFor({ timeout: 20_000 });
		expect(await page.locator('.legend').innerText()).not.toContain('Cluster');
		await context.close();
		expect(problems).toEqual([]);
	}, 150_000);

	it('carries the popups’ evidence (the first excerpts of the view’s documents, the mention highlighted as text, no explorer link) and names its sources', async () => {
		const html = join(scratch, 'evidence.html');
		const run = await gazette(['export', '--out', FIXTURE_OUTPUT, '--html', html, '--topic', 'transport', '--figure']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const source = await readFile(html, 'utf8');
		// Tbilisi's excerpt from an energy article is not in the transport view, so not in the file
		expect(source.includes('The route passes Ganja and Tbilisi')).toBe(false);
		expect(source.includes('Operators in Tbilisi said transit times')).toBe(true);

		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		await page.goto(pathToFileURL(html).href);
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
		// the sources line names the documents, most recent first, a hostile title as text
		expect(await page.locator('.sources').innerText()).toMatch(/^Sources: 5 documents from “explorer-corpus”: “Copper exports rise at Kajaran”, “(.+)”, “Reconstruction begins in Aghdam” and 2 more$/);
		expect(await page.locator('.sources').innerText()).toContain(`“${XSS_TITLE}”`);
		const popup = page.locator('.gz-popup');
		const openPlace = async (id: string) => {
			const point = await page.evaluate((id) => {
				const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
				const feature = map.queryRenderedFeatures({ layers: ['places'] }).find((f) => f.properties.id === id)!;
				const xy = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
				const rect = map.getCanvas().getBoundingClientRect();
				return { x: rect.left + xy.x, y: rect.top + xy.y };
			}, id);
			await page.mouse.click(point.x, point.y);
			await expect.poll(() => popup.locator('.evidence li').count()).toBeGreaterThan(0);
		};

		await openPlace('geo:611717');
		expect(await popup.locator('.popup-title').innerText()).toBe('Tbilisi');
		expect(await popup.locator('.evidence .source').allInnerTexts()).toHaveLength(3);
		expect(await popup.locator('.evidence mark').allInnerTexts()).toEqual(['Tbilisi', 'Tbilisi', 'Tbilisi']);
		expect(await popup.locator('.evidence').innerText()).not.toContain('The route passes');
		expect(await popup.locator('a').count()).toBe(0);

		await page.keyboard.press('Escape');
		await openPlace('gazette:port-script');
		expect(await popup.locator('.evidence mark').innerText()).toBe(XSS_PLACE);
		expect(await page.evaluate(() => ({ injected: document.querySelectorAll('.gz-popup svg, .gz-popup img, .gz-popup script').length, ran: '__xss' in window }))).toEqual({ injected: 0, ran: false });
		await context.close();
		expect(problems).toEqual([]);
	}, 150_000);
});
