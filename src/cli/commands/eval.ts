import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { stringOption } from '../command.ts';
import { CliError } from '../errors.ts';
import type { Toponym } from '../../lib/contracts.ts';

const LARGEST_ERRORS = 25;

export const evalCommand: Command = {
	name: 'eval',
	summary: 'score the geoparser on GeoWebNews, Hu2014 and Ju2016 with the published protocols',
	usage: 'gazette eval [--data FILE] [--json] [--errors] [--errors-file FILE] | gazette eval topics [--data FILE] [--json]',
	help: `
Geoparses every article of the GeoWebNews evaluation set and scores it as Gritta et al. (2020) do:
geotagging precision/recall/F1 over all toponym types (exact spans), literal-only recall, and
end-to-end geocoding over the toponyms with a GeoNames id (recall, Acc@161 km, AUC, median km).
Then the resolution sets beside it in ../shared/eval (skipped with a note when absent), where only
each text's subject place is annotated (recall and accuracy, never precision):
  Hu2014   134 web texts about ambiguous US places, end to end (recall, Acc@161 over matched)
  Ju2016   5,441 lower-cased snippets, resolution alone: the gold spans are given to the resolver

options:
  --data FILE         the GeoWebNews file (default: ../shared/eval/geowebnews.jsonl beside the repo)
  --json              print the scores as JSON
  --errors            also print the largest resolution errors of each set and GeoWebNews's false
                      places grouped by what the gold annotation has on that span
  --errors-file FILE  write GeoWebNews's missed and spurious toponyms and far-off resolutions (JSON lines)

gazette eval topics scores topic discovery on ../shared/eval/bbc-topics.jsonl instead (NMI between each
document's top topic and its section, with the number of topics chosen automatically and k = 5, 8, 12).`,
	options: { data: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' }, 'errors-file': { type: 'string' } },
	async run(args) {
		if (args.positionals[0] === 'topics') return (await import('./eval-topics.ts')).runTopicsEval(args);
		const { SHARED_FOLDER } = await import('../../lib/server/paths.ts');
		const { readGoldDocuments, writeErrorReport } = await import('../../lib/server/evaluation.ts');
		const { loadGazetteerForCli } = await import('../gazetteer.ts');
		const { geoparse } = await import('../../lib/geoparse/index.ts');
		const { scoreGeoWebNews, formatScores, countedForGeotagging } = await import('../../lib/evaluation/geowebnews.ts');
		const { scoreResolutionSet, formatResolutionScores } = await import('../../lib/evaluation/resolution-sets.ts');
		const { errorReport, formatErrorReport } = await import('../../lib/evaluation/error-report.ts');
		const { lookupEntries } = await import('../../lib/gazetteer/index.ts');
		const { distance } = await import('@turf/turf');
		const read = <T>(path: string) =>
			readGoldDocuments(path).then(
				(docs) => docs as unknown as T[],
				(error: Error) => {
					throw new CliError(`cannot read the evaluation set: ${error.message}`);
				}
			);
		const evalFolder = join(SHARED_FOLDER, 'eval');
		const path = stringOption(args, 'data') ?? join(evalFolder, 'geowebnews.jsonl');
		const documents = await read<import('../../lib/evaluation/geowebnews.ts').GoldDocument>(path);
		const gazetteer = await loadGazetteerForCli();
		/** how far the gold point lies from the nearest entry of its name: a resolution error or a coverage gap */
		const homonymKm = (name: string, lat: number, lon: number): number | null => {
			let nearest: number | null = null;
			for (const e of lookupEntries(gazetteer, name)) nearest = Math.min(nearest ?? Infinity, distance([lon, lat], [e.lon, e.lat], { units: 'kilometers' }));
			return nearest;
		};
		const started = performance.now();
		const predictions = new Map(documents.map((doc) => [doc.id, geoparse(doc.text, gazetteer)]));
		const seconds = (performance.now() - started) / 1000;
		const scores = scoreGeoWebNews(documents, predictions);
		const errorsPath = stringOption(args, 'errors-file');
		if (errorsPath) await writeErrorReport(errorsPath, documents, predictions);
		const out: string[] = [`${formatScores(scores)}\n(${(documents.length / seconds).toFixed(0)} docs/s)`];
		const reports: string[] = [];
		if (args.values.errors) {
			const isToponym = (type: string | null | undefined) => countedForGeotagging({ type: type ?? '' } as Parameters<typeof countedForGeotagging>[0]);
			reports.push(formatErrorReport('GeoWebNews', errorReport(documents, predictions, { limit: LARGEST_ERRORS, isToponym, homonymKm })));
		}
		const sets = [
			{ name: 'Hu2014', file: 'hu2014.jsonl', protocol: 'end to end', spans: false },
			{ name: 'Ju2016', file: 'ju2016.jsonl', protocol: 'gold spans given', spans: true }
		];
		const resolution: Record<string, unknown> = {};
		type Subject = import('../../lib/evaluation/resolution-sets.ts').SubjectDocument;
		for (const set of sets) {
			const file = join(evalFolder, set.file);
			if (!existsSync(file)) {
				out.push(`${set.name}: skipped, ${file} not found`);
				continue;
			}
			const docs = await read<Subject>(file);
			const parse = (doc: Subject): Toponym[] => geoparse(doc.text, gazetteer, set.spans ? { spans: doc.toponyms } : {});
			const setPredictions = new Map(docs.map((doc) => [doc.id, parse(doc)]));
			const setScores = scoreResolutionSet(docs, setPredictions);
			resolution[set.name] = setScores;
			out.push(formatResolutionScores(set.name, set.protocol, setScores));
			if (args.values.errors) reports.push(formatErrorReport(set.name, errorReport(docs, setPredictions, { limit: LARGEST_ERRORS, isToponym: null, homonymKm })));
		}
		if (args.values.json) process.stdout.write(JSON.stringify({ ...scores, seconds, ...resolution }, null, 2) + '\n');
		else process.stdout.write(out.join('\n\n') + '\n');
		if (reports.length) process.stdout.write('\n' + reports.join('\n\n') + '\n');
		return 0;
	}
};
