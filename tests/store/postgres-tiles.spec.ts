// Vector tiles from PostGIS (ST_AsMVT) through the server's /api/tiles/{z}/{x}/{y}.mvt on the shared
// store: every place with its filtered counts in the tile that holds it, nothing elsewhere, a clear
// 400 for a tile that does not exist and a 404 on the embedded store.
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fixedStore } from '../../src/lib/server/api/store-handle.ts';
import { startServer, type RunningServer } from '../../src/lib/server/serve.ts';
import { openPostgresStore, type PostgresStore } from '../../src/lib/store/postgres/index.ts';
import { EMPTY_FILTERS } from '../../src/lib/state/url.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from './corpus.ts';

const cluster = usePostgisCluster('gazette-pg-tiles-', 'postgres tile tests');
let store: PostgresStore;
let server: RunningServer;
let embedded: RunningServer;

async function tile(on: RunningServer, path: string) {
	const response = await fetch(`http://127.0.0.1:${on.port}/api/tiles/${path}`);
	return { status: response.status, type: response.headers.get('content-type'), bytes: new Uint8Array(await response.arrayBuffer()) };
}

function features(bytes: Uint8Array): Record<string, { documents: number; mentions: number; type: number }> {
	const layer = new VectorTile(new PbfReader(bytes)).layers.places;
	const found: Record<string, { documents: number; mentions: number; type: number }> = {};
	for (let i = 0; i < (layer?.length ?? 0); i++) {
		const feature = layer!.feature(i);
		found[String(feature.properties.id)] = { documents: Number(feature.properties.documents), mentions: Number(feature.properties.mentions), type: feature.type };
	}
	return found;
}

describe.skipIf(cluster.missing !== null)('vector tiles from PostGIS', () => {
	beforeAll(async () => {
		const corpus = join(cluster.root, 'corpus');
		writeCorpus(corpus);
		const url = await cluster.database();
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		store = await openPostgresStore(url, { readonly: true });
		server = await startServer({ outDir: join(cluster.root, 'unused'), port: 0, store: fixedStore(store) });
		const out = join(cluster.root, 'sqlite');
		await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE });
		embedded = await startServer({ outDir: out, port: 0 });
	}, 120_000);
	afterAll(async () => {
		await server?.close();
		await embedded?.close();
		// the server closes the store it was given
	});

	it('holds every place with its counts, filtered as the list is', async () => {
		const whole = await tile(server, '0/0/0.mvt');
		expect(whole.status).toBe(200);
		expect(whole.type).toBe('application/vnd.mapbox-vector-tile');
		const { places } = await store.places(EMPTY_FILTERS, 'documents', 0, 1000);
		const expected = Object.fromEntries(places.map((p) => [p.id, { documents: p.documentCount, mentions: p.mentionCount }]));
		const found = features(whole.bytes);
		expect(Object.fromEntries(Object.entries(found).map(([id, f]) => [id, { documents: f.documents, mentions: f.mentions }]))).toEqual(expected);
		// shapes stay shapes: the corridor is a line (MVT type 2), Baku a point (1)
		expect(found['test:lachin-corridor']!.type).toBe(2);
		expect(found['test:baku']!.type).toBe(1);

		const filters = { ...EMPTY_FILTERS, topics: ['mine-action'] };
		const filtered = await store.places(filters, 'documents', 0, 1000);
		const topicTile = features((await tile(server, '0/0/0.mvt?topic=mine-action')).bytes);
		expect(Object.keys(topicTile).sort()).toEqual(filtered.places.map((p) => p.id).sort());
		for (const p of filtered.places) expect(topicTile[p.id]).toMatchObject({ documents: p.documentCount, mentions: p.mentionCount });
		expect(filtered.places.length).toBeLessThan(places.length);
	});

	it('puts a place only in the tiles around it', async () => {
		// zoom 4: the Caucasus is in tile 10/6 (x from the west, y from the north); the Pacific's tile is empty
		expect(Object.keys(features((await tile(server, '4/10/6.mvt')).bytes))).toContain('test:baku');
		const empty = await tile(server, '4/0/8.mvt');
		expect(empty.status).toBe(200);
		expect(features(empty.bytes)).toEqual({});
	});

	it('refuses a tile that does not exist, and has none on the embedded store', async () => {
		const outside = await tile(server, '2/4/0.mvt');
		expect(outside.status).toBe(400);
		expect(new TextDecoder().decode(outside.bytes)).toContain('below 4 at zoom 2');
		expect((await tile(server, '23/0/0.mvt')).status).toBe(400);
		expect((await tile(server, '1/0/0.png')).status).toBe(404);
		const none = await tile(embedded, '0/0/0.mvt');
		expect(none.status).toBe(404);
		expect(new TextDecoder().decode(none.bytes)).toContain('PostgreSQL');
	});
});
