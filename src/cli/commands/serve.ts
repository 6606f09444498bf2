import { resolve } from 'node:path';
import { usageError, type Command } from '../command.ts';
import { checkOutput, portAndHost, recoverOutput, serveOptions, serveOptionsHelp, serveUntilInterrupted, writeChoice } from './serve-common.ts';

export const serveCommand: Command = {
	name: 'serve',
	summary: 'serve the map explorer on an existing ingest output folder',
	usage: 'gazette serve <ingest-output-dir> [--port N] [--host h] [--read-only] [--corrections file]',
	help: `
Serves the explorer app and the given ingest output (made by \`gazette ingest\`) at
http://127.0.0.1:5177/ and prints the URL. Builds the app first if build/app is missing.

options:
  --port N   port to listen on (default 5177; 0 picks a free one)
  --host H   address to bind (default 127.0.0.1, this machine only)
${serveOptionsHelp}
`,
	options: { ...serveOptions },
	async run(args) {
		if (args.positionals.length !== 1) throw usageError(this, 'expected one ingest output folder');
		const outDir = resolve(args.positionals[0]!);
		await recoverOutput(outDir);
		checkOutput(outDir);
		const { DEFAULT_HOST, DEFAULT_PORT } = await import('../../lib/server/serve.ts');
		const { port, host } = portAndHost(args, { port: DEFAULT_PORT, host: DEFAULT_HOST });
		return serveUntilInterrupted(outDir, port, host, writeChoice(args));
	}
};
