// writeFiles's failure: thrown only once no other write is in flight, so the caller's clean-up of the folder
// is not refilled behind its back (a full disk left "directory not empty" instead of the disk's error).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFiles } from './write-output.ts';

const writes = vi.hoisted(() => ({ inFlight: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const writeFile = (async (path: string, ...rest: unknown[]) => {
		writes.inFlight++;
		try {
			if (String(path).endsWith('full.txt')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
			await new Promise((resolve) => setTimeout(resolve, 30));
			return await (fs.writeFile as (...args: unknown[]) => Promise<void>)(path, ...rest);
		} finally {
			writes.inFlight--;
		}
	}) as typeof fs.writeFile;
	return { ...fs, writeFile, default: { ...fs, writeFile } };
});

const root = mkdtempSync(join(tmpdir(), 'gazette-write-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeFiles', () => {
	it('throws the first failure after every write in flight has ended, and starts no file after it', async () => {
		const names = ['a.txt', 'full.txt', ...Array.from({ length: 20 }, (_, i) => `f${i}.txt`)];
		const files = names.map((name): [string, string] => [join(root, 'docs', name), name]);
		await expect(writeFiles(files, 4)).rejects.toThrow(/ENOSPC/);
		expect(writes.inFlight).toBe(0);
		// the 4 writers had started at most 4 more files when the failure came; none after it
		expect(readdirSync(join(root, 'docs')).length).toBeLessThanOrEqual(5);
	});
});
