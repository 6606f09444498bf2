// An unreadable subfolder is reported and skipped, not a crash. Root ignores permission bits, so the
// folder's readdir failure is injected.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const readdir = (async (path: string, ...rest: unknown[]) => {
		if (String(path).endsWith('locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES', syscall: 'scandir' });
		return (fs.readdir as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
	}) as typeof fs.readdir;
	return { ...fs, readdir, default: { ...fs, readdir } };
});

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'gazette-unreadable-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('reports an unreadable subfolder with its reason and ingests the rest', async () => {
	mkdirSync(join(root, 'corpus', 'a', 'locked'), { recursive: true });
	writeFileSync(join(root, 'corpus', 'a', 'locked', 'hidden.txt'), 'Shusha.');
	writeFileSync(join(root, 'corpus', 'good.txt'), 'Baku.');
	const summary = await runIngest({ corpusDir: join(root, 'corpus'), outDir: join(root, 'out'), createGeoparser: fakeGeoparser() });
	expect(summary.skipped).toEqual([{ path: 'a/locked/', reason: 'unreadable folder (EACCES)' }]);
	expect(summary.documents).toBe(1);
});

it('an unreadable corpus folder is one clear error', async () => {
	mkdirSync(join(root, 'locked'));
	await expect(runIngest({ corpusDir: join(root, 'locked'), outDir: join(root, 'out'), createGeoparser: fakeGeoparser() })).rejects.toThrow(`corpus folder ${join(root, 'locked')} cannot be read (EACCES)`);
});
