// An incremental run's file stamps: taken in a worker thread while the walk lists the files, they are
// the stamps the main thread takes (a missing file has none); a first change among them is found as
// they come in, and only at a kept file's own position.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampListOf } from '../../src/lib/store/file-stamp-list.ts';
import { mainStatter, workerStatter, type FileStamps } from '../../src/lib/server/ingest/stat-files.ts';
import { compareStamps, firstChangeWatch } from '../../src/lib/server/ingest/stamp-compare.ts';
import { walkCorpus, type CorpusFile } from '../../src/lib/server/ingest/walk-corpus.ts';

const plain = (stamps: FileStamps) => ({ sizes: [...stamps.sizes], mtimes: [...stamps.mtimes] });

describe('file stamps', () => {
	let root: string | null = null;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = null;
	});

	const corpus = () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-stat-'));
		for (const folder of ['a', 'b', 'b/c']) mkdirSync(join(root, folder), { recursive: true });
		const paths = ['a/1.txt', 'a/2.txt', 'b/3.txt', 'b/c/4.txt', 'z.txt'];
		paths.forEach((path, i) => writeFileSync(join(root!, path), 'x'.repeat(i + 1)));
		return root;
	};

	it('are the same from the worker as from the main thread, streamed as the walk goes; a missing file has none', async () => {
		const dir = corpus();
		const batches: number[] = [];
		const statter = workerStatter((start, count) => batches.push(start, count));
		const walked = await walkCorpus(dir, undefined, (files) => statter.add(files));
		// a file with no stamp (gone since a walk listed it): none, as on the main thread
		const files = [...walked.files, { path: 'gone.txt', real: join(dir, 'gone.txt') }];
		const fromWorker = await statter.stamps(files);
		const fromMain = await mainStatter().stamps(files);
		expect(plain(fromWorker)).toEqual(plain(fromMain));
		expect(fromWorker.sizes[5]).toBeNaN();
		expect(fromWorker.sizes[2]).toBe(3);
		expect(fromWorker.sizes[0]).toBe(1);
		expect(fromWorker.mtimes[4]).toBe(statSync(join(dir, 'z.txt')).mtimeMs);
		// in order, covering every file once
		let next = 0;
		for (let i = 0; i < batches.length; i += 2) {
			expect(batches[i]).toBe(next);
			next += batches[i + 1]!;
		}
		expect(next).toBe(files.length);
	});

	it('find a first changed or added file as they come in (not a removed one), and every change at the end', async () => {
		const dir = corpus();
		const walked = await walkCorpus(dir);
		const stamps = await mainStatter().stamps(walked.files);
		const rows = (files: CorpusFile[], s: FileStamps) => files.map((f, i) => ({ path: f.path, size: s.sizes[i]!, mtimeMs: s.mtimes[i]! }));
		const kept = stampListOf(rows(walked.files, stamps));
		const seen = (list: typeof kept, files: CorpusFile[], s: FileStamps, batch: number) => {
			let found = 0;
			const watch = firstChangeWatch(files, list, () => found++);
			for (let i = 0; i < files.length; i += batch) watch(i, Math.min(batch, files.length - i), { sizes: s.sizes.subarray(i, i + batch), mtimes: s.mtimes.subarray(i, i + batch) });
			return found;
		};
		expect(seen(kept, walked.files, stamps, 2)).toBe(0);
		expect(compareStamps(walked.files, kept, stamps)).toEqual({ changed: [], removed: [] });
		const touched = { sizes: stamps.sizes.slice(), mtimes: stamps.mtimes.slice() };
		touched.mtimes[3] = touched.mtimes[3]! + 1;
		expect(seen(kept, walked.files, touched, 2)).toBe(1);
		expect(compareStamps(walked.files, kept, touched).changed.map((f) => f.path)).toEqual(['b/c/4.txt']);
		// a file added before the change: the watch sees it at once, and the files after it are still compared
		const added = [walked.files[0]!, { path: 'a/15.txt', real: join(dir, 'a/15.txt') }, ...walked.files.slice(1)];
		const addedStamps = { sizes: Float64Array.from([touched.sizes[0]!, 9, ...touched.sizes.slice(1)]), mtimes: Float64Array.from([touched.mtimes[0]!, 9, ...touched.mtimes.slice(1)]) };
		expect(seen(kept, added, addedStamps, 2)).toBe(1);
		const plus = (values: Float64Array) => Float64Array.from([values[0]!, 9, ...values.slice(1)]);
		expect(seen(kept, added, { sizes: plus(stamps.sizes), mtimes: plus(stamps.mtimes) }, 2)).toBe(1);
		expect(compareStamps(added, kept, addedStamps)).toEqual({ changed: [added[1], walked.files[3]], removed: [] });
		// files removed (the first, and one in the middle): no change for the watch, each listed as removed
		const keptAt = [1, 3, 4];
		const fewer = keptAt.map((i) => walked.files[i]!);
		const pick = (from: FileStamps) => ({ sizes: Float64Array.from(keptAt.map((i) => from.sizes[i]!)), mtimes: Float64Array.from(keptAt.map((i) => from.mtimes[i]!)) });
		expect(seen(kept, fewer, pick(stamps), 2)).toBe(0);
		expect(compareStamps(fewer, kept, pick(stamps))).toEqual({ changed: [], removed: ['a/1.txt', 'b/3.txt'] });
		// removed, added and changed at once
		const mixed = [fewer[0]!, { path: 'b/c/0.txt', real: join(dir, 'b/c/0.txt') }, ...fewer.slice(1)];
		const withNew = (values: Float64Array) => Float64Array.from([values[0]!, 9, ...values.slice(1)]);
		const mixedStamps = { sizes: withNew(pick(touched).sizes), mtimes: withNew(pick(touched).mtimes) };
		expect(seen(kept, mixed, mixedStamps, 1)).toBe(1);
		expect(compareStamps(mixed, kept, mixedStamps)).toEqual({ changed: [mixed[1], walked.files[3]], removed: ['a/1.txt', 'b/3.txt'] });
		// no stamp reads as changed
		touched.sizes[0] = NaN;
		expect(seen(kept, walked.files, touched, 5)).toBe(1);
	});
});
