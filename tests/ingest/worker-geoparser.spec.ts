// The geoparser an incremental run uses keeps its only gazetteer in its worker (geoparser.ts
// workerGeoparser), so the gazetteer loads while the run compares its files. It must give what the
// main thread's geoparser gives — toponyms, places with their division, lookups, country names — and
// an incremental run with it the store a full ingest with the main thread's gives.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeoparser, workerGeoparser, type IngestGeoparser } from '../../src/lib/server/ingest/geoparser.ts';
import { CORPUS_CORRECTIONS_FILE, DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { storeRows } from './store-reading.ts';

const TEXTS = [
	'Officials in Salem, Oregon met envoys from Paris and Nairobi on Tuesday.',
	'Flooding hit Dhaka, Bangladesh, and roads near Chittagong were closed. Aid left from Kolkata.',
	'The Lachin corridor reopened, officials in Baku said; talks continue in Brussels.'
];

let main: IngestGeoparser;
let root: string;
beforeAll(async () => {
	main = await createGeoparser({ workers: 0 });
	root = mkdtempSync(join(tmpdir(), 'gazette-worker-geoparser-'));
});
afterAll(async () => {
	await main.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the worker geoparser', () => {
	it('gives what the main thread gives: toponyms, places with their division, prefetched lookups, country names', async () => {
		const tokyo = (await main.parse(['Tokyo is large.'])).places[0]!.id;
		const worker = workerGeoparser([tokyo]);
		try {
			const expected = await main.parse(TEXTS);
			const found = await worker.parse(TEXTS);
			expect(found.toponyms).toEqual(expected.toponyms);
			expect(found.places.map((p) => p.id).sort()).toEqual(expected.places.map((p) => p.id).sort());
			expect(found.places.length).toBeGreaterThan(5);
			for (const place of found.places) {
				const { admin1Name, ...rest } = place;
				expect(rest).toEqual(expected.places.find((p) => p.id === place.id));
				expect(admin1Name, place.id).toBe(main.lookup(place.id)?.admin1Name ?? null);
				expect(worker.lookup(place.id)).toEqual(main.lookup(place.id));
				if (place.country) expect(worker.countryName(place.country)).toBe(main.countryName(place.country));
			}
			expect(worker.lookup(tokyo)).toEqual(main.lookup(tokyo));
			expect(worker.countryName(main.lookup(tokyo)!.country!)).toBe(main.countryName(main.lookup(tokyo)!.country!));
			expect(worker.attribution).toEqual(main.attribution);
		} finally {
			await worker.close();
		}
	});

	it('answers parse calls in flight together, each of several batches, with what the main thread gives', async () => {
		// a streamed ingest sends the next part while it processes this one: both are in the worker's queue
		const first = Array.from({ length: 90 }, (_, i) => TEXTS[i % TEXTS.length]!);
		const second = Array.from({ length: 50 }, (_, i) => `${TEXTS[(i + 1) % TEXTS.length]!} Report ${i}.`);
		const worker = workerGeoparser([]);
		try {
			const [a, b] = await Promise.all([worker.parse(first), worker.parse(second)]);
			expect(a.toponyms).toEqual((await main.parse(first)).toponyms);
			expect(b.toponyms).toEqual((await main.parse(second)).toponyms);
			expect(b.places.length).toBeGreaterThan(5);
		} finally {
			await worker.close();
		}
	});

	it('makes the incremental run give the store the full ingest gives, with a correction to a gazetteer place', async () => {
		const paris = (await main.parse(['Paris is large.'])).places[0]!.id;
		const corpus = join(root, 'corpus');
		const out = join(root, 'out');
		const fresh = join(root, 'fresh');
		const files: Record<string, string> = { 'a.txt': TEXTS[0]!, 'b.txt': TEXTS[1]!, 'c.txt': TEXTS[2]!, [CORPUS_CORRECTIONS_FILE]: JSON.stringify({ corrections: [{ action: 'resolve', name: 'Brussels', placeId: paris }] }) };
		mkdirSync(corpus);
		for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
		const ingest = (dir: string, staticFiles = false) => runIngest({ corpusDir: corpus, outDir: dir, topicsFile: DEFAULT_TOPICS_FILE, staticFilesLimit: 0, staticFiles });
		await ingest(out);
		writeFileSync(join(corpus, 'c.txt'), `${readFileSync(join(corpus, 'c.txt'), 'utf8')} Envoys from Nairobi and Brussels joined them.`);
		const summary = await ingest(out);
		expect(summary.incremental).toEqual({ changed: 1, removed: 0 });
		const whole = await ingest(fresh, true);
		expect(summary.corrections).toEqual(whole.corrections);
		expect(summary.corrections[0]!.changed).toBeGreaterThan(1);

		for (const sql of [
			'SELECT id, hash, mention_count FROM documents ORDER BY id',
			'SELECT d.id, m.start, m.end, p.id AS place, m.usage, m.score FROM mentions m JOIN documents d ON d.key = m.doc JOIN places p ON p.key = m.place ORDER BY 1, 2',
			'SELECT id, name, country_name, admin1_name, geometry, document_count, mention_count FROM places ORDER BY id'
		])
			expect(storeRows(out, sql), sql).toEqual(storeRows(fresh, sql));
	});
});
