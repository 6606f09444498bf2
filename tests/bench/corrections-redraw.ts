// What the user of `npm run bench corrections` waits for in the browser: from the click on Apply in
// the Change place dialog (driven as a user would, in headless Chromium against the running server) to
// the popup, the places' counts in the list and the map showing the correction, and in the reader to the
// corrected mention's link. The correction is reverted through the API after each measure.
import type { Page } from 'playwright-core';
import { TOKEN_HEADER } from '../../src/lib/server/corrections-api.ts';
import type { RunningServer } from '../../src/lib/server/serve.ts';
import { launchBrowser, waitForMap } from '../e2e/harness.ts';
import { callJson } from '../helpers/http.ts';
import { READ_PREVIEW_MS } from './correction-writes.ts';
import { BENCH_INIT } from './explorer-timings.ts';

interface Target {
	top: { id: string; name: string };
	other: { id: string; name: string };
	mention: { document: string; start: number; end: number; name: string };
}

const dialog = (page: Page) => page.locator('dialog.correction-dialog');

/** In the open dialog: the place `other` found by the gazetteer search, and the scope. */
async function choose(page: Page, other: Target['other'], scope: RegExp): Promise<void> {
	await dialog(page).getByRole('searchbox', { name: 'Name' }).fill(other.name);
	await dialog(page).getByRole('button', { name: 'Search' }).click();
	const choice = dialog(page).locator(`input[type=radio][value="${other.id}"]`);
	await choice.first().waitFor({ timeout: 60_000 });
	await choice.first().check();
	await dialog(page).getByLabel(scope).check();
	await page.waitForFunction(() => /^Applying changes/.test(document.querySelector('[data-testid=correction-preview]')?.textContent ?? ''), undefined, { timeout: 120_000 });
}

/**
 * Clicks Apply; the time to each of `marks` (an expression checked every frame), then to a settled map.
 * Sent as one script (the page's CSP allows no eval inside it; the debugging protocol's evaluate is not bound by it).
 */
function timeApply(page: Page, marks: Record<string, string>, withMap: boolean): Promise<Record<string, number>> {
	const checks = Object.entries(marks).map(([name, test]) => `[${JSON.stringify(name)}, () => (${test})]`).join(', ');
	return page.evaluate(`(async () => {
		const b = window.gazetteBench;
		const start = performance.now();
		document.querySelector('dialog.correction-dialog button[type=submit]').click();
		const times = {};
		const pending = new Map([${checks}]);
		while (pending.size > 0) {
			await new Promise((done) => requestAnimationFrame(done));
			for (const [name, test] of [...pending]) {
				if (test()) {
					times[name] = Math.round(performance.now() - start);
					pending.delete(name);
				}
			}
			if (performance.now() - start > 120000) throw new Error('not shown after 2 minutes: ' + [...pending.keys()].join(', '));
		}
		if (${withMap}) {
			await b.settled();
			times.map = Math.round(performance.now() - start);
		}
		return times;
	})()`) as Promise<Record<string, number>>;
}

async function revertLast(server: RunningServer): Promise<void> {
	const { body } = await callJson(server.port, 'GET', '/api/corrections');
	const list = body.corrections as { id: string }[];
	const reply = await callJson(server.port, 'POST', '/api/corrections/revert', { body: { revision: body.revision, id: list.at(-1)!.id }, headers: { Origin: `http://127.0.0.1:${server.port}`, [TOKEN_HEADER]: body.token as string } });
	if (reply.status !== 200) throw new Error(`revert: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** Apply → popup, counts, list and map (every "top" in the corpus); apply → the reader's link (one mention). */
export async function correctionRedraw(server: RunningServer, { top, other, mention }: Target): Promise<Record<string, number | string>> {
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.addInitScript(BENCH_INIT);

		/** The explorer with the most mentioned place's popup open, corrected for the corpus `readMs` after the preview showed. */
		const corpusWide = async (readMs: number) => {
			await page.goto(new URL(`?place=${encodeURIComponent(top.id)}`, server.url).href);
			await waitForMap(page).catch(() => page.waitForFunction(() => document.documentElement.dataset.map === 'idle', undefined, { timeout: 180_000 }));
			await page.locator('.gz-popup').getByRole('button', { name: 'Change place…' }).first().click();
			await choose(page, other, /in the corpus$/);
			await page.waitForTimeout(readMs);
			// the rows of the place the name leaves and of the one it goes to show their new counts
			// read as the marks below read them (textContent): innerText differs in white space, which made the marks true at once
			const rowText = async (id: string) => ((await page.locator(`button.place[data-id="${id}"]`).textContent()) ?? '').trim();
			const [fromRow, toRow] = [await rowText(top.id), await rowText(other.id)];
			const text = (selector: string) => `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? '').trim()`;
			const times = await timeApply(
				page,
				{
					popup: `${text('.gz-popup h2')} === ${JSON.stringify(other.name)}`,
					counts: `${text(`button.place[data-id="${top.id}"]`)} !== ${JSON.stringify(fromRow)}`,
					list: `${text(`button.place[data-id="${other.id}"]`)} !== ${JSON.stringify(toRow)}`
				},
				true
			);
			await revertLast(server);
			console.log(`  (browser, corpus-wide, Apply ${readMs} ms after the preview: ${JSON.stringify(times)})`);
			return times;
		};
		const explorer = await corpusWide(0);
		const afterReading = await corpusWide(READ_PREVIEW_MS);

		// the reader at one mention, corrected from the Change place button of its bar
		let reader: Record<string, number> | string;
		try {
			await page.goto(new URL(`doc?id=${encodeURIComponent(mention.document)}&place=${encodeURIComponent(top.id)}&at=${mention.start}`, server.url).href);
			await page.locator('nav.bar').getByRole('button', { name: 'Change place…' }).click();
			await choose(page, other, /this mention/);
			reader = await timeApply(page, { reader: `decodeURIComponent(document.querySelector('#current-mention')?.getAttribute('href') ?? '').includes(${JSON.stringify(`place=${other.id}`)})` }, false);
			await revertLast(server);
		} catch (error) {
			// not measured is said, not hidden; the explorer's figures above still stand
			reader = `not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
		}
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		return {
			'browser: Apply → popup at the new place ms': explorer.popup!,
			'browser: Apply → the old place\'s count in the list ms': explorer.counts!,
			'browser: Apply → the new place\'s count in the list ms': explorer.list!,
			'browser: Apply → map redrawn ms': explorer.map!,
			[`browser: Apply ${READ_PREVIEW_MS / 1000} s after the preview → popup, old place's count, new place's count, map ms`]: [afterReading.popup, afterReading.counts, afterReading.list, afterReading.map].join(' / '),
			'browser: Apply (one mention, reader) → reader link ms': typeof reader === 'string' ? reader : reader.reader!
		};
	} finally {
		await browser.close();
	}
}
