// Figures that show the story: the embed frames the filtered places, and `figure=1` draws every place
// without clusters, each with its label inside the frame, and a locator inset for close-ups.
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { DEFAULT_CORPUS_DIR, runIngest } from '../../src/lib/server/ingest/index.ts';
import { explorerSession, FIXTURE_OUTPUT, lateAnswers } from './harness.ts';

type MapWindow = { gazetteMap: import('maplibre-gl').Map };

/** What the figure shows: layers, labelled place ids, and each visible place's screen point. */
async function figureState(page: Page, ids: string[]) {
	return page.evaluate((ids) => {
		const map = (window as unknown as MapWindow).gazetteMap;
		const canvas = map.getCanvas();
		const labelled = [...new Set(map.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => String(f.properties.id)))];
		const source = map.querySourceFeatures('places');
		const points = ids.map((id) => {
			const feature = source.find((f) => f.properties.id === id);
			const [lon, lat] = (feature?.geometry as GeoJSON.Point | undefined)?.coordinates ?? [NaN, NaN];
			return { id, ...map.project([lon!, lat!]) };
		});
		return {
			clusterLayer: !!map.getLayer('clusters'),
			worldCopies: map.getRenderWorldCopies(),
			labelled,
			points,
			zoom: map.getZoom(),
			width: canvas.clientWidth,
			height: canvas.clientHeight
		};
	}, ids);
}

const idsWithTopic = (outDir: string, topic: string) =>
	(JSON.parse(readFileSync(join(outDir, 'places.geojson'), 'utf8')) as PlacesCollection).features.filter((f) => f.properties.topics.includes(topic)).map((f) => f.properties.id);

describe('figure mode on the fixture', () => {
	const session = explorerSession(FIXTURE_OUTPUT);

	it('labels every filtered place, draws no clusters, keeps points inside the frame and shows a locator inset', async () => {
		const page = await session.open('embed?topic=mining&figure=1', { width: 900, height: 800 });
		const ids = idsWithTopic(FIXTURE_OUTPUT, 'mining');
		expect(ids.length).toBeGreaterThan(2);
		await expect.poll(async () => (await figureState(page, ids)).labelled.sort()).toEqual([...ids].sort());
		const state = await figureState(page, ids);
		expect(state.clusterLayer).toBe(false);
		expect(state.worldCopies).toBe(false);
		for (const point of state.points) {
			// the frame keeps room for a label either side of every point
			expect(point.x, point.id).toBeGreaterThan(30);
			expect(point.x, point.id).toBeLessThan(state.width - 30);
			expect(point.y, point.id).toBeGreaterThan(20);
			expect(point.y, point.id).toBeLessThan(state.height - 20);
		}
		await page.locator('.locator-inset[data-ready] canvas').waitFor({ timeout: 20_000 });
	});

	it('keeps corridors and regions drawn in a figure', async () => {
		const page = await session.open('embed?topic=transport&figure=1', { width: 900, height: 800 });
		const drawn = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).gazetteMap;
			const ids = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
			return { corridors: ids('corridors'), regions: ids('regions'), outlines: ids('region-outlines') };
		});
		expect(drawn.corridors).toContain('gazette:middle-corridor');
		expect(drawn.regions).toContain('gazette:karabakh');
		expect(drawn.outlines).toContain('gazette:karabakh');
	});

	it('clusters and shows no inset outside figure mode', async () => {
		const page = await session.open('embed', { width: 900, height: 800 });
		const state = await figureState(page, []);
		expect(state.clusterLayer).toBe(true);
		expect(await page.locator('.locator-inset').count()).toBe(0);
	});
});

describe('the sample corpus mining figure', () => {
	const outDir = join(mkdtempSync(join(tmpdir(), 'gazette-figure-')), 'out');
	// registered before the session's own beforeAll, so the output exists when the server starts
	beforeAll(() => runIngest({ corpusDir: DEFAULT_CORPUS_DIR, outDir }));
	afterAll(() => rm(join(outDir, '..'), { recursive: true, force: true }));
	const session = explorerSession(outDir);

	it('frames the deposits, not the world: both labelled, close up, with the inset', async () => {
		const page = await session.open('embed?topic=mining&figure=1', { width: 1000, height: 800 });
		const deposits = idsWithTopic(outDir, 'mining').filter((id) => id.includes('deposit'));
		expect(deposits).toHaveLength(2);
		await expect.poll(async () => (await figureState(page, deposits)).labelled.filter((id) => deposits.includes(id)).sort()).toEqual([...deposits].sort());
		const state = await figureState(page, deposits);
		expect(state.zoom).toBeGreaterThan(6);
		await page.locator('.locator-inset[data-ready] canvas').waitFor({ timeout: 20_000 });
	});

	// the live view answering after the empty map settled (a slow store) used to leave the world camera
	it('opens the explorer framed on the corpus story, not on the world, even when the data answers late', async () => {
		const page = await session.open('', { width: 1280, height: 800 }, lateAnswers('**/api/view*', 1500));
		const camera = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).gazetteMap;
			return { ...map.getCenter(), zoom: map.getZoom() };
		});
		expect(camera.zoom).toBeGreaterThan(4);
		expect(camera.lng).toBeGreaterThan(40);
		expect(camera.lng).toBeLessThan(52);
	});
});

describe('embed popups carry the evidence', () => {
	const session = explorerSession(FIXTURE_OUTPUT);

	it('shows the first excerpts of a clicked place with the mention highlighted, and a link to the explorer', async () => {
		const page = await session.open('embed?topic=mining&figure=1', { width: 900, height: 800 });
		const point = await page.evaluate(() => {
			const map = (window as unknown as MapWindow).gazetteMap;
			const feature = map.queryRenderedFeatures({ layers: ['places'] }).find((f) => f.properties.id === 'geo:611717')!;
			const xy = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
			const rect = map.getCanvas().getBoundingClientRect();
			return { x: rect.left + xy.x, y: rect.top + xy.y };
		});
		await page.mouse.click(point.x, point.y);
		const popup = page.locator('.gz-popup');
		await expect.poll(() => popup.locator('.evidence mark').count()).toBeGreaterThan(0);
		expect(await popup.locator('.evidence mark').first().innerText()).toBe('Tbilisi');
		const href = await popup.locator('a.more').getAttribute('href');
		expect(new URL(href!, 'http://x/').searchParams.get('place')).toBe('geo:611717');
	});
});
