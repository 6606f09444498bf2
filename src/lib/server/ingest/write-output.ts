// Atomic replacement of the output folder: everything is written into a temporary sibling folder,
// which replaces the old output only when complete. A failed or interrupted ingest leaves the
// previous output as it was.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from '../../regexp.ts';

const exists = (path: string) => stat(path).then(
	() => true,
	() => false
);

export const isAlive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Removes temporary folders left by ingests that were killed (their process is gone), first putting back
 * an output such a run had moved aside. Runs before anything reads the output folder. */
export async function recoverInterruptedOutput(outDir: string): Promise<void> {
	await removeStaleTemporaries(dirname(outDir), basename(outDir));
}

async function removeStaleTemporaries(parent: string, base: string): Promise<void> {
	let names: string[];
	try {
		names = await readdir(parent);
	} catch {
		return;
	}
	const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(tmp|old)-(\\d+)-`);
	const stale = names.filter((name) => {
		const match = pattern.exec(name);
		return match !== null && !isAlive(Number(match[2]));
	});
	// A run killed between its two renames left the previous output only in ".out.old-…": put it back.
	const orphan = stale.find((name) => pattern.exec(name)![1] === 'old');
	if (orphan && !(await exists(join(parent, base)))) {
		await rename(join(parent, orphan), join(parent, base));
		stale.splice(stale.indexOf(orphan), 1);
	}
	for (const name of stale) await rm(join(parent, name), { recursive: true, force: true });
}

export async function replaceFolderAtomically(outDir: string, fill: (folder: string) => Promise<void>): Promise<void> {
	const parent = dirname(outDir);
	const base = basename(outDir);
	await mkdir(parent, { recursive: true });
	await removeStaleTemporaries(parent, base);
	const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
	const temporary = join(parent, `.${base}.tmp-${suffix}`);
	const previous = join(parent, `.${base}.old-${suffix}`);
	await mkdir(temporary);
	try {
		await fill(temporary);
	} catch (error) {
		await rm(temporary, { recursive: true, force: true });
		throw error;
	}
	let moved = false;
	try {
		await rename(outDir, previous);
		moved = true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			await rm(temporary, { recursive: true, force: true });
			throw error;
		}
	}
	try {
		await rename(temporary, outDir);
	} catch (error) {
		if (moved) await rename(previous, outDir);
		await rm(temporary, { recursive: true, force: true });
		throw error;
	}
	if (moved) await rm(previous, { recursive: true, force: true });
}

/** Writes many files with a bounded number in flight. */
export async function writeFiles(files: Iterable<[path: string, content: string]>, concurrency = 64): Promise<number> {
	const iterator = files[Symbol.iterator]();
	let bytes = 0;
	// One mkdir per folder, awaited by every writer into it.
	const folders = new Map<string, Promise<unknown>>();
	// The first failure stops every writer from starting another file, and is thrown only once none is still
	// writing: the caller then removes the folder, which a write still in flight would refill (ENOTEMPTY).
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		try {
			for (let next = iterator.next(); !failure && !next.done; next = iterator.next()) {
				const [path, content] = next.value;
				const folder = dirname(path);
				if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
				await folders.get(folder);
				await writeFile(path, content);
				bytes += Buffer.byteLength(content);
			}
		} catch (error) {
			failure ??= { error };
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	if (failure) throw failure.error;
	return bytes;
}
