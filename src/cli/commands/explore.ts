import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stringOption, usageError, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import { checkFolder, openServedStore, portAndHost, serveOptions, serveOptionsHelp, serveUntilInterrupted, standInOutputDir, storeTarget, writeChoice } from './serve-common.ts';

function hasFiles(dir: string): boolean {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		if (entry.isFile()) return true;
		if (entry.isDirectory() && hasFiles(join(dir, entry.name))) return true;
	}
	return false;
}

export const exploreCommand: Command = {
	name: 'explore',
	summary: 'ingest a folder of articles (incrementally) and open the map explorer on it',
	usage: 'gazette explore [corpus-dir] [--port N] [--host h] [--out dir] [--name text] [--topics file] [--rediscover] [--read-only] [--corrections file] [--store STORE]',
	help: `
Ingests corpus-dir (default: data/corpus, the sample corpus) like \`gazette ingest\` — only changed
files are geoparsed again — then serves the explorer on the result and prints its URL.

options:
  --port N    port to listen on (default 5177; 0 picks a free one)
  --host H    address to bind (default 127.0.0.1, this machine only)
  --out DIR   where to keep the ingest output (default: .gazette/out for the sample corpus,
              .gazette/explore/<folder>-<hash> for any other folder)
  --name NAME what the map calls the corpus (default: the folder's name)
  --topics FILE   topic taxonomy (default: data/topics.json for the sample corpus, discovered otherwise)
  --rediscover    discover the topics again instead of reusing the earlier ones
${serveOptionsHelp}
`,
	options: { ...serveOptions, out: { type: 'string', short: 'o' }, name: { type: 'string' }, topics: { type: 'string' }, rediscover: { type: 'boolean' } },
	async run(args) {
		if (args.positionals.length > 1) throw usageError(this, `expected one corpus folder, got ${args.positionals.length}`);
		const ingest = await import('../../lib/server/ingest/index.ts');
		const { DEFAULT_HOST, DEFAULT_PORT } = await import('../../lib/server/serve.ts');
		const { PACKAGE_ROOT } = await import('../../lib/server/paths.ts');
		const { port, host } = portAndHost(args, { port: DEFAULT_PORT, host: DEFAULT_HOST });
		const write = writeChoice(args);
		const target = await storeTarget(args);
		const { PostgresStoreError } = await import('../../lib/store/postgres/index.ts');
		const corpusDir = resolve(args.positionals[0] ?? ingest.DEFAULT_CORPUS_DIR);
		checkFolder(corpusDir, 'corpus folder');
		if (!hasFiles(corpusDir)) throw new CliError(`corpus folder is empty: ${corpusDir}`);
		const isSample = corpusDir === resolve(ingest.DEFAULT_CORPUS_DIR);
		const hash = createHash('sha256').update(corpusDir).digest('hex').slice(0, 8);
		const outDir = resolve(stringOption(args, 'out') ?? (isSample ? ingest.DEFAULT_OUT_DIR : join(PACKAGE_ROOT, '.gazette', 'explore', `${basename(corpusDir)}-${hash}`)));

		process.stderr.write(terminalSafeLines([`Ingesting ${corpusDir}…`]));
		let lastShown = -1;
		const summary = await ingest
			.runIngest({
				corpusDir,
				outDir,
				name: stringOption(args, 'name'),
				topicsFile: stringOption(args, 'topics'),
				rediscover: args.values.rediscover === true,
				correctionsFile: write.correctionsFile,
				store: target,
				onProgress: (done, total) => {
					if (!process.stderr.isTTY) return;
					const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
					if (percent === lastShown) return;
					lastShown = percent;
					process.stderr.write(`\r  geoparsing ${done}/${total} (${percent}%)`);
					if (done === total) process.stderr.write('\n');
				}
			})
			.catch((error: unknown) => {
				if (error instanceof ingest.InputFileError) throw new CliError(error.message, 2);
				if (error instanceof PostgresStoreError) throw new CliError(error.message);
				throw error;
			});
		process.stderr.write(
			`${summary.upToDate ? 'Up to date' : 'Ingested'}: ${summary.documents} documents, ${summary.places} places, ${summary.mentions} mentions` +
				(summary.skipped.length ? ` (${summary.skipped.length} files skipped)` : '') +
				'\n'
		);
		if (summary.documents === 0) throw new CliError(`no readable documents in ${corpusDir}`);
		// ingest wrote no folder for the shared store: an empty one stands in for the JSON files
		const servedDir = target?.kind === 'postgres' ? standInOutputDir('gazette-explore-') : outDir;
		return serveUntilInterrupted(servedDir, port, host, write, target && { target, store: await openServedStore(target) });
	}
};
