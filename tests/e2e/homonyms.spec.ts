// Same-named places in the live explorer: the list names the first-level division of each place that
// shares its name with another in the view (and only of those), and the popup always names it; so do
// the map's labels and a cluster's list of places, and every row of a search's results.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';
import { explorerSession } from './harness.ts';

type MapWindow = { gazetteMap: import('maplibre-gl').Map };

const root = mkdtempSync(join(tmpdir(), 'gazette-homonyms-'));
const out = join(root, 'out');

beforeAll(async () => {
	writeCorpus(join(root, 'corpus'), {
		'a.txt': 'date 2024-03-01\n\nWitch trials remembered\n\nIn Salem, Massachusetts, a museum reopened. Visitors from Shusha came too.',
		'b.txt': 'date 2024-04-02\n\nCapitol budget\n\nLawmakers in Salem, Oregon, passed the budget. Salem, Oregon is the state capital.',
		'c.txt': 'date 2024-05-03\n\nTwo Springfields\n\nFairs opened in Springfield, Illinois and in Springfield, Missouri.'
	});
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: out, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const session = explorerSession(out);

describe('same-named places', () => {
	it('are told apart in the list and the popup by their first-level division', async () => {
		const page = await session.open();
		const sub = async (id: string) => (await page.locator(`button.place[data-id="${id}"] .sub`).innerText()).replace(/\s+/g, ' ');
		await expect.poll(() => sub('test:salem-or')).toBe('City or town · Oregon, United States');
		expect(await sub('test:salem-ma')).toBe('City or town · Massachusetts, United States');
		// a name no other place in the view has needs no division in the list
		expect(await sub('test:shusha')).toBe('City or town · Azerbaijan');
		// the popup names it whatever the list does
		await page.locator('button.place[data-id="test:shusha"]').click();
		await expect.poll(() => page.locator('.gz-popup .meta').innerText()).toContain('Shusha District, Azerbaijan');

		// typing's pause ends before the search's answer comes (held here): the list on screen, the last
		// answer's, keeps its rows as they were until the answer's list replaces it
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route(/\/api\/view\?.*q=shusha/, async (route) => {
			await held;
			await route.continue();
		});
		await page.getByRole('searchbox', { name: 'Search places' }).fill('shusha');
		await expect.poll(() => page.getByRole('button', { name: 'Clear all filters' }).isVisible()).toBe(true);
		await page.waitForURL(/q=shusha/);
		expect(await sub('test:shusha')).toBe('City or town · Azerbaijan');
		expect(await page.locator('button.place').count()).toBeGreaterThan(1);
		release();
		await expect.poll(() => page.locator('button.place').count(), { timeout: 15_000 }).toBe(1);
		expect(await sub('test:shusha')).toBe('City or town · Shusha District, Azerbaijan');
	});

	it('are told apart on the map labels, in a cluster’s list of places and in search results', async () => {
		const page = await session.open('?map=3.2/41/-96');
		// both Salems are labelled with their state on a second line; a name of its own gets none
		const labels = async () =>
			page.evaluate(() => {
				const map = (window as unknown as MapWindow).gazetteMap;
				const found: Record<string, unknown> = {};
				for (const f of map.queryRenderedFeatures({ layers: ['place-labels'] })) found[String(f.properties.id)] = f.properties.where ?? null;
				return found;
			});
		// generous waits: label placement and the cluster's zoom take a while on a busy machine
		await expect.poll(async () => (await labels())['test:salem-or'], { timeout: 15_000 }).toBe('Oregon');
		expect(await labels()).toMatchObject({ 'test:salem-or': 'Oregon', 'test:salem-ma': 'Massachusetts' });
		if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });

		// the two Springfields share a point: their cluster opens as a list that names each state
		await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).gazetteMap.isMoving()), { timeout: 15_000 }).toBe(false);
		const cluster = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).gazetteMap;
			const xy = map.project([-90.5, 38.5]);
			const rect = map.getCanvas().getBoundingClientRect();
			return { x: rect.left + xy.x, y: rect.top + xy.y, clusters: map.queryRenderedFeatures(xy, { layers: ['clusters'] }).length };
		});
		expect(cluster.clusters).toBe(1);
		await page.mouse.click(cluster.x, cluster.y);
		const rows = page.locator('.cluster-list button');
		await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
		expect((await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).sort()).toEqual(['Springfield Illinois, United States', 'Springfield Missouri, United States']);

		// a search's results name the division even of a name no other place shares
		await page.keyboard.press('Escape');
		await page.getByRole('searchbox', { name: 'Search places' }).fill('shusha');
		// the list filters as the search settles: wait for its one row (the row itself is already listed before)
		await expect.poll(() => page.locator('button.place').count(), { timeout: 15_000 }).toBe(1);
		const sub = page.locator('button.place[data-id="test:shusha"] .sub');
		expect((await sub.innerText()).replace(/\s+/g, ' ')).toBe('City or town · Shusha District, Azerbaijan');
	});
});
