// The store API over HTTP: answers, bounds and refusals; the store file itself is never served.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { apiRoute } from '../../src/lib/server/api/index.ts';
import { fixedStore } from '../../src/lib/server/api/store-handle.ts';
import { ensureApp, startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import type { Store } from '../../src/lib/store/types.ts';
import { FIXTURE_OUTPUT } from '../e2e/harness.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { writeCorpus } from '../store/corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-api-'));
let server: RunningServer;
let staticServer: RunningServer;

beforeAll(async () => {
	writeCorpus(join(root, 'corpus'));
	await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'out'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
	await ensureApp();
	server = await startServer({ outDir: join(root, 'out'), port: 0 });
	staticServer = await startServer({ outDir: FIXTURE_OUTPUT, port: 0 });
});
afterAll(async () => {
	await server?.close();
	await staticServer?.close();
	rmSync(root, { recursive: true, force: true });
});

const get = async (path: string, on = server) => {
	const response = await fetch(new URL(path, on.url));
	return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
};

describe('store API', () => {
	it('answers the view with filtered counts and the places, bounded by limit', async () => {
		const all = await get('api/view');
		expect(all.status).toBe(200);
		const summary = all.body!.summary as { placeCount: number; mentionCount: number };
		expect((all.body!.places as unknown[]).length).toBe(summary.placeCount);
		const topical = await get('api/view?topic=mine-action&limit=1');
		expect((topical.body!.places as unknown[]).length).toBe(1);
		expect((topical.body!.summary as { mentionCount: number }).mentionCount).toBeLessThan(summary.mentionCount);
	});

	it('gives the corpus display name, never the path of this machine', async () => {
		const info = await get('api/info');
		expect((info.body!.manifest as { corpus: string }).corpus).toBe('corpus');
	});

	it('clusters the map features on the server: fewer features zoomed out than in', async () => {
		const out = await get('api/clusters?zoom=0');
		const near = await get('api/clusters?zoom=14&bbox=40,30,60,45');
		const count = (r: typeof out) => (r.body!.features as unknown[]).length;
		expect(count(out)).toBeLessThan(count(near));
		expect((out.body!.features as { properties: { cluster?: boolean } }[]).some((f) => f.properties.cluster)).toBe(true);
	});

	it('sends a view bigger than GAZETTE_VIEW_LIMIT clustered: its first places in the asked order, not all', async () => {
		process.env.GAZETTE_VIEW_LIMIT = '2';
		try {
			const big = await get('api/view?sort=name&page=3');
			expect(big.body!.clustered).toBe(true);
			const first = await get('api/places?sort=name&limit=3');
			expect(big.body!.places).toEqual(first.body!.places);
			expect(big.body!.total).toBe((big.body!.summary as { placeCount: number }).placeCount);
			expect(big.body!.total).toBeGreaterThan(3);
		} finally {
			delete process.env.GAZETTE_VIEW_LIMIT;
		}
		const whole = await get('api/view?sort=name&page=3');
		expect(whole.body!.clustered).toBe(false);
		expect((whole.body!.places as unknown[]).length).toBe(whole.body!.total);
	});

	it('gives each server cluster the zoom it splits at and its places, and the shapes reaching into the view', async () => {
		type Feature = { properties: { id?: string; cluster?: boolean; cluster_id?: number; expansion_zoom?: number } };
		const view = await get('api/clusters?zoom=4&bbox=40,30,60,45');
		const cluster = (view.body!.features as Feature[]).find((f) => f.properties.cluster)!;
		// Aghdam, Shusha and the Lachin corridor lie within 50 km: apart from zoom 7
		expect(cluster.properties.expansion_zoom).toBe(7);
		const leaves = await get(`api/clusters?zoom=4&cluster=${cluster.properties.cluster_id}`);
		expect((leaves.body!.features as Feature[]).map((f) => f.properties.id).sort()).toEqual(['test:aghdam', 'test:lachin-corridor', 'test:shusha']);
		const areas = (view.body!.areas as { features: Feature[] }).features.map((f) => f.properties.id);
		expect(areas).toEqual(['test:lachin-corridor']);
		const elsewhere = await get('api/clusters?zoom=4&bbox=-100,20,-70,40');
		expect((elsewhere.body!.areas as { features: unknown[] }).features).toEqual([]);
		expect((await get('api/clusters?cluster=987654')).status).toBe(404);
	});

	it('refuses bad parameters and unknown routes with one line, and finds no missing document', async () => {
		expect(await get('api/places?sort=evil')).toEqual({ status: 400, body: { error: 'sort must be one of documents, mentions, name, recent' } });
		expect(await get('api/excerpts?id=test:baku&limit=-1')).toEqual({ status: 400, body: { error: 'limit must be a whole number' } });
		expect(await get('api/clusters?bbox=1,2,3')).toEqual({ status: 400, body: { error: 'bbox must be west,south,east,north' } });
		expect(await get('api/excerpts')).toEqual({ status: 400, body: { error: 'id is required' } });
		expect((await get('api/nope')).status).toBe(404);
		expect((await get('api/constructor')).status).toBe(404);
		expect((await get('api/document?id=missing')).status).toBe(404);
	});

	it('caps page sizes', async () => {
		const page = await get('api/documents?limit=100000');
		expect((page.body!.documents as unknown[]).length).toBeLessThanOrEqual(100);
	});

	it('never serves the store file, and says "no store" for an output without one', async () => {
		expect((await fetch(new URL('data/gazette.sqlite', server.url))).status).toBe(404);
		expect(await get('api/info', staticServer)).toEqual({ status: 200, body: { store: null } });
		// the explorer asks for its first view with the info, before it knows: no error for that either
		expect(await get('api/view?topic=x', staticServer)).toEqual({ status: 200, body: { store: null } });
		expect((await get('api/places', staticServer)).status).toBe(404);
	});

	it('works out the first view (info, unfiltered counts and places) when it opens the store, before anyone asks', async () => {
		const { counting, asked } = countingStore();
		const route = apiRoute(join(root, 'out'), fixedStore(counting));
		try {
			await route.warmed;
			const unfiltered = JSON.stringify({ topics: [], kinds: [], from: null, to: null, doc: null, q: '', text: '' });
			expect(asked).toEqual(expect.arrayContaining(['info', `summary ${unfiltered}`, `places ${unfiltered}`]));
		} finally {
			await route.close();
		}
	});

	it('builds the cluster index of a first view too big to send whole when it opens the store, and only then', async () => {
		const placesAsked = async () => {
			const { counting, asked } = countingStore();
			const route = apiRoute(join(root, 'out'), fixedStore(counting));
			try {
				await route.warmed;
				return asked.filter((call) => call.startsWith('places ')).length;
			} finally {
				await route.close();
			}
		};
		expect(await placesAsked()).toBe(1);
		process.env.GAZETTE_VIEW_LIMIT = '1';
		try {
			// the view's page, then every place for the cluster index
			expect(await placesAsked()).toBe(2);
		} finally {
			delete process.env.GAZETTE_VIEW_LIMIT;
		}
	});

	it('sends a question asked again under the same store version from memory, and asks the store again once the version moved', async () => {
		const { counting, asked, setVersion } = countingStore();
		const cached = await startServer({ outDir: join(root, 'out'), port: 0, store: fixedStore(counting) });
		try {
			const view = async () => (await fetch(new URL('api/view?topic=mine-action', cached.url))).json();
			const first = await view();
			const storeCalls = asked.filter((call) => call !== 'version').length;
			expect(await view()).toEqual(first);
			expect(asked.filter((call) => call !== 'version')).toHaveLength(storeCalls);
			setVersion('another');
			expect(await view()).toEqual(first);
			expect(asked.filter((call) => call !== 'version').length).toBeGreaterThan(storeCalls);
		} finally {
			await cached.close();
		}
	});

	it('reads ahead again what a place search needs once the first answer at a new store version (a write) is worked out, once a version', async () => {
		const { counting, asked, setVersion } = countingStore();
		const live = await startServer({ outDir: join(root, 'out'), port: 0, store: fixedStore(counting) });
		try {
			await live.warmed;
			const view = async (q: string) => (await fetch(new URL(`api/view?q=${q}`, live.url))).json();
			const prepared = () => asked.filter((call) => call === 'prepare').length;
			const settled = () => new Promise((done) => setTimeout(done, 20));
			// the warm-up's, and none again at its version
			expect(prepared()).toBe(1);
			await view('a');
			await settled();
			expect(prepared()).toBe(1);
			setVersion('after a write');
			await view('ba');
			await vi.waitFor(() => expect(prepared()).toBe(2));
			// after that question's own calls (it did not wait for it)
			expect(asked.lastIndexOf('prepare')).toBeGreaterThan(asked.map((call) => call.startsWith('places ')).lastIndexOf(true));
			await view('ag');
			await settled();
			expect(prepared()).toBe(2);
		} finally {
			await live.close();
		}
	});
});

/** The test store, recording each question asked of it; `setVersion` stands for a write. */
function countingStore() {
	const store = openSqliteStore(join(root, 'out', STORE_FILE), { readonly: true });
	const asked: string[] = [];
	let version: string | null = null;
	const counting = new Proxy(store, {
		get(target, name, receiver) {
			const value = Reflect.get(target, name, receiver) as unknown;
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				asked.push(`${String(name)}${name === 'summary' || name === 'places' ? ` ${JSON.stringify(args[0])}` : ''}`);
				if (name === 'version' && version !== null) return Promise.resolve(version);
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		}
	}) as Store;
	return { counting, asked, setVersion: (next: string) => (version = next) };
}
