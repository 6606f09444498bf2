// The corrections dialog's other actions and pages in Chromium, on a small corpus ingested with the real
// geoparser and two corrections already in its file (by two authors): "Same place as…" merges two
// places, "Add a place" with a line or a polygon typed as GeoJSON is drawn on the map, the corrections
// page filters by author and is used from the keyboard alone, the Add-a-place state of the dialog is
// reached from the keyboard and passes axe, and `gazette serve --read-only` hides every control and
// refuses writes.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious, waitForMap } from './harness.ts';
import { correctionDialog as dialog, correctionsSession, mapPlaceIds, openDialogFor, previewText } from './corrections-session.ts';

const session = correctionsSession(
	{
		'talks.txt': 'Talks in Yerevan\n\nArmenia and Georgia met in Yerevan on Tuesday. Yerevan wants more gas.\n',
		'harvest.txt': 'Harvest report\n\nFarmers near Lyon in France had a good harvest this year.\n',
		'ferry.txt': 'Ferry notes\n\nThe ferry left Baku for Istanbul at dawn. Later Paris sent an inspector to Baku.\n'
	},
	{
		corrections: [
			{ id: 'by-amira', action: 'not-a-place', name: 'Paris', author: 'amira', time: '2026-11-30T10:00:00Z', note: 'a person here' },
			{ id: 'by-ben', action: 'not-a-place', name: 'Istanbul', author: 'ben', time: '2026-12-01T09:00:00Z', note: 'checking' }
		]
	}
);
const { open, places, placeOf, documentNamed, savedCorrections } = session;

const undo = (page: Page) => page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
// the two corrections in the file from the start (an undone revert keeps the name, not the id)
const PRESET = ['Paris', 'Istanbul'];
const savedNames = () => savedCorrections().map((c) => c.name);

/** Ids of the corpus places the map draws in `layer` (areas: 'corridors' for lines, 'regions' for polygons), framed first. */
async function renderedIn(page: Page, layer: string, bounds: [[number, number], [number, number]]): Promise<string[]> {
	// (a block body: fitBounds returns the map itself, which evaluate would serialize whole, seconds on every poll)
	await page.evaluate((bounds) => {
		(window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.fitBounds(bounds, { padding: 60, duration: 0 });
	}, bounds);
	await waitForMap(page);
	return page.evaluate((layer) => {
		const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
		return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
	}, layer);
}

describe('more corrections in the explorer', () => {
	it('"Same place as…" moves every mention of one place to another, and Undo splits them again', async () => {
		const talks = await documentNamed('Talks in Yerevan');
		const yerevan = talks.mentions.find((m) => m.name === 'Yerevan')!.placeId;
		const armenia = talks.mentions.find((m) => m.name === 'Armenia')!.placeId;
		const before = await places();
		const [fromCount, toCount] = [(await placeOf(yerevan))!.mentionCount, (await placeOf(armenia))!.mentionCount];

		const page = await open();
		await openDialogFor(page, yerevan);
		await dialog(page).getByLabel('Same place as…').check();
		await expect.poll(() => dialog(page).locator('.hint').first().innerText()).toMatch(/^Every mention now at .+ moves to the place you choose\.$/);
		await dialog(page).getByRole('searchbox', { name: 'Name' }).fill('Armenia');
		await dialog(page).getByLabel('Kind').selectOption('country');
		await dialog(page).getByRole('button', { name: 'Search' }).click();
		const result = dialog(page).getByRole('list', { name: 'Search results' }).locator(`input[value="${armenia}"]`);
		await result.check();
		await expect.poll(() => previewText(page)).toBe(`Applying changes ${fromCount} mention${fromCount === 1 ? '' : 's'} in 1 document.`);
		await dialog(page).getByRole('button', { name: 'Apply' }).click();
		await dialog(page).waitFor({ state: 'detached' });

		// one place now: the popup follows, the list and map lose the merged one, its mentions count here
		await expect.poll(() => page.locator('.gz-popup h2').innerText()).toBe((await placeOf(armenia))!.name);
		expect((await placeOf(armenia))!.mentionCount).toBe(fromCount + toCount);
		expect(await placeOf(yerevan)).toBeNull();
		await expect.poll(() => page.locator(`button.place[data-id="${yerevan}"]`).count()).toBe(0);
		await expect.poll(async () => (await mapPlaceIds(page)).includes(yerevan)).toBe(false);
		expect(savedCorrections().at(-1)).toMatchObject({ action: 'merge', placeId: armenia, fromPlaceId: yerevan });

		await undo(page);
		await expect.poll(savedNames).toEqual(PRESET);
		expect(await places()).toEqual(before);
		await expect.poll(() => page.locator(`button.place[data-id="${yerevan}"]`).count()).toBe(1);
		await expect.poll(async () => (await mapPlaceIds(page)).includes(yerevan)).toBe(true);
	}, 120_000);

	it('"Add a place" with a line, then with a polygon pasted as a GeoJSON Feature: each drawn on the map', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!.placeId;
		const page = await open();
		const cases = [
			{ name: 'Lyon Ring Road', kind: 'corridor', layer: 'corridors', geojson: { type: 'LineString', coordinates: [[4.75, 45.7], [4.85, 45.8], [4.95, 45.72]] } },
			{ name: 'Lyon Farmland', kind: 'region', layer: 'regions', geojson: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.6, 45.6], [5.0, 45.6], [5.0, 45.9], [4.6, 45.9], [4.6, 45.6]]] } } }
		];
		for (const shape of cases) {
			await openDialogFor(page, lyon);
			await dialog(page).getByLabel('Add a place').check();
			await dialog(page).getByLabel('Name', { exact: true }).fill(shape.name);
			await dialog(page).getByLabel('Kind').selectOption(shape.kind);
			await dialog(page).getByLabel(/^Or a line or polygon/).fill(JSON.stringify(shape.geojson));
			// the dialog's own map shows the shape proposed
			await expect.poll(() => dialog(page).locator('.key').innerText()).toContain(`proposed: ${shape.name}`);
			await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
			await dialog(page).getByRole('button', { name: 'Apply' }).click();
			await dialog(page).waitFor({ state: 'detached' });

			await expect.poll(() => page.locator('button.place', { hasText: shape.name }).count()).toBe(1);
			const added = (await places()).features.find((f) => f.properties.name === shape.name)!;
			const geometry = 'geometry' in shape.geojson ? shape.geojson.geometry : shape.geojson;
			expect(added.geometry).toEqual(geometry);
			expect(added.properties.kind).toBe(shape.kind);
			await expect.poll(() => renderedIn(page, shape.layer, [[4.5, 45.5], [5.1, 46]]), { timeout: 15_000 }).toContain(added.id);
			expect(savedCorrections().at(-1)).toMatchObject({ action: 'add-place', place: { name: shape.name, kind: shape.kind, geometry } });

			await undo(page);
			await expect.poll(savedNames).toEqual(PRESET);
			await expect.poll(() => page.locator('button.place', { hasText: shape.name }).count()).toBe(0);
			await page.keyboard.press('Escape');
		}
	}, 150_000);

	it('the Add-a-place state of the dialog: reached and filled from the keyboard alone, applied with Enter, and axe finds nothing serious', async () => {
		const harvest = await documentNamed('Harvest report');
		const lyon = harvest.mentions.find((m) => m.name === 'Lyon')!.placeId;
		const page = await open();
		await page.locator(`button.place[data-id="${lyon}"]`).focus();
		await page.keyboard.press('Enter');
		const change = page.locator('.gz-popup').getByRole('button', { name: 'Change place…' });
		await change.waitFor();
		for (let i = 0; i < 20 && !(await change.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await dialog(page).waitFor();

		// Tab to the action radios; the arrow keys move within them, as in any radio group
		const focused = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				if (el instanceof HTMLInputElement && el.type === 'radio') return `radio:${el.name}:${el.value}`;
				const label = el.closest('label')?.firstChild?.textContent?.trim();
				return label ? `${el.tagName.toLowerCase()}:${label.split(' ')[0]}` : `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
			});
		for (let i = 0; i < 10 && !(await focused()).startsWith('radio:correction-action:'); i++) await page.keyboard.press('Tab');
		for (let i = 0; i < 4 && (await focused()) !== 'radio:correction-action:add-place'; i++) await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe('radio:correction-action:add-place');
		expect(await dialog(page).getByLabel('Add a place').isChecked()).toBe(true);

		// every control of the new place's form is reached in order and typed into, on to Apply
		const reached: string[] = [];
		for (let i = 0; i < 25 && reached.at(-1) !== 'button:Apply'; i++) {
			await page.keyboard.press('Tab');
			const where = await focused();
			reached.push(where);
			if (where === 'input:Name') {
				await page.keyboard.press('Control+A');
				await page.keyboard.type('Lyon Orchard');
			}
			if (where === 'select:Kind') await page.keyboard.type('site');
			if (where === 'input:Point') {
				await page.keyboard.type('45.76, 4.84');
				await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
			}
			if (where === 'input:Note') {
				await page.keyboard.type('seen on the farm map');
				await expect.poll(() => previewText(page)).toBe('Applying changes 1 mention in 1 document.');
			}
		}
		const order = ['input:Name', 'select:Kind', 'input:Point', 'textarea:Or', 'canvas:Map', 'radio:correction-scope:corpus', 'input:Note', 'button:Cancel', 'button:Apply'];
		expect(reached.filter((where) => order.includes(where)), reached.join(' | ')).toEqual(order);
		expect(await dialog(page).getByLabel('Kind').inputValue()).toBe('site');
		expect(await axeSerious(page, 'dialog.correction-dialog')).toEqual([]);

		await page.keyboard.press('Enter');
		await dialog(page).waitFor({ state: 'detached' });
		await expect.poll(() => savedCorrections().at(-1)).toMatchObject({ action: 'add-place', note: 'seen on the farm map', place: { name: 'Lyon Orchard', kind: 'site', geometry: { type: 'Point', coordinates: [4.84, 45.76] } } });
		await undo(page);
		await expect.poll(savedNames).toEqual(PRESET);
	}, 120_000);
});

describe('the corrections page', () => {
	it('filters by author (and kind and words), is used from the keyboard alone, and axe finds nothing serious', async () => {
		const page = await open('corrections', session.server, { map: false });
		const rows = page.locator('tbody tr');
		await expect.poll(() => rows.count()).toBe(2);
		const who = page.getByLabel('Who');
		expect(await who.locator('option').allInnerTexts()).toEqual(['anyone', 'amira', 'ben']);
		await who.selectOption('amira');
		await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('"Paris" is not a place')]);
		await who.selectOption('ben');
		await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('"Istanbul" is not a place')]);
		await who.selectOption('');
		await page.getByLabel('Containing').fill('a person');
		await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining('amira')]);
		await page.getByLabel('Containing').fill('');
		await page.getByLabel('Kind').selectOption('new place');
		await expect.poll(() => page.locator('main').innerText()).toContain('No correction matches the filters.');
		await page.getByLabel('Kind').selectOption('');
		expect(await axeSerious(page, 'main')).toEqual([]);

		// from the keyboard: the Who filter, then Revert ben's correction, then Undo in the toast
		await page.locator('a', { hasText: 'Back to the map' }).focus();
		const reached: string[] = [];
		for (let i = 0; i < 8; i++) {
			await page.keyboard.press('Tab');
			reached.push(await page.evaluate(() => {
				const el = document.activeElement!;
				return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.closest('label')?.firstChild?.textContent?.trim() ?? ''}`;
			}));
		}
		expect(reached.slice(0, 5)).toEqual(['select:Kind', 'select:Who', 'input:Containing', 'button:Revert: "Istanbul" is not a place', 'button:Revert: "Paris" is not a place']);
		await who.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => who.inputValue()).toBe('ben');
		await expect.poll(() => rows.count()).toBe(1);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Revert: "Istanbul" is not a place');
		await page.keyboard.press('Enter');
		await expect.poll(savedNames).toEqual(['Paris']);
		await expect.poll(async () => (await documentNamed('Ferry notes')).mentions.some((m) => m.name === 'Istanbul')).toBe(true);
		const toastUndo = page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' });
		await toastUndo.focus();
		await page.keyboard.press('Enter');
		await expect.poll(savedNames).toEqual(PRESET);
	}, 120_000);
});

describe('gazette serve --read-only', () => {
	let child: ChildProcess;
	let url: string;
	beforeAll(async () => {
		child = spawn(process.execPath, [new URL('../../bin/gazette.js', import.meta.url).pathname, 'serve', session.out, '--read-only', '--port', '0']);
		url = await new Promise<string>((resolve, reject) => {
			let stdout = '';
			child.stdout!.on('data', (chunk: Buffer) => {
				stdout += chunk;
				const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
				if (found) resolve(found[0]);
			});
			child.on('exit', (code) => reject(new Error(`gazette serve exited with ${code}`)));
		});
	}, 60_000);
	afterAll(() => {
		child?.kill('SIGTERM');
	});

	it('shows no correction controls in the popup, the reader or the corrections page, and refuses a write', async () => {
		const page = await open('', { url });
		await page.locator('button.place').first().click();
		await page.locator('.gz-popup .groups li.group').first().waitFor();
		expect(await page.getByRole('button', { name: 'Change place…' }).count()).toBe(0);
		const session_ = await page.evaluate(async () => (await (await fetch('api/corrections')).json()) as { writable: boolean; token?: string });
		expect(session_.writable).toBe(false);
		expect(session_.token).toBeUndefined();

		const talks = await documentNamed('Talks in Yerevan');
		await page.goto(new URL(`doc?id=${encodeURIComponent(talks.id)}`, url).href);
		await page.locator('article h1').waitFor();
		await page.locator('.text a.mention').first().waitFor();
		expect(await page.getByRole('button', { name: 'Correct places' }).count()).toBe(0);

		await page.goto(new URL('corrections', url).href);
		await expect.poll(() => page.locator('main').innerText()).toContain('This server is read-only');
		expect(await page.locator('table, select, input, button').count()).toBe(0);

		// a write from the page itself, as the explorer would send it, changes nothing
		const status = await page.evaluate(async () => (await fetch('api/corrections/apply', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ revision: 'x', correction: { action: 'not-a-place', name: 'Baku' } }) })).status);
		expect(status).toBeGreaterThanOrEqual(400);
		expect(savedNames()).toEqual(PRESET);
		// the browser logs the refused request itself: that one console line is expected
		const problems = session.current!.problems;
		expect(problems).toEqual([expect.stringMatching(/40\d/)]);
		problems.length = 0;
	}, 120_000);
});
