#!/usr/bin/env node
// Runs the CLI compiled into dist/ (tools/build-cli.mjs, made by `npm ci` and `npm run build`) while it
// matches the TypeScript in src/; straight from the TypeScript through tsx when it does not (an edit
// since the last build, or no build), so `npx gazette` works straight after `npm ci` and never runs stale code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp, STAMP_FILE } from './cli-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtStamp = (() => {
	try {
		return readFileSync(join(root, 'dist', STAMP_FILE), 'utf8');
	} catch {
		return null;
	}
})();
let cli;
if (builtStamp !== null && process.env.GAZETTE_TSX !== '1' && builtStamp === sourceStamp(root)) // a URL, not a path in the source: the type checker stays out of the compiled files
	cli = await import(new URL('../dist/cli/main.js', import.meta.url).href);
else {
	const { register } = await import('tsx/esm/api');
	register();
	cli = await import('../src/cli/main.ts');
}
cli.guardStandardStreams();
process.exitCode = await cli.main(process.argv.slice(2));
