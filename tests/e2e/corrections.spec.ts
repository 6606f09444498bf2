// Corrections from the explorer in Chromium, on a small corpus written here and ingested with the real
// geoparser: whatever it makes of "Georgia" beside "Atlanta", the test corrects it to another of its
// candidates for the corpus, then checks popup, list, counts, map, the corrections file, a fresh
// ingest, Undo; "Not a place", "Add a place", refused foreign writes, keyboard-only use and axe.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import type { Page } from 'playwright-core';
import { axeSerious, waitForMap } from './harness.ts';
import { correctionDialog as dialog, correctionsSession, mapPlaceIds, openDialogFor, previewText } from './corrections-session.ts';

const session = correctionsSession({
	'storm.txt': 'Storm in Georgia\n\nA storm hit Atlanta on Monday. Officials in Georgia said roads near Atlanta were closed.\n',
	'talks.txt': 'Talks in Tbilisi\n\nGeorgia and Armenia met in Yerevan on Tuesday. Georgia wants more gas.\n',
	'harvest.txt': 'Harvest report\n\nFarmers near Lyon in France had a good harvest this year.\n'
});
const { root, corpus, out, correctionsFile, open, places, placeOf, documentNamed, savedCorrections, api } = session;

/** What the explorer shows: the counts, the list, the popup and the map's places (their size and label). */
async function explorerState(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.map === 'idle' && document.documentElement.dataset.mapPending !== '1');
	const mapPlaces = await page.evaluate(async () => {
		const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
		const data = (await (map.getSource('places') as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
		return data.features.map((f) => JSON.stringify(f.properties)).sort();
	});
	return {
		summary: await page.locator('header .summary').innerText(),
		list: await page.locator('button.place').allInnerTexts(),
		popup: (await page.locator('.gz-popup header').allInnerTexts()).join('\n'),
		mapPlaces
	};
}

/** The same, in a page loaded afresh at the same address. */
async function freshState(page: Page) {
	const fresh = await page.context().newPage();
	try {
		await fresh.goto(page.url());
		await waitForMap(fresh);
		if (new URL(page.url()).searchParams.has('place')) await fresh.locator('.gz-popup h2').waitFor();
		return await explorerState(fresh);
	} finally {
		await fresh.close();
	}
}

describe('corrections in the explorer', () => {
	it('corrects "Georgia" where Atlanta is named for the whole corpus: popup, list, counts, map, file, re-ingest, undo', async () => {
		const storm = await documentNamed('Storm in Georgia');
		const georgia = storm.mentions.find((m) => m.name === 'Georgia')!;
		const before = await places();
		const wrongId = georgia.placeId;
		const wrongMentions = (await placeOf(wrongId))!.mentionCount;
		const stormGeorgias = storm.mentions.filter((m) => m.name === 'Georgia').length;

		const page = await open();
		await openDialogFor(page, wrongId);
		// the geoparser's candidates, with what tells them apart and why each lost
		const candidates = dialog(page).locator('fieldset', { hasText: 'other candidates' }).locator('input[type=radio]');
		await candidates.first().waitFor();
		const choiceId = await candidates.first().getAttribute('value');
		expect(choiceId).not.toBe(wrongId);
		await expect.poll(() => dialog(page).locator('.why').first().innerText()).toMatch(/^Lost to /);
		await candidates.first().check();
		await dialog(page).getByLabel('every “Georgia” in the corpus').check();
		await dialog(page).getByLabel('only in documents that also name').fill('Atlanta');
		await dialog(page).getByLabel(/^Note/).fill('the other Georgia, beside Atlanta');
		await expect.poll(() => previewText(page)).toBe(`Applying changes ${stormGeorgias} mentions in 1 document.`);
		expect(await axeSerious(page, 'dialog.correction-dialog')).toEqual([]);
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });

		// the popup follows the mentions to their new place; list, counts and map change with it
		const chosen = (await placeOf(choiceId!))!;
		expect(chosen.mentionCount).toBeGreaterThanOrEqual(stormGeorgias);
		await expect.poll(() => page.locator('.gz-popup h2').innerText()).toBe(chosen.name);
		await expect.poll(() => page.locator('.gz-popup .counts').innerText()).toContain(`${chosen.mentionCount} mention`);
		await expect.poll(() => page.locator(`button.place[data-id="${choiceId}"]`).count()).toBe(1);
		await expect.poll(async () => (await mapPlaceIds(page)).includes(choiceId!)).toBe(true);
		const left = wrongMentions - stormGeorgias;
		if (left === 0) await expect.poll(async () => (await mapPlaceIds(page)).includes(wrongId)).toBe(false);
		else expect((await placeOf(wrongId))!.mentionCount).toBe(left);
		const placeCount = (await places()).features.length;
		await expect.poll(() => page.locator('header .summary').innerText()).toContain(`${placeCount} place`);

		// the file holds it, and a fresh ingest with it gives the same places
		const saved = savedCorrections();
		expect(saved).toEqual([expect.objectContaining({ action: 'resolve', name: 'Georgia', placeId: choiceId, whereNamed: 'Atlanta', note: 'the other Georgia, beside Atlanta' })]);
		const elsewhere = join(root, 'elsewhere');
		await runIngest({ corpusDir: corpus, outDir: elsewhere, correctionsFile });
		expect(await places(elsewhere)).toEqual(await places());

		// Undo puts everything back
		await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => savedCorrections().length).toBe(0);
		expect(await places()).toEqual(before);
		await expect.poll(() => page.locator(`button.place[data-id="${wrongId}"]`).count()).toBe(1);
		await expect.poll(async () => (await mapPlaceIds(page)).includes(wrongId)).toBe(true);
	}, 120_000);

	it('shows an applied and an undone correction from the write’s answer, as a fresh page load shows it', async () => {
		const storm = await documentNamed('Storm in Georgia');
		const wrongId = storm.mentions.find((m) => m.name === 'Georgia')!.placeId;
		const page = await open();
		const asked: string[] = [];
		page.on('request', (r) => asked.push(new URL(r.url()).pathname));
		await openDialogFor(page, wrongId);
		const candidates = dialog(page).locator('fieldset', { hasText: 'other candidates' }).locator('input[type=radio]');
		await candidates.first().waitFor();
		const choiceId = (await candidates.first().getAttribute('value'))!;
		await candidates.first().check();
		await dialog(page).getByLabel('every “Georgia” in the corpus').check();
		await expect.poll(() => previewText(page)).toMatch(/^Applying changes/);
		asked.length = 0;
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });
		await expect.poll(() => page.locator(`button.place[data-id="${choiceId}"]`).count()).toBe(1);
		await expect.poll(() => explorerState(page)).toEqual(await freshState(page));
		// the view came with the write's answer: the explorer did not ask for it again
		expect(asked.filter((path) => path.endsWith('/api/view'))).toEqual([]);
		expect(asked).toContain('/api/corrections/apply');

		asked.length = 0;
		await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => savedCorrections().length).toBe(0);
		await expect.poll(() => explorerState(page)).toEqual(await freshState(page));
		expect(asked.filter((path) => path.endsWith('/api/view'))).toEqual([]);
		expect(asked).toContain('/api/corrections/revert');
	}, 120_000);

	it('opened at a place whose excerpts have not come yet, offers the geoparser’s candidates too', async () => {
		const storm = await documentNamed('Storm in Georgia');
		const georgia = storm.mentions.find((m) => m.name === 'Georgia')!;
		const page = await open();
		// the popup's excerpts never arrive: the dialog knows the place, not a mention
		await page.route('**/api/excerpts*', () => {});
		await page.locator(`button.place[data-id="${georgia.placeId}"]`).click();
		await page.locator('.gz-popup').getByRole('button', { name: 'Change place…' }).click();
		await dialog(page).waitFor();
		const candidates = dialog(page).locator('fieldset', { hasText: 'other candidates' }).locator('input[type=radio]');
		await candidates.first().waitFor();
		expect(await candidates.first().getAttribute('value')).not.toBe(georgia.placeId);
		expect(await page.locator('.gz-popup .groups li.group').count()).toBe(0);
		await dialog(page).getByRole('button', { name: 'Cancel' }).click();
	}, 120_000);

	it('"Not a place" takes a place off the map; the corrections page lists and reverts it', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!;
		const page = await open();
		await openDialogFor(page, lyon.placeId);
		await dialog(page).getByLabel('Not a place').check();
		await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });
		await expect.poll(() => page.locator(`button.place[data-id="${lyon.placeId}"]`).count()).toBe(0);
		await expect.poll(async () => (await mapPlaceIds(page)).includes(lyon.placeId)).toBe(false);
		expect(await placeOf(lyon.placeId)).toBeNull();

		await page.goto(new URL('corrections', session.server.url).href);
		const row = page.locator('tbody tr', { hasText: '"Lyon" is not a place' });
		await row.waitFor();
		expect(await axeSerious(page, 'main')).toEqual([]);
		await row.getByRole('button', { name: /^Revert/ }).click();
		await expect.poll(() => page.locator('tbody tr').count()).toBe(0);
		expect(savedCorrections()).toEqual([]);
		expect(await placeOf(lyon.placeId)).not.toBeNull();
	}, 120_000);

	it('"Add a place" draws a new point picked on the map', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!;
		const page = await open();
		await openDialogFor(page, lyon.placeId);
		await dialog(page).getByLabel('Add a place').check();
		await dialog(page).getByLabel('Name', { exact: true }).fill('Lyon Farm');
		await dialog(page).getByLabel('Kind').selectOption('site');
		const canvas = dialog(page).getByTestId('correction-map').locator('canvas');
		await canvas.waitFor();
		const box = (await canvas.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const point = await dialog(page).getByLabel(/^Point/).inputValue();
		expect(point).toMatch(/^-?\d+\.\d+, -?\d+\.\d+$/);
		await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });
		await expect.poll(() => page.locator('button.place', { hasText: 'Lyon Farm' }).count()).toBe(1);
		await expect.poll(async () => (await mapPlaceIds(page)).includes('user:lyon-farm')).toBe(true);
		const added = (await placeOf('user:lyon-farm'))!;
		const [lat, lon] = point.split(',').map(Number);
		expect(added.lat).toBeCloseTo(lat!, 4);
		expect(added.lon).toBeCloseTo(lon!, 4);
		await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => savedCorrections().length).toBe(0);
	}, 120_000);

	it('shows a bad write as an error and changes nothing', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!;
		const page = await open();
		await openDialogFor(page, lyon.placeId);
		await dialog(page).getByLabel('Add a place').check();
		await dialog(page).getByLabel('Name', { exact: true }).fill('Broken shape');
		await dialog(page).getByLabel(/^Or a line or polygon/).fill('{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}');
		await expect.poll(() => previewText(page)).toMatch(/not valid GeoJSON/);
		expect(await dialog(page).getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
		await dialog(page).getByLabel('Name', { exact: true }).fill('Far away');
		await dialog(page).getByLabel(/^Or a line or polygon/).fill('');
		await dialog(page).getByLabel(/^Point/).fill('95, 10');
		await expect.poll(() => previewText(page)).toMatch(/latitude −90…90/);
		expect(await dialog(page).getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);

		// a concurrent edit (another window) between opening and applying: a conflict, nothing lost
		await dialog(page).getByLabel('Not a place').check();
		await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
		const opened = (await api('GET', '/api/corrections')).body as { token: string; revision: string };
		const elsewhere = await api('POST', '/api/corrections/apply', { revision: opened.revision, correction: { action: 'not-a-place', name: 'France' } }, opened.token);
		expect(elsewhere.status).toBe(200);
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await expect.poll(() => dialog(page).getByRole('alert').innerText()).toMatch(/changed since you loaded them/);
		expect(savedCorrections()).toEqual([expect.objectContaining({ name: 'France' })]);
		// the browser reports the refused request itself: that one console line is expected
		const problems = session.current!.problems;
		expect(problems).toEqual([expect.stringContaining('409')]);
		problems.length = 0;
		await page.keyboard.press('Escape');
		await dialog(page).waitFor({ state: 'detached' });
		const after = (await api('GET', '/api/corrections')).body as unknown as { revision: string; corrections: { id: string }[] };
		expect((await api('POST', '/api/corrections/revert', { revision: after.revision, id: after.corrections[0]!.id }, opened.token)).status).toBe(200);
		expect(savedCorrections()).toEqual([]);
	}, 90_000);

	it('refuses a cross-origin POST from another site’s page and a request with a foreign Host header', async () => {
		const page = await open();
		const token = await page.evaluate(async () => ((await (await fetch('api/corrections')).json()) as { token: string }).token);
		const body = JSON.stringify({ revision: 'none', correction: { action: 'not-a-place', name: 'Georgia' } });
		const target = new URL('api/corrections/apply', session.server.url).href;
		// another site: a page on another port, which may send a simple POST (no token header can go)
		const site = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>elsewhere</title>'));
		await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
		const attacker = await session.browser.newContext();
		try {
			const other = await attacker.newPage();
			await other.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
			const sent = await other.evaluate(
				async ([url, payload]) => (await fetch(url!, { method: 'POST', mode: 'no-cors', body: payload, headers: { 'Content-Type': 'text/plain' } })).type,
				[target, body]
			);
			expect(sent).toBe('opaque');
		} finally {
			await attacker.close();
			site.close();
		}
		const send = (headers: Record<string, string>) =>
			new Promise<number>((resolve, reject) => {
				const req = request({ host: '127.0.0.1', port: session.server.port, path: '/api/corrections/apply', method: 'POST', headers: { 'Content-Type': 'application/json', 'x-gazette-token': token, ...headers } }, (res) => {
					res.resume();
					resolve(res.statusCode ?? 0);
				});
				req.on('error', reject);
				req.end(body);
			});
		// even with the token: another origin, or a rebinding host name
		expect(await send({ Origin: 'http://evil.example' })).toBe(403);
		expect(await send({ Host: `rebind.example:${session.server.port}`, Origin: `http://rebind.example:${session.server.port}` })).toBe(421);
		expect(savedCorrections()).toEqual([]);
	}, 60_000);

	it('is usable from the keyboard alone: every control of the dialog is reached, focus stays inside, Esc returns it', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!;
		const page = await open();
		await page.locator(`button.place[data-id="${lyon.placeId}"]`).focus();
		await page.keyboard.press('Enter');
		const change = page.locator('.gz-popup').getByRole('button', { name: 'Change place…' });
		await change.waitFor();
		for (let i = 0; i < 20 && !(await change.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await change.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		await dialog(page).waitFor();
		await dialog(page).locator('fieldset', { hasText: 'other candidates' }).locator('p, input').first().waitFor();
		const seen = new Set<string>();
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				const inside = !!el?.closest('dialog.correction-dialog');
				const name = el instanceof HTMLInputElement ? `input:${el.type === 'radio' ? el.name : el.type}` : `${el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? (el instanceof HTMLButtonElement ? el.textContent?.trim() : '')}`;
				return { inside, name, isBody: el === document.body };
			});
			if (!where.isBody) expect(where.inside).toBe(true);
			seen.add(where.name);
		}
		const controls = ['button:Close', 'input:correction-action', 'input:search', 'input:text', 'select:', 'button:Search', 'canvas:Map', 'input:correction-scope', 'button:Cancel'];
		expect([...seen]).toEqual(expect.arrayContaining(controls));
		await page.keyboard.press('Escape');
		await dialog(page).waitFor({ state: 'detached' });
		expect(await change.evaluate((b) => b === document.activeElement)).toBe(true);
		// the popup stays open under the dialog's Esc
		expect(await page.locator('.gz-popup').count()).toBe(1);
	}, 60_000);
});

describe('corrections in the reader', () => {
	it('"Correct places" turns every mention into a Change place button; one mention is corrected in place', async () => {
		const storm = await documentNamed('Storm in Georgia');
		const [first, second] = storm.mentions.filter((m) => m.name === 'Georgia');
		// straight to the reader: a map drawn first and left at once would cost a page load for nothing
		const page = await open(`doc?id=${encodeURIComponent(storm.id)}`, session.server, { map: false });
		await page.getByRole('button', { name: 'Correct places' }).click();
		const mentions = page.locator('.text button.mention', { hasText: 'Georgia' });
		await expect.poll(() => mentions.count()).toBe(2);
		await mentions.first().click();
		await dialog(page).waitFor();
		const candidates = dialog(page).locator('fieldset', { hasText: 'other candidates' }).locator('input[type=radio]');
		await candidates.first().waitFor();
		const choiceId = (await candidates.first().getAttribute('value'))!;
		await candidates.first().check();
		expect(await dialog(page).getByLabel('this mention').isChecked()).toBe(true);
		await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });
		// the reader reads the document again: the first Georgia moved, the second did not
		await page.getByRole('button', { name: 'Done correcting' }).click();
		const links = page.locator('.text a.mention', { hasText: 'Georgia' });
		await expect.poll(async () => decodeURIComponent((await links.first().getAttribute('href')) ?? '')).toContain(`place=${choiceId}`);
		expect(decodeURIComponent((await links.nth(1).getAttribute('href')) ?? '')).toContain(`place=${second!.placeId}`);
		expect(savedCorrections()).toEqual([expect.objectContaining({ action: 'resolve', placeId: choiceId, mention: { document: storm.id, start: first!.start, end: first!.end } })]);
		await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
		await expect.poll(() => savedCorrections().length).toBe(0);
		await expect.poll(async () => decodeURIComponent((await links.first().getAttribute('href')) ?? '')).toContain(`place=${first!.placeId}`);
	}, 120_000);
});

describe('a read-only explorer', () => {
	it('an embed of a writable server neither asks for corrections nor shows controls', async () => {
		const page = await open('embed');
		await page.locator('canvas').first().waitFor();
		expect(session.current!.requests.some((url) => new URL(url).pathname.startsWith('/api/corrections'))).toBe(false);
		expect(await page.getByRole('button', { name: 'Change place…' }).count()).toBe(0);
	}, 60_000);

	let readOnly: RunningServer;
	beforeAll(async () => {
		readOnly = await startServer({ outDir: out, port: 0 });
	});
	afterAll(async () => readOnly?.close());
	it('shows no correction controls', async () => {
		const page = await open('', readOnly);
		await page.locator('button.place').first().click();
		await page.locator('.gz-popup .groups li.group').first().waitFor();
		expect(await page.getByRole('button', { name: 'Change place…' }).count()).toBe(0);
	}, 60_000);
});
