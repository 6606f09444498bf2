// An incremental run's comparison of the corpus with the kept stamps: the same changed and removed
// files whether this thread stats them all or a worker stats the later half (a big corpus), and a file
// the worker cannot stat reads as changed.
import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareStamps } from '../../src/lib/server/ingest/stamp-compare.ts';
import { startStatHelper, type StatHelper } from '../../src/lib/server/ingest/stat-helper.ts';
import { walkCorpus } from '../../src/lib/server/ingest/walk-corpus.ts';
import { stampListOf } from '../../src/lib/store/file-stamp-list.ts';

let root: string;
let helper: StatHelper;

beforeAll(() => {
	helper = startStatHelper();
	root = mkdtempSync(join(tmpdir(), 'gazette-stamps-'));
});
afterAll(async () => {
	await helper.close();
	rmSync(root, { recursive: true, force: true });
});

/** A corpus of `count` files in two folders, and the stamps a run would have kept of it. */
function corpusWithStamps(name: string, count: number) {
	const dir = join(root, name);
	for (const folder of ['a', 'b']) mkdirSync(join(dir, folder), { recursive: true });
	const rows = [];
	for (let i = 0; i < count; i++) {
		const path = `${i % 2 ? 'a' : 'b'}/doc-${i}.txt`;
		writeFileSync(join(dir, path), `text ${i}`);
		const info = statSync(join(dir, path));
		rows.push({ path, size: info.size, mtimeMs: info.mtimeMs });
	}
	return { dir, known: stampListOf(rows) };
}

const paths = (comparison: { changed: { path: string }[]; removed: string[] }) => ({ changed: comparison.changed.map((f) => f.path), removed: comparison.removed });

describe('compareStamps', () => {
	it('finds the same changes with the later half stat’ed by the worker', async () => {
		const { dir, known } = corpusWithStamps('same', 40);
		writeFileSync(join(dir, 'a/doc-1.txt'), 'changed at the start');
		// the later half (b/ sorts after a/): same size, another modification time
		utimesSync(join(dir, 'b/doc-38.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
		const walked = await walkCorpus(dir);
		let heard = 0;
		const alone = paths(await compareStamps(walked.files, known, () => heard++));
		const shared = paths(await compareStamps(walked.files, known, () => heard++, helper, 0));
		expect(alone).toEqual({ changed: ['a/doc-1.txt', 'b/doc-38.txt'], removed: [] });
		expect(shared).toEqual(alone);
		// once per comparison, at its first changed file
		expect(heard).toBe(2);
	});

	it('finds added, removed and changed files in either half, and nothing in an unchanged corpus', async () => {
		const { dir, known } = corpusWithStamps('moved', 30);
		const walkedBefore = await walkCorpus(dir);
		expect(paths(await compareStamps(walkedBefore.files, known, () => {}, helper, 0))).toEqual({ changed: [], removed: [] });
		unlinkSync(join(dir, 'b/doc-10.txt'));
		writeFileSync(join(dir, 'b/new.txt'), 'new');
		writeFileSync(join(dir, 'a/doc-3.txt'), 'a longer text than before');
		const walked = await walkCorpus(dir);
		const alone = paths(await compareStamps(walked.files, known, () => {}));
		expect(alone).toEqual({ changed: ['a/doc-3.txt', 'b/new.txt'], removed: ['b/doc-10.txt'] });
		expect(paths(await compareStamps(walked.files, known, () => {}, helper, 0))).toEqual(alone);
	});

	it('reads a file that is gone before the worker stats it as changed', async () => {
		const { dir, known } = corpusWithStamps('gone', 10);
		const walked = await walkCorpus(dir);
		// gone between the walk and the stat calls: the kept stamp is not matched by a missing one
		unlinkSync(join(dir, 'b/doc-8.txt'));
		expect(paths(await compareStamps(walked.files, known, () => {}, helper, 0)).changed).toEqual(['b/doc-8.txt']);
	});
});
