// The live explorer in Chromium: a server with a store answers the explorer's questions, and the page
// never loads the corpus files. Counts, topic filter, document search, popup excerpts and the reader.
import { describe, expect, it } from 'vitest';
import { explorerSession, type GuardedPage } from './harness.ts';
import { ingestedLiveStore, NO_FILTERS } from './live-store.ts';

const live = ingestedLiveStore('gazette-live-');
const out = live.out;

const session = explorerSession(out, async (page) => {
	// the corpus stays on the server: no JSON extract was fetched
	const paths = page.requests.map((url) => new URL(url).pathname);
	expect(paths.filter((p) => p.startsWith('/data/'))).toEqual([]);
	expect(paths).toContain('/api/view');
});

const summaryText = (page: GuardedPage['page']) => page.locator('header .summary').innerText();
const line = (s: { placeCount: number; documentCount: number; mentionCount: number }) =>
	`${s.placeCount} place${s.placeCount === 1 ? '' : 's'} · ${s.documentCount} document${s.documentCount === 1 ? '' : 's'} · ${s.mentionCount} mention${s.mentionCount === 1 ? '' : 's'}`;

describe('live explorer (server with a store)', () => {
	it('shows the store counts and, under a topic, the mentions in that topic only', async () => {
		const page = await session.open();
		const all = await live.store.summary(NO_FILTERS);
		await expect.poll(() => summaryText(page)).toContain(line(all));
		await expect.poll(() => page.locator('button.place').count()).toBe(all.placeCount);
		const topic = await live.store.summary({ ...NO_FILTERS, topics: ['mine-action'] });
		expect(topic.mentionCount).toBeLessThan(all.mentionCount);
		await page.locator('label.chip', { hasText: 'Mine action' }).click();
		await expect.poll(() => summaryText(page)).toContain(line(topic));
		expect(page.url()).toContain('topic=mine-action');
		// the popup counts the place's mentions in the filtered documents
		const baku = await live.store.place('test:baku', { ...NO_FILTERS, topics: ['mine-action'] });
		await page.locator('button.place', { hasText: 'Baku' }).click();
		await expect.poll(() => page.locator('.gz-popup .counts').innerText()).toContain(`${baku!.mentionCount} mention`);
		await expect.poll(() => page.locator('.gz-popup .groups li.group').count()).toBe(baku!.documentCount);
	});

	it('finds documents by a word in their text, with the places they mention, and limits the map to one', async () => {
		const page = await session.open();
		await page.getByLabel('Document', { exact: true }).fill('cholera');
		const hit = page.locator('.hits button', { hasText: 'Cholera fears in Georgia' });
		await expect.poll(() => hit.innerText()).toContain('Baku');
		await hit.click();
		await expect.poll(() => page.url()).toContain('doc=c');
		const one = await live.store.summary({ ...NO_FILTERS, doc: 'c' });
		await expect.poll(() => summaryText(page)).toContain(line(one));
		await expect.poll(() => page.locator('.picked').innerText()).toContain('Cholera fears in Georgia');
	});

	it('asks the server once for words typed without a pause (not once per key)', async () => {
		const page = await session.open();
		const searches: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.pathname === '/api/documents' && url.searchParams.has('text')) searches.push(url.searchParams.get('text')!);
		});
		await page.getByLabel('Document', { exact: true }).pressSequentially('cholera', { delay: 20 });
		await expect.poll(() => page.locator('.hits button', { hasText: 'Cholera fears in Georgia' }).count()).toBe(1);
		expect(searches).toEqual(['cholera']);
	});

	it('keeps the map the same size while the counts and buttons arrive (a resize draws the map again); the counts wait for the map to take its places; what can wait waits for its first picture', async () => {
		const sizes = async (page: GuardedPage['page']) => {
			await page.addInitScript(() => {
				// the order in which the first view's parts appear, and when the map painted its first picture
				const order: string[] = [];
				const w = window as unknown as { firstViewOrder: string[]; paintedAt: number };
				w.firstViewOrder = order;
				const note = (what: string, present: unknown) => present && !order.includes(what) && order.push(what);
				new MutationObserver(() => {
					// (looked at before the counts: the map took its places before they appeared, or not)
					note('map has its places', (window as unknown as { gazetteMap?: import('maplibre-gl').Map }).gazetteMap?.getSource('places'));
					note('counts', document.querySelector('header .summary'));
					note('legend', document.querySelector('.legend-slot'));
					note('print sheet', document.querySelector('.print-sheet'));
					if (document.documentElement.dataset.mapHeld === '1') note('held', true);
					else if (order.includes('held') && note('painted', true)) w.paintedAt = performance.now();
				}).observe(document, { subtree: true, childList: true, attributes: true });
				const seen: string[] = [];
				(window as unknown as { mapSizes: string[] }).mapSizes = seen;
				const look = () => {
					const box = document.querySelector('.map-wrap');
					const size = box ? `${box.clientWidth}x${box.clientHeight}` : null;
					if (size && seen[seen.length - 1] !== size) seen.push(size);
					if (document.documentElement.dataset.map !== 'idle') requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			});
		};
		const page = await session.open('', undefined, sizes);
		await page.locator('header .summary').waitFor();
		expect(await page.evaluate(() => (window as unknown as { mapSizes: string[] }).mapSizes)).toHaveLength(1);
		// each frame before the map's first picture is a whole page drawn: the legend comes with the counts,
		// the print sheet (hidden on screen) and the questions of its sources, corrections and topics after it
		await page.waitForFunction(() => document.documentElement.dataset.map === 'idle');
		const { order, late } = await page.evaluate(() => {
			const w = window as unknown as { firstViewOrder: string[]; paintedAt: number };
			const asked = performance.getEntriesByType('resource').filter((e) => /\/api\/(documents|corrections|taxonomy)/.test(e.name));
			return { order: w.firstViewOrder, late: asked.map((e) => `${new URL(e.name).pathname} ${e.startTime >= w.paintedAt ? 'after' : 'before'}`) };
		});
		// the first view's answer is in before the map's style (it is read as it arrives): its list and counts
		// are laid out once the map has its places (with its worker), not before, which held the map back
		expect(order.filter((what) => what !== 'held')).toEqual(['map has its places', 'counts', 'legend', 'painted', 'print sheet']);
		expect(late.sort()).toEqual(['/api/corrections after', '/api/documents after', '/api/taxonomy after']);
	});

	it('asks for its first view before the map code has loaded', async () => {
		// the map's worker is started with them (early-worker.ts): its script is still loading when they go out
		const seen: string[] = [];
		const page = await session.open('', undefined, async (page) => {
			page.on('request', (request) => seen.push(`asked ${new URL(request.url()).pathname}`));
			page.on('requestfinished', (request) => seen.push(`loaded ${new URL(request.url()).pathname}`));
		});
		await page.locator('header .summary').waitFor();
		const view = seen.indexOf('asked /api/view');
		expect(view).toBeGreaterThanOrEqual(0);
		expect(view).toBeLessThan(seen.findIndex((event) => event.startsWith('loaded') && event.includes('maplibre-gl-worker')));
		// the route's stylesheets and the text's fonts are named by the page itself (tools/preload-explorer.mjs):
		// asked for with its code, not once the code has run and laid the text out
		const html = await (await fetch(page.url())).text();
		// the root layout's stylesheet was the only one (SvelteKit's shell)
		expect(html.match(/\.css" rel="stylesheet"/g)?.length ?? 0).toBeGreaterThan(1);
		const info = seen.indexOf('asked /api/info');
		for (const weight of [400, 600]) {
			const font = seen.findIndex((event) => event.startsWith('asked') && event.includes(`noto-sans-latin-${weight}-normal`));
			expect(font).toBeGreaterThanOrEqual(0);
			expect(font).toBeLessThan(info);
		}
	});

	it('opens the reader from an excerpt, the text and mention coming from the server', async () => {
		const page = await session.open('?place=test:aghdam');
		const link = page.locator('.gz-popup a.excerpt').first();
		await link.click();
		await expect.poll(() => page.locator('#current-mention').innerText()).toBe('Aghdam');
		await expect.poll(() => page.locator('h1').innerText()).toMatch(/Demining in Baku|Peace talks in Minsk/);
	});
});
