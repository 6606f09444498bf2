// Shared browser-test harness: the production build served by our own server, Debian's Chromium via
// playwright-core, and guards that fail a test on any page error, console error or foreign request.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DISABLED_FEATURES_ARG, HEADLESS_CHROMIUM_ARGS } from '../../src/lib/server/figure-png.ts';
import { ensureApp, startServer, type RunningServer } from '../../src/lib/server/serve.ts';

export const CHROMIUM = process.env.GAZETTE_CHROMIUM ?? '/usr/bin/chromium';
// without the browser's own omnibox popup renderers (figure-png.ts), which took ~1 s of CPU per new page
export const CHROMIUM_ARGS = [...HEADLESS_CHROMIUM_ARGS, DISABLED_FEATURES_ARG];

export const FIXTURE_OUTPUT = new URL('../fixtures/explorer-output/', import.meta.url).pathname;

/**
 * In a vitest worker, the worker's running browser (shared-browsers.ts: closing it only disconnects);
 * elsewhere (a benchmark), a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
	const endpoints = process.env.VITEST_POOL_ID ? inject('chromiumEndpoints') : undefined;
	if (endpoints?.length) return chromium.connect(endpoints[(Number(process.env.VITEST_POOL_ID) - 1) % endpoints.length]!);
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Our server on `outDir`; GAZETTE_APP_DIR serves another build of the app (a benchmark's "before"). */
export async function serve(outDir: string): Promise<RunningServer> {
	const appDir = process.env.GAZETTE_APP_DIR;
	if (!appDir) await ensureApp();
	return startServer({ outDir, port: 0, ...(appDir ? { appDir } : {}) });
}

export interface GuardedPage {
	page: Page;
	context: BrowserContext;
	problems: string[];
	requests: string[];
}

/** A fresh page that records errors and every request; `assertClean` fails on any of them. */
export async function guardedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<GuardedPage> {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const entry = problems.push(`console error: ${message.text()}`) - 1;
		// an Error object logs as just "Error": keep its message and stack so a failure says where
		void Promise.all(message.args().map((arg) => arg.evaluate((value) => (value instanceof Error ? `${value.name}: ${value.message}\n${value.stack ?? ''}` : String(value))).catch(() => '')))
			.then((parts) => {
				const detail = parts.filter(Boolean).join(' ');
				if (detail && detail !== message.text()) problems[entry] += ` (${detail})`;
			});
	});
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		requests.push(request.url());
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(origin).origin) problems.push(`foreign request: ${request.url()}`);
	});
	return { page, context, problems, requests };
}

/** Holds back the answers to requests matching `pattern` by `ms`: data that arrives after the map settled. */
export function lateAnswers(pattern: string, ms: number): (page: Page) => Promise<void> {
	return async (page) => {
		await page.route(pattern, async (route) => {
			await new Promise((done) => setTimeout(done, ms));
			await route.continue();
		});
	};
}

export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 30_000 });
}

/** Screen position of a place on the map canvas (page coordinates). */
export async function placePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
	return page.evaluate(
		([lon, lat]) => {
			const map = (window as unknown as { gazetteMap: { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).gazetteMap;
			const point = map.project([lon!, lat!]);
			const rect = map.getCanvas().getBoundingClientRect();
			return { x: rect.left + point.x, y: rect.top + point.y };
		},
		[lon, lat]
	);
}

export interface ExplorerSession {
	readonly server: RunningServer;
	readonly browser: Browser;
	/**
	 * opens a guarded page at `path` of the served app and waits for the map to be idle; `prepare` runs
	 * on the page before it loads (e.g. to hold back a data answer)
	 */
	open(path?: string, viewport?: { width: number; height: number }, prepare?: (page: Page) => Promise<void>): Promise<Page>;
}

/**
 * One server and one browser for a spec file, a guarded page per test: after each test the page is
 * closed and any page error, console error, dialog or request to another origin fails it.
 * `beforeClose` runs checks of its own on the page first (e.g. that no payload ran).
 */
export function explorerSession(outDir: string, beforeClose?: (page: GuardedPage, server: RunningServer) => Promise<void>): ExplorerSession {
	let server: RunningServer;
	let browser: Browser;
	let current: GuardedPage | null = null;
	beforeAll(async () => {
		[server, browser] = await Promise.all([serve(outDir), launchBrowser()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	afterEach(async () => {
		const page = current;
		current = null;
		if (!page) return;
		try {
			await beforeClose?.(page, server);
			// checked while the page is open; and the recorder must have seen the app's own data fetches,
			// or "no foreign request" would prove nothing
			expect(page.problems).toEqual([]);
			expect(page.requests.some((url) => /^\/(data|api)\//.test(new URL(url).pathname))).toBe(true);
		} finally {
			await page.context.close();
		}
	});
	return {
		get server() {
			return server;
		},
		get browser() {
			return browser;
		},
		async open(path = '', viewport, prepare) {
			current = await guardedPage(browser, server.url, viewport);
			await prepare?.(current.page);
			await current.page.goto(new URL(path, server.url).href);
			await waitForMap(current.page);
			return current.page;
		}
	};
}


/** axe-core's serious and critical violations on the page (or inside `selector`), as "rule: targets". */
export async function axeSerious(page: Page, selector = 'html'): Promise<string[]> {
	const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	// evaluated through the debugging protocol: the page's CSP (no inline script) does not apply
	await page.evaluate(source);
	return page.evaluate(async (context) => {
		type Violation = { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] };
		const axe = (window as unknown as { axe: { run(c: string, o: object): Promise<{ violations: Violation[] }> } }).axe;
		const result = await axe.run(context, { resultTypes: ['violations'] });
		return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1).join(' ').trim()})`).join(', ')}`);
	}, selector);
}

/**
 * Presses Tab `presses` times, then Shift+Tab as often, inside the dialog `selector`; returns where focus
 * went outside it (the page body or another element), or [] when it stayed in. Enough presses to go
 * round the dialog more than once show that Tab wraps.
 */
export async function focusEscapes(page: Page, selector: string, presses: number): Promise<string[]> {
	const escapes: string[] = [];
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let i = 0; i < presses; i++) {
			await page.keyboard.press(key);
			const where = await page.evaluate((selector) => {
				const el = document.activeElement;
				return el?.closest(selector) ? null : `${el?.tagName.toLowerCase() ?? 'nothing'}${el?.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
			}, selector);
			if (where) escapes.push(`${key} ${i + 1}: ${where}`);
		}
	}
	return escapes;
}
