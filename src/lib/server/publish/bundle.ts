// `gazette publish`: the built explorer and a view's data in one folder that any static host serves.
// The folder is built beside the target and swapped in when complete; an existing target is replaced
// only when an earlier publish wrote it and it holds nothing else (the mark file lists what it wrote).
import { cp, lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { PUBLISHED_META } from '../../state/published.ts';
import { APP_DIR } from '../serve.ts';
import { writePublishedData, type PublishedCounts } from './data.ts';

export const PUBLISH_MARK = '.gazette-publish.json';
const GENERATOR = 'gazette publish';

/** A refusal or a damaged input the user can act on (the CLI prints it as one line). */
export class PublishError extends Error {
	constructor(
		message: string,
		/** 2: the target or the options are refused; 1: the ingest output cannot be read */
		readonly exitCode = 2
	) {
		super(message);
	}
}

export interface PublishOptions {
	/** the ingest output to read */
	outDir: string;
	/** the folder to write */
	target: string;
	/** explorer URL parameters: the view to publish */
	query: string;
	/** what the pages call the corpus */
	name?: string;
	appDir?: string;
}

export interface PublishResult extends PublishedCounts {
	target: string;
	bytes: number;
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** The real folder to write: a symlink is written through; its parent must exist. */
async function targetFolder(target: string): Promise<string> {
	const link = await lstat(target).catch(() => null);
	if (link?.isSymbolicLink()) {
		const real = await realpath(target).catch(() => null);
		if (!real) throw new PublishError(`${target} is a symlink to a folder that does not exist`);
		return real;
	}
	const parent = await stat(dirname(target)).catch(() => null);
	if (!parent?.isDirectory()) throw new PublishError(`the folder ${dirname(target)} does not exist (create it first)`);
	return join(await realpath(dirname(target)), basename(target));
}

/** Refuses a target that holds anything an earlier publish did not write; true when it exists. */
async function checkReplaceable(target: string): Promise<boolean> {
	const info = await stat(target).catch(() => null);
	if (!info) return false;
	if (!info.isDirectory()) throw new PublishError(`${target} is a file, not a folder`);
	const names = await readdir(target);
	if (names.length === 0) return true;
	const mark = await readFile(join(target, PUBLISH_MARK), 'utf8')
		.then((text) => JSON.parse(text) as { generator?: unknown; entries?: unknown })
		.catch(() => null);
	if (mark?.generator !== GENERATOR || !Array.isArray(mark.entries)) {
		throw new PublishError(`refusing to replace ${target}: it is not empty and was not written by gazette publish`);
	}
	const written = new Set([...(mark.entries as unknown[]).map(String), PUBLISH_MARK]);
	const foreign = names.filter((name) => !written.has(name)).sort();
	if (foreign.length > 0) throw new PublishError(`refusing to replace ${target}: it holds files gazette publish did not write (${foreign.slice(0, 5).join(', ')}); move them away or choose another folder`);
	return true;
}

/** The app's pages with the published mark; precompressed copies are left out (their text changed). */
async function copyApp(appDir: string, into: string): Promise<void> {
	await cp(appDir, into, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
	for (const name of await readdir(into)) {
		if (!name.endsWith('.html')) continue;
		const path = join(into, name);
		const html = await readFile(path, 'utf8');
		const marked = html.replace(/<meta charset="utf-8" ?\/?>/i, (charset) => `${charset}\n\t\t<meta name="${PUBLISHED_META}" content="${GENERATOR}" />`);
		if (marked === html) throw new Error(`${name} of the app build has no <meta charset>, so it cannot be marked as published`);
		await writeFile(path, marked);
	}
}

async function folderSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}

export async function publishBundle(options: PublishOptions): Promise<PublishResult> {
	const appDir = options.appDir ?? APP_DIR;
	const target = await targetFolder(resolve(options.target));
	const outDir = await realpath(resolve(options.outDir));
	if (inside(target, outDir) || inside(outDir, target)) throw new PublishError(`${target} and the ingest output ${outDir} must not contain each other`);
	if (inside(target, await realpath(appDir)) || inside(await realpath(appDir), target)) throw new PublishError(`${target} must not be inside the app build, nor hold it`);
	const exists = await checkReplaceable(target);

	const stamp = `${process.pid}-${Date.now()}`;
	const building = join(dirname(target), `.${basename(target)}.publishing-${stamp}`);
	const previous = join(dirname(target), `.${basename(target)}.replaced-${stamp}`);
	let counts: PublishedCounts;
	try {
		await mkdir(building);
		await copyApp(appDir, building);
		counts = await writePublishedData(outDir, join(building, 'data'), options.query, options.name).catch((error: unknown) => {
			if (!(error instanceof SyntaxError)) throw error;
			throw new PublishError(`the ingest output ${outDir} holds a damaged file (${error.message.split('\n')[0]}); run ingest again`, 1);
		});
		const entries = (await readdir(building)).sort();
		await writeFile(join(building, PUBLISH_MARK), JSON.stringify({ generator: GENERATOR, publishedAt: new Date().toISOString(), entries }, null, '\t'));
		if (exists) await rename(target, previous);
		try {
			await rename(building, target);
		} catch (error) {
			if (exists) await rename(previous, target);
			throw error;
		}
	} catch (error) {
		await rm(building, { recursive: true, force: true });
		throw error;
	}
	if (exists) await rm(previous, { recursive: true, force: true });
	return { target, ...counts, bytes: await folderSize(target) };
}

/** The bundle's pages relative to `from` (for printing). */
export function bundlePage(target: string, page: string, from = process.cwd()): string {
	const path = relative(from, join(target, page));
	return path.startsWith('..') ? join(target, page) : path;
}
