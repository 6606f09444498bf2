// Worker thread: loads its own gazetteer and geoparses batches of texts for ingest (kept for the
// geoparser's life: geoparser.ts).
import { parentPort } from 'node:worker_threads';
import { geoparse } from '../../geoparse/index.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { compactBatch } from './compact.ts';

const port = parentPort;
if (!port) throw new Error('geoparse-worker must run in a worker thread');
const gazetteer = await loadGazetteer();
// Places this worker already sent in this parse() call: shapes cross the thread boundary once per call
// (every call reports all the places its texts name, as the main thread's own batches do).
const sent = new Set<string>();
let call = -1;

port.on('message', (message: { batch: number; texts: string[]; call: number }) => {
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
