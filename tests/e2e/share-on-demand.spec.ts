// Share on a big corpus's live explorer: its JSON files are made on demand (publish, export), so the
// dialog says what makes them instead of failing silently. The corpus is "big" by a lowered limit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { guardedPage, launchBrowser, serve, waitForMap } from './harness.ts';
import { ingestedLiveStore } from './live-store.ts';

const live = ingestedLiveStore('gazette-share-on-demand-', { staticFilesLimit: 1 });
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	[server, browser] = await Promise.all([serve(live.out), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('sharing a view of a corpus whose files are made on demand', () => {
	it('says that gazette publish or export makes them', async () => {
		expect(existsSync(join(live.out, 'places.geojson'))).toBe(false);
		const { page, context, problems } = await guardedPage(browser, server.url);
		try {
			await page.goto(server.url);
			await waitForMap(page);
			await page.getByRole('button', { name: 'Share / embed' }).click();
			const alert = page.locator('.share-error[role="alert"]');
			await expect.poll(() => alert.innerText()).toContain('`gazette publish` or `gazette export`');
			await alert.getByRole('button', { name: 'Close' }).click();
			await expect.poll(() => alert.count()).toBe(0);
			// the only problems are the browser's own notes of the answers that said so
			expect(problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
