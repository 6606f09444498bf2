// Worker thread: loads its own gazetteer and geoparses batches of texts for ingest (kept for the
// geoparser's life: geoparser.ts).
import { parentPort } from 'node:worker_threads';
import * as gazetteerApi from '../../gazetteer/index.ts';
import { geoparse } from '../../geoparse/index.ts';
import type { PlaceRecord } from '../../corpus/place-record.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { compactBatch } from './compact.ts';
import { gazetteerPlaceLookup, type DescribeRequest } from './geoparser.ts';

const port = parentPort;
if (!port) throw new Error('geoparse-worker must run in a worker thread');
const gazetteer = await loadGazetteer();
// Places this worker already sent in this parse() call: shapes cross the thread boundary once per call
// (every call reports all the places its texts name, as the main thread's own batches do).
const sent = new Set<string>();
let call = -1;
const lookup = gazetteerPlaceLookup(gazetteer, gazetteerApi);

port.on('message', (message: { batch: number; texts: string[]; call: number } | { batch: -2; describe: DescribeRequest }) => {
	// what a geoparser whose gazetteer lives only here answers its lookups from (geoparser.ts: workerGeoparser)
	if ('describe' in message) {
		const { ids, countries } = message.describe;
		const records: PlaceRecord[] = ids.flatMap((id) => lookup(id) ?? []);
		const countryNames: Record<string, string> = {};
		for (const code of [...countries, ...records.flatMap((r) => (r.country ? [r.country] : []))]) {
			const name = gazetteerApi.countryName(gazetteer, code);
			if (name) countryNames[code] = name;
		}
		port.postMessage({ batch: -2, described: { records, countryNames, attribution: gazetteer.sources } });
		return;
	}
	if (message.call !== call) {
		call = message.call;
		sent.clear();
	}
	try {
		const results = message.texts.map((text) => geoparse(text, gazetteer));
		port.postMessage({ batch: message.batch, result: compactBatch(results, sent) });
	} catch (error) {
		port.postMessage({ batch: message.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
