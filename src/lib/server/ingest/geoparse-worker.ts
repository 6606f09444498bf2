// Worker thread: loads its own gazetteer and geoparses batches of texts for ingest (kept for the
// geoparser's life: geoparser.ts).
import { parentPort, workerData } from 'node:worker_threads';
import * as gazetteerApi from '../../gazetteer/index.ts';
import { geoparseMany } from '../../geoparse/index.ts';
import type { PlaceRecord } from '../../corpus/place-record.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { compactBatch } from './compact.ts';
import { gazetteerPlaceLookup, type DescribeRequest, type GeoparseWorkerData } from './geoparser.ts';

const port = parentPort;
if (!port) throw new Error('geoparse-worker must run in a worker thread');
const gazetteer = await loadGazetteer(undefined, { lazyPlaces: (workerData as GeoparseWorkerData | null)?.lazyPlaces === true });
// Places this worker already sent in this parse() call: shapes cross the thread boundary once per call
// (every call reports all the places its texts name, as the main thread's own batches do).
const sent = new Set<string>();
let call = -1;
const lookup = gazetteerPlaceLookup(gazetteer, gazetteerApi);

/** What a geoparser whose gazetteer lives only here answers its lookups from (geoparser.ts: workerGeoparser). */
function describe({ ids, countries }: DescribeRequest) {
	const records: PlaceRecord[] = ids.flatMap((id) => lookup(id) ?? []);
	const countryNames: Record<string, string> = {};
	for (const code of [...countries, ...records.flatMap((r) => (r.country ? [r.country] : []))]) {
		const name = gazetteerApi.countryName(gazetteer, code);
		if (name) countryNames[code] = name;
	}
	return { records, countryNames, attribution: gazetteer.sources };
}

/** `describe`: the reply also describes the places the batch reports (no second request to wait for). */
port.on('message', (message: { batch: number; texts: string[]; call: number; describe?: boolean } | { batch: -2; describe: DescribeRequest }) => {
	if (message.batch === -2) {
		port.postMessage({ batch: -2, described: describe(message.describe as DescribeRequest) });
		return;
	}
	const request = message as { batch: number; texts: string[]; call: number; describe?: boolean };
	if (request.call !== call) {
		call = request.call;
		sent.clear();
	}
	try {
		const results = geoparseMany(request.texts, gazetteer);
		const result = compactBatch(results, sent, (id) => gazetteerApi.placeById(gazetteer, id));
		port.postMessage({ batch: request.batch, result, ...(request.describe ? { described: describe({ ids: result.places.map((p) => p.id), countries: [] }) } : {}) });
	} catch (error) {
		port.postMessage({ batch: message.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
