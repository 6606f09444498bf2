// Finds the files of a corpus and reads them safely: only regular files inside the corpus are read
// (a symlink to /dev/zero, a FIFO or ~/.ssh/id_rsa is skipped with its reason), every read is bounded by
// the size limit whatever stat() claims, and an unreadable subfolder is reported, not fatal.
import { closeSync, constants, fstatSync, openSync, readSync, type Dirent, type Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { InputFileError } from '../../corpus/input-error.ts';

export interface SkippedInput {
	/** corpus-relative path; `file.jsonl:12` for one line of a .jsonl file, `folder/` for a folder */
	path: string;
	reason: string;
}

export interface CorpusFile {
	/** corpus-relative, with / separators */
	path: string;
	/** the real path to read (symlinks resolved) */
	real: string;
}

const toPosix = (path: string) => path.split(sep).join('/');
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

function specialKind(entry: Dirent | Stats): string {
	if (entry.isFIFO()) return 'a FIFO';
	if (entry.isSocket()) return 'a socket';
	if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
	return 'not a file or folder';
}
const notRegular = (entry: Dirent | Stats) => `not a regular file (${specialKind(entry)})`;

const isInside = (child: string, parent: string) => {
	const path = relative(parent, child);
	return path !== '..' && !path.startsWith('..' + sep);
};

export interface WalkedCorpus {
	files: CorpusFile[];
	skipped: SkippedInput[];
}

/** Files larger than this are skipped (`maxFileBytes`). */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const hiddenName = (name: string) => name.startsWith('.') || name === 'node_modules';

/** The walk of a corpus rooted at the real path `root`; `onFolder` hears of every folder it enters,
 * `onFiles` of the files found so far (the same growing list) before each folder is listed. */
function corpusWalker(dir: string, root: string, onFolder?: (full: string, path: string) => void, onFiles?: (files: readonly CorpusFile[]) => void) {
	const files: CorpusFile[] = [];
	const skipped: SkippedInput[] = [];
	const symlinkTarget = async (full: string, path: string): Promise<string | null> => {
		let real: string;
		let info: Stats;
		try {
			real = await realpath(full);
			info = await stat(real);
		} catch (error) {
			const code = errorCode(error);
			skipped.push({ path, reason: code === 'ENOENT' ? 'symlink to a missing file' : `unreadable symlink (${code})` });
			return null;
		}
		if (!isInside(real, root)) skipped.push({ path, reason: 'symlink to a file outside the corpus (not followed)' });
		else if (info.isDirectory()) skipped.push({ path, reason: 'symlink to a folder (not followed)' });
		else if (!info.isFile()) skipped.push({ path, reason: `symlink to something that is ${notRegular(info)}` });
		else return real;
		return null;
	};
	/** One entry of a folder (a Dirent, or the lstat of one path). */
	const visit = async (full: string, path: string, entry: Dirent | Stats): Promise<void> => {
		if (entry.isDirectory()) await walk(full, `${path}/`);
		else if (entry.isFile()) files.push({ path, real: full });
		else if (entry.isSymbolicLink()) {
			const real = await symlinkTarget(full, path);
			if (real) files.push({ path, real });
		} else skipped.push({ path, reason: notRegular(entry) });
	};
	// corpus-relative paths are built up folder by folder (path.relative or path.join for every file costs
	// more than the walk), and each folder's entries are sorted so that the files come out in the order of
	// their whole paths: a folder sorts as its name followed by '/', the character its files' paths have
	// there (at 200,000 files a sort of every path cost more than the listing itself)
	const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
	const walk = async (folder: string, prefix = ''): Promise<void> => {
		let entries: Dirent[];
		onFiles?.(files);
		try {
			entries = await readdir(folder, { withFileTypes: true });
		} catch (error) {
			if (folder === root) throw new InputFileError(`corpus folder ${dir} cannot be read (${errorCode(error)})`);
			skipped.push({ path: `${toPosix(relative(root, folder))}/`, reason: `unreadable folder (${errorCode(error)})` });
			return;
		}
		onFolder?.(folder, prefix);
		const keyed: { entry: Dirent; key: string }[] = [];
		for (const entry of entries) if (!hiddenName(entry.name)) keyed.push({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name });
		keyed.sort(byKey);
		// the root is a real path, and names hold no separator: joining is concatenating
		const base = folder.endsWith(sep) ? folder : folder + sep;
		// a plain file is taken at once: an await for each of 200,000 files cost more than the listing
		for (const { entry } of keyed) {
			if (entry.isFile()) files.push({ path: prefix + entry.name, real: base + entry.name });
			else await visit(base + entry.name, prefix + entry.name, entry);
		}
	};
	return { files, skipped, walk, visit };
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

async function realRoot(dir: string): Promise<string> {
	return realpath(dir).catch((error: unknown) => {
		throw new InputFileError(`corpus folder ${dir} cannot be read (${errorCode(error)})`);
	});
}

/** Every readable file under `dir`, sorted, skipping hidden files and folders (.git, .DS_Store) and
 * node_modules; what cannot be read is listed in `skipped` with the reason. `onFolder` hears of every
 * folder walked (its real path and its corpus-relative prefix: '' for the root, else ending in '/'), and
 * `onFiles` of the files found so far, in their final order, as the walk goes (an incremental run stats them).
 * `root` is the corpus's real path: a plain file's `real` is it joined with the file's `path`. */
export async function walkCorpus(dir: string, onFolder?: (full: string, prefix: string) => void, onFiles?: (files: readonly CorpusFile[]) => void): Promise<WalkedCorpus & { root: string }> {
	const root = await realRoot(dir);
	const walker = corpusWalker(dir, root, onFolder, onFiles);
	await walker.walk(root);
	// the files are in order already (see above: each folder's entries are sorted by their keys, and a
	// folder's key is a prefix of its files' paths); a check of 200,000 long paths cost 0.1 s
	return { files: walker.files, skipped: walker.skipped.sort(byPath), root };
}

/** What the walk of the whole corpus finds at one corpus-relative path (a file, a folder's files, or
 * nothing: gone, hidden or inside a hidden folder), without walking the rest (a watched corpus's change). */
export async function walkPath(dir: string, path: string, onFolder?: (full: string, prefix: string) => void): Promise<WalkedCorpus> {
	if (path === '' || path.split('/').some((name) => name === '' || name === '..' || hiddenName(name))) return { files: [], skipped: [] };
	const root = await realRoot(dir);
	const walker = corpusWalker(dir, root, onFolder);
	const full = root + sep + path.split('/').join(sep);
	let info: Stats;
	try {
		info = await lstat(full);
	} catch (error) {
		if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return { files: [], skipped: [] };
		// as the walk lists it: reading it reports why it cannot be read
		return { files: [{ path, real: full }], skipped: [] };
	}
	await walker.visit(full, path, info);
	return { files: walker.files.sort(byPath), skipped: walker.skipped.sort(byPath) };
}

export type BoundedRead = { bytes: Uint8Array } | { problem: 'too-large'; size: number | null } | { problem: 'not-regular'; reason: string };

const CHUNK_BYTES = 1 << 16;

/**
 * The file's bytes, reading at most `limit` + 1 of them: a file that is larger (or grows while read, or is a
 * device reporting size 0) is never loaded whole. Opened without blocking, so a FIFO cannot hang; the file's
 * stat is taken on the open file before it is read. Synchronous on purpose: a read of a cached file takes
 * microseconds, and each of an asynchronous read's calls (open, stat, read, close) is a round trip through
 * the thread pool that costs far more (at 50,000 files 5 CPU s against 0.6, most of a corpus read's time).
 */
export function readBoundedSync(
	path: string,
	limit: number,
	/** a buffer the first read may go into (the bytes returned may then be a view of it: valid until its next use) */
	scratch?: Buffer
): { read: BoundedRead; info: Stats } {
	const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	try {
		const info = fstatSync(fd);
		if (!info.isFile()) return { read: { problem: 'not-regular', reason: notRegular(info) }, info };
		if (info.size > limit) return { read: { problem: 'too-large', size: info.size }, info };
		const chunks: Buffer[] = [];
		let total = 0;
		while (total <= limit) {
			// the first read takes the whole file as stat() sees it; later ones are for files that grew
			const want = total === 0 ? Math.max(info.size + 1, CHUNK_BYTES) : CHUNK_BYTES;
			const size = Math.min(want, limit + 1 - total);
			const chunk = total === 0 && scratch && scratch.length >= size ? scratch.subarray(0, size) : Buffer.allocUnsafe(size);
			const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			// a regular file read short at the size stat() gave is at its end (a file of size 0, as /proc's
			// are, is read until a read returns nothing)
			if (total === info.size && bytesRead < chunk.length) break;
		}
		if (total > limit) return { read: { problem: 'too-large', size: null }, info };
		return { read: { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) }, info };
	} finally {
		closeSync(fd);
	}
}
