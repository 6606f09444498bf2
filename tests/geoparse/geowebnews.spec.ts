// Accuracy guard on GeoWebNews with the published protocol. The README reports the full numbers
// (`npm run eval`); this fails when a change loses ground against the published systems.
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { scoreGeoWebNews } from '../../src/lib/evaluation/geowebnews.ts';
import { readGoldDocuments } from '../../src/lib/server/evaluation.ts';
import { EVAL_FILE, sharedAvailable, testGazetteer } from '../helpers/gazetteer.ts';

describe.skipIf(!sharedAvailable('the GeoWebNews accuracy test', EVAL_FILE))('GeoWebNews', () => {
	it('beats spaCy at geotagging and the Edinburgh Geoparser end to end', async () => {
		const gazetteer = await testGazetteer();
		const documents = await readGoldDocuments(EVAL_FILE);
		const scores = scoreGeoWebNews(documents, new Map(documents.map((d) => [d.id, geoparse(d.text, gazetteer)])));
		expect(scores.geotagging.gold).toBe(2718);
		expect(scores.geocoding.gold).toBe(2399);
		expect(scores.geotagging.f1).toBeGreaterThan(0.8);
		expect(scores.geocoding.recall).toBeGreaterThan(0.8);
		expect(scores.geocoding.accuracyAt161).toBeGreaterThan(0.9);
	});
});
