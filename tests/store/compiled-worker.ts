// The specs' ingest worker (pg-worker.ts) as one plain JavaScript file importing the compiled CLI's modules
// (dist/, tools/build-cli.mjs), while dist/ matches the sources, as bin/gazette.js runs it: loading the
// worker's ~480 modules through tsx costs ~0.5 s more CPU per start than loading them compiled, and the
// shared-store specs start a dozen workers. Only the worker's own two files (it and the fake geoparser) are
// compiled here; every module of src/ is imported from dist/, so the hooks pg-worker.ts sets are the ones
// the compiled ingest calls. Null when dist/ is stale or missing (an edit since the build): then tsx runs it.
import { build, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceStamp, STAMP_FILE } from '../../bin/cli-source.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const SOURCE = join(ROOT, 'src');

function distFresh(): boolean {
	try {
		return readFileSync(join(ROOT, 'dist', STAMP_FILE), 'utf8') === sourceStamp(ROOT);
	} catch {
		return false;
	}
}

/** An import of src/…/x.ts becomes one of dist/…/x.js (the compiled module, by its absolute path). */
const compiledSources: Plugin = {
	name: 'compiled-sources',
	setup(on) {
		on.onResolve({ filter: /\.ts$/ }, (args) => {
			const path = join(args.resolveDir, args.path);
			return path.startsWith(`${SOURCE}/`) ? { path: join(ROOT, 'dist', path.slice(SOURCE.length + 1).replace(/\.ts$/, '.js')), external: true } : undefined;
		});
	}
};

/** The compiled worker's path (written once per content under node_modules/.cache), or null to run it through tsx. */
export async function compiledWorker(): Promise<string | null> {
	if (process.env.GAZETTE_TSX === '1' || !distFresh()) return null;
	const result = await build({
		entryPoints: [new URL('./pg-worker.ts', import.meta.url).pathname],
		bundle: true,
		write: false,
		plugins: [compiledSources],
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'silent'
	});
	const code = result.outputFiles[0]!.text;
	// under node_modules, so the worker's packages resolve as the sources' do
	const folder = join(ROOT, 'node_modules', '.cache', 'gazette-pg-worker');
	const file = join(folder, `${createHash('sha1').update(code).digest('hex')}.mjs`);
	if (!existsSync(file)) {
		mkdirSync(folder, { recursive: true });
		// another spec file may write it at the same time: each writes its own, one rename wins with the same content
		const mine = `${file}.${process.pid}`;
		writeFileSync(mine, code);
		renameSync(mine, file);
	}
	return file;
}
