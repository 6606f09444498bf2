// The corrections the explorer saves live in the corpus and are read by every later ingest.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../src/lib/contracts.ts';
import { CORPUS_CORRECTIONS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-corpus-corrections-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the corpus's own corrections file", () => {
	it('is read without --corrections, never as a document, and --corrections wins', async () => {
		const corpus = join(root, 'corpus');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'a.txt'), 'Vote\n\nGeorgia voted near Baku.');
		writeFileSync(join(corpus, CORPUS_CORRECTIONS_FILE), JSON.stringify({ corrections: [{ action: 'resolve', name: 'Georgia', placeId: 'test:georgia' }] }));
		const other = join(root, 'other.json');
		writeFileSync(other, JSON.stringify({ corrections: [] }));
		const ids = (out: string) => (JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as PlacesCollection).features.map((f) => f.id).sort();

		const summary = await runIngest({ corpusDir: corpus, outDir: join(root, 'out'), createGeoparser: fakeGeoparser() });
		expect(summary.documents).toBe(1);
		expect(summary.corrections).toEqual([{ correction: '"Georgia" → test:georgia', changed: 1 }]);
		expect(ids(join(root, 'out'))).toEqual(['test:baku', 'test:georgia']);

		await runIngest({ corpusDir: corpus, outDir: join(root, 'given'), correctionsFile: other, createGeoparser: fakeGeoparser() });
		expect(ids(join(root, 'given'))).toEqual(['test:baku', 'test:georgia-us']);
	});
});
