import { resolve } from 'node:path';
import { usageError, type Command } from '../command.ts';
import { checkOutput, openServedStore, portAndHost, recoverOutput, serveOptions, serveOptionsHelp, serveUntilInterrupted, standInOutputDir, storeTarget, writeChoice } from './serve-common.ts';

export const serveCommand: Command = {
	name: 'serve',
	summary: 'serve the map explorer on an existing ingest output folder',
	usage: 'gazette serve <ingest-output-dir> [--port N] [--host h] [--read-only] [--corrections file] [--store sqlite:PATH]\n       gazette serve --store postgres://… [--port N] [--host h]',
	help: `
Serves the explorer app and the given ingest output (made by \`gazette ingest\`) at
http://127.0.0.1:5177/ and prints the URL. Builds the app first if build/app is missing.
With --store postgres://… no folder is needed: the explorer answers from the shared database, and
any number of such servers can run against it.

options:
  --port N   port to listen on (default 5177; 0 picks a free one)
  --host H   address to bind (default 127.0.0.1, this machine only)
${serveOptionsHelp}
`,
	options: { ...serveOptions },
	async run(args) {
		const target = await storeTarget(args);
		const shared = target?.kind === 'postgres';
		if (args.positionals.length > 1 || (!shared && args.positionals.length !== 1)) throw usageError(this, 'expected one ingest output folder');
		// the shared store needs no folder: an empty one stands in for the JSON files it does not have
		const outDir = args.positionals[0] ? resolve(args.positionals[0]) : standInOutputDir('gazette-serve-');
		if (args.positionals[0]) {
			await recoverOutput(outDir);
			checkOutput(outDir);
		}
		const { DEFAULT_HOST, DEFAULT_PORT } = await import('../../lib/server/serve.ts');
		const { port, host } = portAndHost(args, { port: DEFAULT_PORT, host: DEFAULT_HOST });
		const write = writeChoice(args);
		return serveUntilInterrupted(outDir, port, host, write, target && { target, store: await openServedStore(target) });
	}
};
