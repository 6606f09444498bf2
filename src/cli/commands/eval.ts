import { join } from 'node:path';
import type { Command } from '../command.ts';
import { stringOption } from '../command.ts';
import { CliError } from '../errors.ts';

export const evalCommand: Command = {
	name: 'eval',
	summary: 'score the geoparser on GeoWebNews with the published protocol',
	usage: 'gazette eval [--data FILE] [--json] [--errors FILE]',
	help: `
Geoparses every article of the GeoWebNews evaluation set and scores it as Gritta et al. (2020) do:
geotagging precision/recall/F1 over all toponym types (exact spans), literal-only recall, and
end-to-end geocoding over the toponyms with a GeoNames id (recall, Acc@161 km, AUC, median km).

options:
  --data FILE     the evaluation set (default: ../shared/eval/geowebnews.jsonl beside the repo)
  --json          print the scores as JSON
  --errors FILE   write missed and spurious toponyms and far-off resolutions (JSON lines) for inspection`,
	options: { data: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'string' } },
	async run(args) {
		const { SHARED_FOLDER } = await import('../../lib/server/paths.ts');
		const { readGoldDocuments, writeErrorReport } = await import('../../lib/server/evaluation.ts');
		const { loadGazetteerForCli } = await import('../gazetteer.ts');
		const { geoparse } = await import('../../lib/geoparse/index.ts');
		const { scoreGeoWebNews, formatScores } = await import('../../lib/evaluation/geowebnews.ts');
		const path = stringOption(args, 'data') ?? join(SHARED_FOLDER, 'eval', 'geowebnews.jsonl');
		const documents = await readGoldDocuments(path).catch((error: Error) => {
			throw new CliError(`cannot read the evaluation set: ${error.message}`);
		});
		const gazetteer = await loadGazetteerForCli();
		const started = performance.now();
		const predictions = new Map(documents.map((doc) => [doc.id, geoparse(doc.text, gazetteer)]));
		const seconds = (performance.now() - started) / 1000;
		const scores = scoreGeoWebNews(documents, predictions);
		const errorsPath = stringOption(args, 'errors');
		if (errorsPath) await writeErrorReport(errorsPath, documents, predictions);
		if (args.values.json) process.stdout.write(JSON.stringify({ ...scores, seconds }, null, 2) + '\n');
		else process.stdout.write(`${formatScores(scores)}\n(${(documents.length / seconds).toFixed(0)} docs/s)\n`);
		return 0;
	}
};
