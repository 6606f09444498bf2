// Worker thread: loads its own gazetteer and geoparses batches of texts for ingest.
import { parentPort } from 'node:worker_threads';
import { geoparse } from '../../geoparse/index.ts';
import { loadGazetteer } from '../gazetteer.ts';
import { compactBatch } from './compact.ts';

const port = parentPort;
if (!port) throw new Error('geoparse-worker must run in a worker thread');
const gazetteer = await loadGazetteer();
// Places this worker already sent: shapes cross the thread boundary once per worker.
const sent = new Set<string>();

port.on('message', (message: { batch: number; texts: string[] }) => {
	try {
		const results = message.texts.map((text) => geoparse(text, gazetteer));
		port.postMessage({ batch: message.batch, result: compactBatch(results, sent) });
	} catch (error) {
		port.postMessage({ batch: message.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
