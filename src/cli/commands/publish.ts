import { stringOption, usageError, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { terminalSafeLines } from '../terminal-safe.ts';
import { checkTopics, VIEW_FILTER_OPTIONS, viewQuery } from './export.ts';

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const publishCommand: Command = {
	name: 'publish',
	summary: 'write a static explorer (app + the view\'s data) that any static web host serves',
	usage: 'gazette publish <folder> [--out <ingest-dir>] [--topic id…] [--kind k…] [--from d] [--to d] [--doc id] [--q text] [--name t]',
	help: `
Writes FOLDER: the explorer, its embed and reader pages, and the data of one view (only the places the
filters keep, and the documents, excerpts and texts behind them). Put the folder on any static host
(GitHub Pages, an S3 bucket, nginx, \`python3 -m http.server\`): links and iframes of embed.html keep
working with no gazette server. A published explorer is read-only: no corrections, no topic edits.

Pages: FOLDER/index.html (the explorer), FOLDER/embed.html?… (for iframes; the same URL parameters as
the explorer), FOLDER/doc.html (the reader). Browsers load the pages' scripts from a web server, not
from file://.

FOLDER is created; an existing one is replaced only when an earlier publish wrote it and it holds
nothing else. The new folder is written aside and swapped in when complete.

options:
  --out DIR            the ingest output to read (default .gazette/out)
  --topic ID           topic filter; repeat or comma-separate for several
  --kind KIND          place kinds to keep (city, country, region, water, …); repeatable
  --from DATE          documents dated on or after (YYYY-MM-DD)
  --to DATE            documents dated on or before
  --doc ID             one document
  --q TEXT             places whose name or country contains TEXT
  --name TEXT          what the pages call the corpus (default: the name ingest gave it)
`,
	options: {
		...VIEW_FILTER_OPTIONS,
		name: { type: 'string' }
	},
	async run(args) {
		if (args.positionals.length === 0) throw usageError(this, 'give the folder to write');
		if (args.positionals.length > 1) throw usageError(this, `unexpected argument "${args.positionals[1]}"`);
		const query = await viewQuery(args);
		const { resolve } = await import('node:path');
		const { DEFAULT_OUT_DIR } = await import('../../lib/server/ingest/index.ts');
		const { checkOutput, recoverOutput, readOutput } = await import('./serve-common.ts');
		const outDir = resolve(stringOption(args, 'out') ?? DEFAULT_OUT_DIR);
		await recoverOutput(outDir);
		checkOutput(outDir);

		const { ensureApp } = await import('../../lib/server/serve.ts');
		const { bundlePage, publishBundle, PublishError } = await import('../../lib/server/publish/bundle.ts');
		await ensureApp((message) => process.stderr.write(`${message}\n`));
		try {
			// a running explorer's corrections wait while the output is made up to date and read
			const result = await readOutput(outDir, async () => {
				await checkTopics(outDir, query);
				return publishBundle({ outDir, target: args.positionals[0]!, query, name: stringOption(args, 'name') });
			});
			process.stdout.write(
				terminalSafeLines([
					`published ${count(result.places, 'place')} and ${count(result.documents, 'document')} to ${result.target} (${(result.bytes / 1024 / 1024).toFixed(1)} MB)`,
					`explorer: ${bundlePage(result.target, 'index.html')}   embed: ${bundlePage(result.target, 'embed.html')}?…   (serve the folder with any static web server)`
				])
			);
		} catch (error) {
			if (error instanceof PublishError) throw new CliError(error.message, error.exitCode);
			throw error;
		}
		return 0;
	}
};
