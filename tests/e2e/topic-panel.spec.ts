// The topic panel in Chromium against a server that saves: rename a topic, merge two, hide one, by
// keyboard; the filter chips and counts follow, the corpus's .gazette-topics.json holds the result,
// a fresh ingest reproduces it; axe finds no serious violation in the panel.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicSummary } from '../../src/lib/contracts.ts';
import { CORPUS_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { ensureApp, startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { topicsWriterFor } from '../../src/lib/server/topics-writer.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeHealthCorpus } from '../helpers/health-corpus.ts';
import { focusEscapes, guardedPage, launchBrowser, waitForMap, type GuardedPage } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-topic-panel-'));
const corpus = join(root, 'corpus');
const out = join(root, 'out');
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
let server: RunningServer;
let browser: Browser;
let guarded: GuardedPage | null = null;

const topicsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'topics.json'), 'utf8')) as TopicSummary[];

beforeAll(async () => {
	mkdirSync(corpus);
	writeHealthCorpus(corpus);
	await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser() });
	const topics = await topicsWriterFor(out);
	if (typeof topics === 'string') throw new Error(topics);
	await ensureApp();
	[server, browser] = await Promise.all([startServer({ outDir: out, port: 0, topics }), launchBrowser()]);
});
afterAll(async () => {
	await guarded?.context.close();
	await browser?.close();
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('topic panel', () => {
	it('renames, merges and hides topics by keyboard; chips, counts, the saved file and a fresh ingest agree', async () => {
		guarded = await guardedPage(browser, server.url);
		const { page } = guarded;
		await page.goto(server.url);
		await waitForMap(page);
		const [vaccines, hospitals, diet] = ['vaccine', 'hospital', 'diet'].map((word) => topicsOf(out).find((t) => t.label.includes(word))!);
		expect([vaccines, hospitals, diet].every(Boolean)).toBe(true);
		const chips = page.locator('.filters label.chip:has(input[type=checkbox]):not(:has(.dot))');
		await expect.poll(() => chips.count()).toBe(3);

		// the panel opens from the keyboard: Tab from the Share button, Enter
		await page.getByRole('button', { name: 'Share / embed' }).focus();
		await page.keyboard.press('Tab');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Topics');
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Topics' });
		await dialog.waitFor();
		const row = (id: string) => dialog.locator(`li.topic[data-id="${id}"]`);
		await expect.poll(() => dialog.locator('li.topic').count()).toBe(3);
		expect(await row(hospitals!.id).locator('.size').innerText()).toBe('10 documents');

		await page.evaluate(AXE);
		const audit = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(context: string): Promise<{ passes: unknown[]; violations: { id: string; impact: string }[] }> } }).axe;
			const result = await axe.run('dialog.topic-panel');
			return { passes: result.passes.length, serious: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id) };
		});
		expect(audit.serious).toEqual([]);
		// the audit looked at the panel (labels, names, contrast…)
		expect(audit.passes).toBeGreaterThan(5);
		if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
		// Tab and Shift+Tab go round the panel's controls and never leave it (ui/dialog-keys.ts)
		const stops = await dialog.evaluate((d) => d.querySelectorAll('button, input, select').length);
		expect(await focusEscapes(page, 'dialog.topic-panel', stops + 3)).toEqual([]);

		// rename: type a new name, Tab away
		await row(hospitals!.id).getByRole('textbox', { name: 'Name of topic' }).fill('Hospital care');
		await page.keyboard.press('Tab');
		// merge diet into it: choose with the keyboard, Enter on Merge
		await row(diet!.id).getByRole('combobox', { name: /^Merge .* into$/ }).selectOption(hospitals!.id);
		await row(diet!.id).getByRole('button', { name: 'Merge' }).press('Enter');
		await expect.poll(() => dialog.locator('li.topic').count()).toBe(2);
		// hide vaccines
		await row(vaccines!.id).getByRole('button', { name: 'Hide' }).press('Enter');
		await expect.poll(() => dialog.getByRole('status').innerText()).toBe('3 unsaved changes');
		await dialog.getByRole('button', { name: 'Save' }).press('Enter');
		await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toContain('Saved to .gazette-topics.json');

		// the map re-applied the result: one chip, with the merged documents
		await expect.poll(() => chips.allInnerTexts()).toEqual([expect.stringMatching(/^Hospital care\s*\d+·20$/)]);
		expect(await row(hospitals!.id).locator('.size').innerText()).toBe('20 documents');
		expect(await row(vaccines!.id).locator('.size').innerText()).toBe('hidden');

		// Escape closes the panel and gives the focus back to its button
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Topics');

		// the file holds the result, and a fresh ingest elsewhere reproduces the map's topics
		const saved = JSON.parse(readFileSync(join(corpus, CORPUS_TOPICS_FILE), 'utf8')) as { topics: { id: string; label: string; hidden?: boolean }[] };
		expect(saved.topics.map((t) => [t.id, t.label, t.hidden ?? false]).sort()).toEqual(
			[
				[vaccines!.id, vaccines!.label, true],
				[hospitals!.id, 'Hospital care', false]
			].sort()
		);
		const elsewhere = join(root, 'elsewhere');
		await runIngest({ corpusDir: corpus, outDir: elsewhere, createGeoparser: fakeGeoparser() });
		expect(topicsOf(elsewhere)).toEqual(topicsOf(out));
		expect(topicsOf(out)).toEqual([expect.objectContaining({ id: hospitals!.id, label: 'Hospital care', documentCount: 20 })]);
		expect(guarded.problems).toEqual([]);
	});

	it('is not offered by a read-only server', async () => {
		const readOnly = await startServer({ outDir: out, port: 0 });
		const page = await guardedPage(browser, readOnly.url);
		try {
			await page.page.goto(readOnly.url);
			await waitForMap(page.page);
			await expect.poll(() => page.page.locator('.filters label.chip').count()).toBeGreaterThan(0);
			// the page asked, and was told it may not save
			await expect.poll(() => page.requests.map((url) => new URL(url).pathname)).toContain('/api/taxonomy');
			expect(await page.page.getByRole('button', { name: 'Topics' }).count()).toBe(0);
			expect(page.problems).toEqual([]);
		} finally {
			await page.context.close();
			await readOnly.close();
		}
	});
});
