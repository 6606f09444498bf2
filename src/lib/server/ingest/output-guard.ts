// What the ingest may replace. It never deletes or overwrites a file it did not write: the output folder
// must hold only the entries listed here, the corpus and the output must not contain each other, and a
// symlinked --out is written through (the link stays, its target is replaced).
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputFileError } from '../../corpus/input-error.ts';
import { CACHE_FOLDER } from './cache.ts';

/** Every top-level entry an ingest writes, and what it is: a file, or a folder of `.json` files only.
 * A stage that writes something new (e.g. a database file) adds its name here. */
export const OUTPUT_ENTRIES: Readonly<Record<string, 'file' | 'json-folder'>> = {
	'manifest.json': 'file',
	'places.geojson': 'file',
	'documents.json': 'file',
	'topics.json': 'file',
	'topics.discovered.json': 'file',
	docs: 'json-folder',
	excerpts: 'json-folder',
	[CACHE_FOLDER]: 'json-folder',
	// the store (store-sync.ts), and the rollback journal a killed store write leaves for the next run
	'gazette.sqlite': 'file',
	'gazette.sqlite-journal': 'file'
};

const MAX_NAMED = 5;

function nameSome(names: string[]): string {
	const shown = names.slice(0, MAX_NAMED).join(', ');
	return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown;
}

/** Entries (relative to `outDir`) that the ingest would not have written. */
async function foreignEntries(outDir: string, names: string[]): Promise<string[]> {
	const foreign: string[] = [];
	for (const name of names.sort()) {
		const kind = OUTPUT_ENTRIES[name];
		const info = await lstat(join(outDir, name));
		if (kind === 'file' && info.isFile()) continue;
		if (kind !== 'json-folder' || !info.isDirectory()) {
			foreign.push(info.isDirectory() ? `${name}/` : name);
			continue;
		}
		const inside = await readdir(join(outDir, name), { withFileTypes: true });
		for (const entry of inside) if (!entry.isFile() || !entry.name.endsWith('.json')) foreign.push(`${name}/${entry.name}${entry.isDirectory() ? '/' : ''}`);
	}
	return foreign;
}

/** Refuses to replace a folder that holds anything the ingest did not write (a typo in --out, or a
 * user's file put into an earlier output). A missing or empty folder is fine. */
export async function checkReplaceable(outDir: string): Promise<void> {
	let names: string[];
	try {
		if (!(await stat(outDir)).isDirectory()) throw new InputFileError(`--out ${outDir} is a file, not a folder`);
		names = await readdir(outDir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}
	if (names.length === 0) return;
	try {
		const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as { generator?: unknown };
		if (typeof manifest.generator !== 'string' || !manifest.generator.startsWith('gazette')) throw new Error('not ours');
	} catch {
		throw new InputFileError(`refusing to replace ${outDir}: it is not empty and holds no gazette manifest.json`);
	}
	const foreign = await foreignEntries(outDir, names);
	if (foreign.length > 0) {
		throw new InputFileError(`refusing to replace ${outDir}: it holds files gazette did not write (${nameSome(foreign)}); move them away or choose another --out`);
	}
}

/** The real location of `path`, following symlinks, also for a path (or a link target) not created yet. */
export async function realLocation(path: string, depth = 0): Promise<string> {
	const absolute = resolve(path);
	try {
		return await realpath(absolute);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || depth > 32) throw error;
	}
	const info = await lstat(absolute).catch(() => null);
	// a dangling link: where it points is where the output goes
	if (info?.isSymbolicLink()) return realLocation(resolve(dirname(absolute), await readlink(absolute)), depth + 1);
	const parent = dirname(absolute);
	if (parent === absolute) return absolute;
	return join(await realLocation(parent, depth + 1), basename(absolute));
}

const isInside = (child: string, parent: string) => {
	const path = relative(parent, child);
	return path === '' || (!path.startsWith('..' + sep) && path !== '..' && !path.startsWith(sep));
};

/** Refuses a run whose corpus lies inside its output folder or whose output lies inside its corpus:
 * replacing the output would delete the corpus, or the next run would read its own output. */
export function checkSeparate(realCorpus: string, realOut: string, shown: { corpus: string; out: string }): void {
	if (isInside(realCorpus, realOut)) throw new InputFileError(`refusing to write to ${shown.out}: the corpus ${shown.corpus} lies inside it (choose an --out outside the corpus)`);
	if (isInside(realOut, realCorpus)) throw new InputFileError(`refusing to write to ${shown.out}: it lies inside the corpus ${shown.corpus} (choose an --out outside the corpus)`);
}

/** A bug check after writing: everything the ingest wrote is listed in OUTPUT_ENTRIES, so that the next
 * run will be allowed to replace it. */
export async function checkOwnOutput(folder: string): Promise<void> {
	const foreign = await foreignEntries(folder, await readdir(folder));
	if (foreign.length > 0) throw new Error(`ingest wrote entries missing from OUTPUT_ENTRIES: ${foreign.join(', ')}`);
}
