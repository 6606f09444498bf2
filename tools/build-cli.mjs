// Compiles the CLI's TypeScript (src/cli, src/lib, src/snapshot) into plain JavaScript under dist/, one file per
// module at the same depth as its source (src/lib/server/paths.ts -> dist/lib/server/paths.js), so
// paths relative to a module (`new URL('../../package.json', import.meta.url)`) hold in both. Starting
// Node and running the compiled CLI takes a fraction of what loading it through tsx takes (seconds of
// CPU at the start of every `gazette` command). bin/gazette.js runs dist/ only while it matches
// src/ (the stamp written last), and the TypeScript through tsx otherwise: an edit is never run stale.
// Run by `npm run build` and by `npm ci`/`npm install` (prepare); `node tools/build-cli.mjs`.
import { build } from 'esbuild';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_SOURCES, sourceFiles, sourceStamp, STAMP_FILE } from '../bin/cli-source.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const started = performance.now();
// the stamp of the sources as they are before the build reads them: an edit during the build shows
const stamp = sourceStamp(root);
const entryPoints = CLI_SOURCES.flatMap((folder) => sourceFiles(join(root, folder), root)).map((file) => join(root, file));

/** Every relative import stays an import of its own compiled file (.ts -> .js), and every package an
 * import of the package, but for a package whose entry is JSON (stopwords-iso): tsx loads those, Node
 * only with an import attribute, so their data is compiled in. */
const ownModules = {
	name: 'own-modules',
	setup(on) {
		on.onResolve({ filter: /^\.\.?\// }, (args) => ({ path: args.path.replace(/\.ts$/, '.js'), external: true }));
		on.onResolve({ filter: /^[^./]/ }, async (args) => {
			if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined;
			const resolved = await on.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
			return resolved.errors.length === 0 && resolved.path.endsWith('.json') ? resolved : { path: args.path, external: true };
		});
	}
};

// built beside dist/ and swapped in whole: a command running meanwhile never meets half a build
const next = `${dist}.next-${process.pid}`;
await rm(next, { recursive: true, force: true });
await mkdir(next, { recursive: true });
await build({
	entryPoints,
	outdir: next,
	outbase: join(root, 'src'),
	bundle: true,
	plugins: [ownModules],
	platform: 'node',
	format: 'esm',
	target: 'node20',
	logLevel: 'warning'
});
await writeFile(join(next, STAMP_FILE), stamp);
const old = `${dist}.old-${process.pid}`;
await rename(dist, old).catch(() => {});
await rename(next, dist);
await rm(old, { recursive: true, force: true });
console.log(`cli: ${entryPoints.length} modules compiled into dist/ in ${Math.round(performance.now() - started)} ms`);
