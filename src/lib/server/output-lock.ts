// One process at a time changes or reads an ingest output while another may change it: the explorer's
// server while it applies a correction or a topic edit, `gazette publish` and `gazette export` while
// they bring the output's JSON files up to date and read them. The lock is a file beside the output
// folder (ingest replaces the folder itself), created exclusively and holding the owner's pid; a lock
// whose owner is gone is taken over.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export class OutputBusyError extends Error {}

export function outputLockPath(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}.gazette-lock`);
}

function alive(pid: unknown): boolean {
	if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists, owned by someone else
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export interface LockOptions {
	/** who holds it, as the one waiting is told ("gazette publish") */
	holder: string;
	/** how long to wait for another holder before giving up (OutputBusyError) */
	waitMs: number;
	/** told once when the lock is held by another process and this one waits */
	onWait?: (holder: string) => void;
}

/** Holders in this process wait for each other here, in turn, however long; other processes for the file. */
const inProcess = new Map<string, Promise<unknown>>();

/** Runs `work` holding the output's lock. */
export async function withOutputLock<T>(outDir: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
	const path = outputLockPath(outDir);
	const mine = (inProcess.get(path) ?? Promise.resolve()).then(() => holdingFile(path, outDir, options, work));
	const settled = mine.then(
		() => undefined,
		() => undefined
	);
	inProcess.set(path, settled);
	try {
		return await mine;
	} finally {
		if (inProcess.get(path) === settled) inProcess.delete(path);
	}
}

async function holdingFile<T>(path: string, outDir: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
	const started = Date.now();
	let told = false;
	for (;;) {
		try {
			await writeFile(path, JSON.stringify({ pid: process.pid, holder: options.holder }), { flag: 'wx' });
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = await readFile(path, 'utf8').then(
			(text) => {
				try {
					return JSON.parse(text) as { pid?: unknown; holder?: unknown };
				} catch {
					// being written this moment: read again on the next turn
					return { pid: process.pid, holder: 'another gazette' };
				}
			},
			() => null
		);
		if (owner && !alive(owner.pid)) {
			await rm(path, { force: true });
			continue;
		}
		const holder = typeof owner?.holder === 'string' ? owner.holder : 'another gazette';
		if (Date.now() - started >= options.waitMs) throw new OutputBusyError(`${outDir} is being changed by ${holder} (pid ${String(owner?.pid)}); try again when it is done`);
		if (!told) options.onWait?.(holder);
		told = true;
		await sleep(50);
	}
	try {
		return await work();
	} finally {
		await rm(path, { force: true });
	}
}
