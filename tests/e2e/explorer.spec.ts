// The explorer in Debian's Chromium against the production build, on the hand-written fixture output.
import { describe, expect, it } from 'vitest';
import { XSS_PLACE, XSS_TEXT_SNIPPET, XSS_TITLE } from '../fixtures/explorer-spec.ts';
import { explorerSession, FIXTURE_OUTPUT, lateAnswers, placePoint, waitForMap, type GuardedPage } from './harness.ts';

const session = explorerSession(FIXTURE_OUTPUT, async ({ page, requests }, server) => {
	const xss = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss).catch(() => undefined);
	expect(xss, 'a payload ran').toBeUndefined();
	for (const url of requests) expect(new URL(url).origin).toBe(new URL(server.url).origin);
});
const open = session.open;

const listItems = (page: GuardedPage['page']) => page.locator('button.place');
const popup = (page: GuardedPage['page']) => page.locator('.gz-popup');

describe('explorer', () => {
	it('renders the corpus places on the map and in the list, with attribution', async () => {
		const page = await open();
		await expect.poll(() => listItems(page).count()).toBe(15);
		const rendered = await page.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			const features = map.queryRenderedFeatures({ layers: ['places', 'clusters', 'corridors', 'regions'] });
			// the world-scale land, or the 1:10m land once the view is zoomed in past it
			return { features: features.length, land: map.queryRenderedFeatures({ layers: ['land', 'detail-land'] }).length };
		});
		expect(rendered.features).toBeGreaterThan(3);
		expect(rendered.land).toBeGreaterThan(0);
		const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
		for (const credit of ['GeoNames', 'Natural Earth', 'MapLibre']) expect(attribution).toContain(credit);
		await expect.poll(() => page.locator('header .summary').innerText()).toContain('15 places');
		// the manifest names the corpus by a path; the page shows the folder's name only
		expect(await page.locator('header .corpus').innerText()).toBe('in explorer-corpus');
	});

	it('compiles only the shader programs a map seen from above needs: no sky, no dashed lines', async () => {
		// each program is compiled before the frame that first needs it (0.1–0.4 s of blocked page in software rendering)
		const page = await open();
		const programs = () =>
			page.evaluate(() => Object.keys((window as unknown as { gazetteMap: { painter: { programCache: { programs: Record<string, unknown> } } } }).gazetteMap.painter.programCache.programs).map((key) => key.split('/')[0]!));
		const first = await programs();
		expect(first).toEqual(expect.arrayContaining(['fill', 'line', 'circle', 'symbolSDF']));
		// the detail basemap's borders and divisions, and the places' lines and regions
		// (a block body: jumpTo returns the map itself, which evaluate would serialize whole, typed arrays and all, seconds of work)
		await page.evaluate(() => {
			(window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.jumpTo({ center: [46.5, 40.3], zoom: 6 });
		});
		await page.waitForFunction(() => (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap.areTilesLoaded());
		// (a frame asked for, then its idle: the map may have been idle already when the tiles were in; the idle
		// event is not handed back: its target is the map, which evaluate would serialize whole)
		await page.evaluate(
			() =>
				new Promise<void>((done) => {
					const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
					map.once('idle', () => done());
					map.triggerRepaint();
				})
		);
		const all = await programs();
		expect(all).not.toContain('sky');
		expect(all).not.toContain('lineSDF');
	});

	it('draws the shipped basemap: lakes as water and capitals labelled at a regional zoom', async () => {
		const page = await open('?map=5.3/40.3/46.5');
		const rendered = await page.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			const lakes = map.queryRenderedFeatures({ layers: ['lakes'] });
			const water = map.getPaintProperty('water', 'background-color');
			return {
				lakes: lakes.length,
				// (given in the per-feature form, map/shared-programs.ts: the colour is the case's output)
				sameColour: JSON.stringify(map.getPaintProperty('lakes', 'fill-color')) === JSON.stringify(['case', ['has', 'gazette:none'], water, water]),
				// Lake Sevan, between Yerevan and the Azerbaijani border
				sevan: map.queryRenderedFeatures(map.project([45.3, 40.35]), { layers: ['lakes'] }).length,
				cities: map.queryRenderedFeatures({ layers: ['city-labels'] }).map((f) => String(f.properties.name)),
				dots: map.queryRenderedFeatures({ layers: ['city-dots'] }).length
			};
		});
		expect(rendered.lakes).toBeGreaterThan(0);
		expect(rendered.sameColour).toBe(true);
		expect(rendered.sevan).toBeGreaterThan(0);
		expect(rendered.dots).toBeGreaterThan(3);
		// (the fixture's own Baku, Yerevan and Tbilisi labels win the collision with the basemap's)
		for (const city of ['Tehran', 'Tabriz']) expect(rendered.cities).toContain(city);
		const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
		expect(attribution).toContain('OpenStreetMap');
	});

	it('opens a popup with highlighted excerpts from the list, and closes it by keyboard', async () => {
		const page = await open();
		const baku = listItems(page).filter({ hasText: 'Baku' });
		await baku.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => popup(page).locator('h2').innerText()).toBe('Baku');
		expect(page.url()).toContain('place=geo%3A587084');
		await expect.poll(() => popup(page).locator('mark').count()).toBeGreaterThan(1);
		expect(await popup(page).locator('mark').first().innerText()).toBe('Baku');
		await expect.poll(() => popup(page).locator('.pager').count()).toBe(1);
		await popup(page).getByRole('button', { name: 'Next ›' }).click();
		await expect.poll(() => popup(page).locator('.pager span').innerText()).toMatch(/Documents 4–/);
		await page.keyboard.press('Escape');
		await expect.poll(() => popup(page).count()).toBe(0);
		expect(page.url()).not.toContain('place=');
		await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe('geo:587084');
	});

	// with data that loads after the empty map settled, the map used to stay on the world (the Black Sea in a cluster)
	it('opens a popup by clicking the place on the map canvas', async () => {
		const page = await open('', undefined, lateAnswers('**/data/places.geojson*', 1500));
		const { x, y } = await placePoint(page, 34, 43); // Black Sea, far from the other places
		await page.mouse.click(x, y);
		await expect.poll(() => popup(page).locator('h2').innerText()).toBe('Black Sea');
		await expect.poll(() => popup(page).locator('.excerpt').count()).toBe(2);
	});

	// a URL change repaints a browser window's toolbar: in software (a headless Chromium) whole-window frames the picture waited behind
	it("writes the framed camera to the URL only after the map's first picture", async () => {
		const page = await open('', undefined, async (p) => {
			await p.addInitScript(() => {
				const log: string[] = ((window as unknown as { cameraLog: string[] }).cameraLog = []);
				const replace = history.replaceState.bind(history);
				history.replaceState = (state, unused, url) => {
					if (String(url ?? '').includes('map=')) log.push(document.documentElement.dataset.mapHeld ? 'written while held' : 'written after the picture');
					return replace(state, unused, url);
				};
			});
			// the borders come late: the picture is held for them, well past the framing's camera (its URL write came 400 ms after the move)
			await lateAnswers('**/borders*.json', 2500)(p);
		});
		await expect.poll(() => page.url()).toContain('map=');
		expect(await page.evaluate(() => (window as unknown as { cameraLog: string[] }).cameraLog)).toEqual(['written after the picture']);
	});

	it('links an excerpt to the reader with the mention highlighted, prev/next and back to the map', async () => {
		const page = await open('?place=geo%3A587084&topic=energy');
		const first = popup(page).locator('a.excerpt').first();
		await expect.poll(() => first.count()).toBe(1);
		await first.click();
		await page.waitForURL(/\/doc\?/);
		const mention = page.locator('#current-mention');
		await expect.poll(() => mention.innerText()).toBe('Baku');
		expect(await mention.getAttribute('aria-current')).toBe('true');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('current-mention');
		expect(await page.locator('.mentions').innerText()).toContain('mention 1 of 2');
		await page.getByRole('link', { name: 'Next ›' }).click();
		await expect.poll(() => page.locator('.mentions').innerText()).toContain('mention 2 of 2');
		await page.getByRole('link', { name: 'Previous' }).click();
		await expect.poll(() => page.locator('.mentions').innerText()).toContain('mention 1 of 2');
		expect(await page.locator('a.mention').count()).toBeGreaterThan(4);
		await page.locator('a.mention', { hasText: 'Tbilisi' }).first().click();
		await waitForMap(page);
		await expect.poll(() => popup(page).locator('h2').innerText()).toBe('Tbilisi');
		expect(page.url()).toContain('topic=energy');
	});

	it('filters by topic: map, list, counts and URL change together; reload and back restore', async () => {
		const page = await open();
		const countPoints = () =>
			page.evaluate(() => {
				const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
				const source = map.getSource('places') as import('maplibre-gl').GeoJSONSource;
				return (source.serialize().data as GeoJSON.FeatureCollection).features.length;
			});
		expect(await countPoints()).toBe(15);
		const mining = page.locator('label.chip', { hasText: 'Mining' });
		expect(await mining.innerText()).toContain('4·1');
		await mining.click();
		await page.waitForURL(/topic=mining/);
		await expect.poll(() => listItems(page).count()).toBe(4);
		await expect.poll(countPoints).toBe(4);
		await expect.poll(() => page.locator('header .summary').innerText()).toContain('4 places · 1 document');
		await page.reload();
		await waitForMap(page);
		await expect.poll(() => listItems(page).count()).toBe(4);
		expect(await page.locator('label.chip', { hasText: 'Mining' }).locator('input').isChecked()).toBe(true);
		expect(await countPoints()).toBe(4);
		await page.goBack();
		await expect.poll(() => listItems(page).count()).toBe(15);
		await page.goForward();
		await expect.poll(() => listItems(page).count()).toBe(4);
	});

	it('restores a shared link with filters, selection and camera', async () => {
		const page = await open('?kind=city&q=baku&place=geo%3A587084&map=6%2F40.4%2F49.9');
		await expect.poll(() => listItems(page).count()).toBe(1);
		await expect.poll(() => popup(page).locator('h2').innerText()).toBe('Baku');
		const camera = await page.evaluate(() => {
			const map = (window as unknown as { gazetteMap: import('maplibre-gl').Map }).gazetteMap;
			return { zoom: map.getZoom(), lat: map.getCenter().lat };
		});
		expect(camera.zoom).toBeCloseTo(6, 1);
		expect(camera.lat).toBeCloseTo(40.4, 1);
		expect(await page.locator('input[type=search]').inputValue()).toBe('baku');
	});

	it('renders HTML and script payloads as text in the list, popup and reader, and runs nothing', async () => {
		const page = await open();
		const item = listItems(page).filter({ hasText: 'Port Script' });
		expect(await item.locator('.name').innerText()).toBe(XSS_PLACE);
		await item.click();
		await expect.poll(() => popup(page).locator('h2').innerText()).toBe(XSS_PLACE);
		await expect.poll(() => popup(page).locator('h3').innerText()).toBe(XSS_TITLE);
		expect(await popup(page).locator('mark').innerText()).toBe(XSS_PLACE);
		await popup(page).locator('a.excerpt').first().click();
		await page.waitForURL(/\/doc\?/);
		await expect.poll(() => page.locator('h1').innerText()).toBe(XSS_TITLE);
		expect(await page.locator('.text').innerText()).toContain(XSS_TEXT_SNIPPET);
		expect(await page.locator('#current-mention').innerText()).toBe(XSS_PLACE);
		expect(await page.locator('.meta').innerText()).toContain('<b onmouseover=');
		const injected = await page.evaluate(() => document.querySelectorAll('main img, .reader img, .reader svg, .reader script, .reader b').length);
		expect(injected).toBe(0);
		await page.locator('.meta').hover();
	});

	it('works at phone width', async () => {
		const page = await open('', { width: 390, height: 844 });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const mapBox = await page.locator('.map').boundingBox();
		expect(mapBox?.width).toBeGreaterThan(300);
		expect(mapBox?.height).toBeGreaterThan(300);
		await listItems(page).first().click();
		await expect.poll(() => popup(page).count()).toBe(1);
	});
});
