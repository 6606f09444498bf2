// One ingest worker on the shared store, in its own process: `pg-worker.ts <corpus> <url> [ms per text]
// [gate file]`. The fake geoparser takes its time per text, and with a gate file it holds each claim
// until that file exists, so a test can kill a worker while it holds claims or let another go first.
// It prints `claimed N` for each step it geoparses and `staged KEY` for each chunk of rows it stages.
import { existsSync } from 'node:fs';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { stagingHooks } from '../../src/lib/store/postgres/run-write.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const [corpus, url, delay, gate] = process.argv.slice(2) as [string, string, string | undefined, string | undefined];
const stats = { parsed: 0 };

async function waitFor(file: string): Promise<void> {
	// a gate never opened (its test failed) ends the worker instead of leaving it behind
	const giveUp = Date.now() + 120_000;
	while (!existsSync(file)) {
		if (Date.now() > giveUp) throw new Error(`gate ${file} was never opened`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

// GAZETTE_TEST_STAGE_GATE: each chunk of the run's rows it stages is held (in its transaction) until that file exists
const stageGate = process.env.GAZETTE_TEST_STAGE_GATE;
stagingHooks.staged = async (key) => {
	process.stdout.write(`staged ${key}\n`);
	if (stageGate) await waitFor(stageGate);
};
// GAZETTE_TEST_MOVE_GATE: the worker that moves the run in holds its move-in (in its transaction) until that file exists
const moveGate = process.env.GAZETTE_TEST_MOVE_GATE;
if (moveGate)
	stagingHooks.movingIn = async () => {
		process.stdout.write('moving in\n');
		await waitFor(moveGate);
	};
const fake = fakeGeoparser(stats);
const summary = await runIngest({
	corpusDir: corpus,
	outDir: '/nonexistent/unused',
	// GAZETTE_TEST_DISCOVER: topics discovered from the corpus (a job of the queue), not the sample's
	topicsFile: process.env.GAZETTE_TEST_DISCOVER ? undefined : DEFAULT_TOPICS_FILE,
	store: { kind: 'postgres', url },
	createGeoparser: async () => {
		const geoparser = await fake();
		return {
			...geoparser,
			async parse(texts, onDone) {
				process.stdout.write(`claimed ${texts.length}\n`);
				await new Promise((resolve) => setTimeout(resolve, Number(delay ?? 0) * texts.length));
				if (gate) await waitFor(gate);
				return geoparser.parse(texts, onDone);
			}
		};
	}
});
process.stdout.write(`${JSON.stringify({ geoparsed: summary.geoparsed, documents: summary.documents, parsed: stats.parsed })}\n`);
