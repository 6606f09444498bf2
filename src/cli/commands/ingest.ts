import { integerOption, stringOption, usageError, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { relaunchedWithFlags } from '../relaunch.ts';

/** Exit status when the ingest succeeded but some input was skipped. */
export const EXIT_SKIPPED = 3;

/**
 * A shared-store worker's young generation (V8's semi-spaces, 16 MB by default): it geoparses on its
 * main thread, and each young-generation collection's helper threads compete for the cores with the
 * other workers' main threads. 64 MB cut the collections to a quarter and two workers' run at 50,000
 * documents from 99-101 s to 85 s (session 39, docs/measurements/scaling.md).
 */
const SHARED_WORKER_SEMI_SPACE = '--max-semi-space-size=64';

function progressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
	let last = -1;
	return (done, total) => {
		const width = 30;
		const filled = total === 0 ? width : Math.round((done / total) * width);
		if (filled === last && done !== total) return;
		last = filled;
		stream.write(`\r  geoparsing [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
		if (done === total) stream.write('\n');
	};
}

export const ingestCommand: Command = {
	name: 'ingest',
	summary: 'turn a folder of articles into map data (places GeoJSON, documents, excerpts, topics)',
	usage: 'gazette ingest [corpus-dir] [--out dir | --store postgres://…] [--topics file] [--rediscover] [--corrections file] [--name text] [--watch]',
	help: `
Reads every .txt, .md, .html and .jsonl file under corpus-dir (default: data/corpus), finds and
resolves the places they name, tags topics, and writes the folder the explorer serves
(default: .gazette/out): places.geojson, documents.json, docs/, excerpts/, topics.json, manifest.json,
and the store gazette.sqlite. From 5,000 documents on, only the store and manifest.json are written
(in parts, in bounded memory; later runs read only changed files): the explorer asks the store, and
\`gazette publish\` and \`gazette export\` make the JSON files when they need them.

Unreadable, binary, non-UTF-8, empty, oversized and duplicate-id inputs are reported and skipped; the
rest is still ingested and the exit status is ${EXIT_SKIPPED}. The output folder is replaced only when the new
one is complete. Re-running on an unchanged corpus is incremental.

options:
  --out DIR            output folder (default .gazette/out)
  --topics FILE        topic taxonomy JSON (default: the corpus's .gazette-topics.json, which the
                       explorer's topic panel saves; else data/topics.json for the sample corpus; else
                       topics are discovered and kept in DIR/topics.discovered.json, which later
                       runs reuse for added documents)
  --rediscover         discover the topics again instead of reusing the earlier ones
  --corrections FILE   corrections JSON (see data/corrections.example.json)
  --name NAME          what maps and figures call the corpus (default: the folder's name)
  --watch              keep running: watch the corpus and apply each changed, added or removed
                       file as it is saved (its own rows, one transaction, usually within a second
                       or two even at 200,000 documents: the store stays open and the gazetteer
                       loaded). Editors' temporary and backup files are ignored; a file that cannot
                       be read is reported and skipped; Ctrl-C stops after the change being written.
  --debounce MS        with --watch: the quiet time that ends a burst of saves (default 100)
  --rescan SECONDS     with --watch: compare every file again this often, for changes the folder
                       watches missed (default 600; 0: never)
  --store STORE        postgres://user@host/db: the shared PostgreSQL/PostGIS store is the output
                       (no folder); start several ingests on the same corpus and store to share
                       the work. sqlite:PATH: the embedded store at PATH (default DIR/gazette.sqlite)
`,
	options: {
		out: { type: 'string', short: 'o' },
		topics: { type: 'string' },
		rediscover: { type: 'boolean' },
		corrections: { type: 'string' },
		name: { type: 'string' },
		store: { type: 'string' },
		watch: { type: 'boolean' },
		debounce: { type: 'string' },
		rescan: { type: 'string' }
	},
	async run(args) {
		if (args.positionals.length > 1) throw usageError(this, `expected one corpus folder, got ${args.positionals.length}`);
		const { storeTarget } = await import('./serve-common.ts');
		const store = await storeTarget(args);
		if (store?.kind === 'postgres' && stringOption(args, 'out')) throw usageError(this, 'with --store postgres://… the database is the output: leave out --out');
		const watching = args.values.watch === true;
		if (!watching && (stringOption(args, 'debounce') !== undefined || stringOption(args, 'rescan') !== undefined)) throw usageError(this, '--debounce and --rescan go with --watch');
		if (store?.kind === 'postgres' && !watching) {
			const relaunched = await relaunchedWithFlags([SHARED_WORKER_SEMI_SPACE]);
			if (relaunched !== null) return relaunched;
		}
		const { runIngest, InputFileError, GeoparserChangedError, DEFAULT_CORPUS_DIR, DEFAULT_OUT_DIR } = await import('../../lib/server/ingest/index.ts');
		const showProgress = process.stderr.isTTY === true;
		let summary;
		try {
			const options = {
				corpusDir: args.positionals[0] ?? DEFAULT_CORPUS_DIR,
				outDir: stringOption(args, 'out') ?? DEFAULT_OUT_DIR,
				topicsFile: stringOption(args, 'topics'),
				rediscover: args.values.rediscover === true,
				correctionsFile: stringOption(args, 'corrections'),
				name: stringOption(args, 'name'),
				store,
				onProgress: showProgress ? progressBar(process.stderr) : undefined
			};
			if (watching) {
				const { runWatch } = await import('./ingest-watch.ts');
				return await runWatch(options, { debounceMs: integerOption(args, 'debounce', 100), rescanSeconds: integerOption(args, 'rescan', 600) });
			}
			summary = await runIngest(options);
		} catch (error) {
			if (error instanceof InputFileError) throw new CliError(error.message, 2);
			if (error instanceof GeoparserChangedError) throw new CliError(error.message);
			// imported on failure only: the PostgreSQL client takes a third of a second to load
			const [{ PostgresStoreError }, { NotAStoreError }] = await Promise.all([import('../../lib/store/postgres/index.ts'), import('../../lib/store/sqlite/index.ts')]);
			if (error instanceof PostgresStoreError) throw new CliError(error.message);
			if (error instanceof NotAStoreError) throw new CliError(error.message, 2);
			throw error;
		}
		const { formatSummary } = await import('./ingest-summary.ts');
		process.stdout.write(formatSummary(summary));
		return summary.skipped.length > 0 ? EXIT_SKIPPED : 0;
	}
};
