// Which TypeScript the compiled CLI (dist/, tools/build-cli.mjs) is made from, and a stamp of it: the
// stamp written with dist/ differs from the sources' as soon as one is edited, added or removed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders the CLI's modules live in (repository-relative). */
export const CLI_SOURCES = ['src/cli', 'src/lib', 'src/snapshot'];
export const STAMP_FILE = '.source-stamp';
/** What else shapes dist/: the compiler's own settings. */
const BUILD_FILES = ['tools/build-cli.mjs', 'bin/cli-source.js', 'package-lock.json', 'tsconfig.json'];

/** @param {string} name */
const compiled = (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') && !name.endsWith('.svelte.ts');

/**
 * The compiled modules' sources under `folder`, repository-relative with / separators, sorted.
 * @param {string} folder
 * @param {string} root
 * @returns {string[]}
 */
export function sourceFiles(folder, root) {
	/** @type {string[]} */
	const files = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (compiled(entry.name)) files.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
		}
	};
	walk(folder);
	return files.sort();
}

/**
 * Paths, sizes and modification times of the sources and build files (a few milliseconds: no file is read).
 * @param {string} root the repository
 * @returns {string}
 */
export function sourceStamp(root) {
	const hash = createHash('sha1');
	const files = [...CLI_SOURCES.flatMap((folder) => sourceFiles(join(root, folder), root)), ...BUILD_FILES];
	for (const file of files) {
		const info = statSync(join(root, file), { throwIfNoEntry: false });
		hash.update(`${file}\t${info ? `${info.size}\t${info.mtimeMs}` : 'missing'}\n`);
	}
	return hash.digest('hex');
}
