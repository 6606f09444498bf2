// Topics of the taxonomy that match nothing in this corpus: ingest keeps them with zero counts (in
// topics.json and the store), and the explorer lists them only behind "show all". A corpus and a
// taxonomy written here, ingested with the real pipeline and served from its store.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicSummary } from '../../src/lib/contracts.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { axeSerious, explorerSession } from './harness.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-topics-show-all-'));
const out = join(root, 'out');

beforeAll(async () => {
	const corpus = join(root, 'corpus');
	mkdirSync(corpus);
	writeFileSync(join(corpus, 'ferry.txt'), 'Ferry timetable\n\nThe ferry from Baku to Istanbul sails again. A second ferry leaves Baku on Friday.\n');
	writeFileSync(join(corpus, 'rail.txt'), 'Rail works\n\nThe railway between Tbilisi and Baku closes for repairs to the railway bridge.\n');
	const topics = join(root, 'topics.json');
	writeFileSync(
		topics,
		JSON.stringify({
			minDocumentHits: 1,
			topics: [
				{ id: 'ferries', label: 'Ferries', terms: ['ferry'] },
				{ id: 'fisheries', label: 'Fisheries', terms: ['trawler', 'fish quota'] },
				{ id: 'railways', label: 'Railways', terms: ['railway'] },
				{ id: 'aviation', label: 'Aviation', terms: ['airline'] }
			]
		})
	);
	await runIngest({ corpusDir: corpus, outDir: out, topicsFile: topics });
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('topics that match nothing in this corpus', () => {
	const session = explorerSession(out);

	it('are kept with zero counts by ingest', () => {
		const topics = JSON.parse(readFileSync(join(out, 'topics.json'), 'utf8')) as TopicSummary[];
		expect(topics.map((t) => [t.id, t.documentCount > 0])).toEqual([
			['ferries', true],
			['fisheries', false],
			['railways', true],
			['aviation', false]
		]);
		expect(topics.find((t) => t.id === 'fisheries')).toMatchObject({ documentCount: 0, placeCount: 0 });
	});

	it('are listed only behind "show all", can be chosen there, and stay listed while chosen', async () => {
		const page = await session.open();
		const chips = page.locator('fieldset', { hasText: 'Topics' }).locator('label.chip');
		await expect.poll(() => chips.allInnerTexts()).toEqual([expect.stringContaining('Ferries'), expect.stringContaining('Railways')]);
		// the store answers (not the JSON files): the same topics come from it
		expect((await page.evaluate(async () => ((await (await fetch('api/info')).json()) as { topics: { id: string }[] }).topics.map((t) => t.id)))).toEqual(['ferries', 'fisheries', 'railways', 'aviation']);

		const showAll = page.getByRole('button', { name: 'Show all (2 match nothing here)' });
		expect(await showAll.getAttribute('aria-expanded')).toBe('false');
		await showAll.click();
		await expect.poll(() => chips.allInnerTexts()).toEqual(['Ferries', 'Fisheries', 'Railways', 'Aviation'].map((label) => expect.stringContaining(label)));
		expect(await chips.filter({ hasText: 'Fisheries' }).locator('.n').innerText()).toBe('0·0');
		expect(await axeSerious(page, 'form.filters')).toEqual([]);

		// chosen, a topic that matches nothing shows an empty map, and stays listed when the rest hide again
		await chips.filter({ hasText: 'Fisheries' }).locator('input').check();
		await page.waitForURL((url) => url.search.includes('fisheries'));
		await expect.poll(() => page.locator('header .summary').innerText()).toMatch(/\b0 places?\b/);
		const hide = page.getByRole('button', { name: 'Hide the 1 that match nothing here' });
		expect(await hide.getAttribute('aria-expanded')).toBe('true');
		await hide.click();
		await expect.poll(() => chips.allInnerTexts()).toEqual(['Ferries', 'Fisheries', 'Railways'].map((label) => expect.stringContaining(label)));
	}, 90_000);
});
