// An incremental run asks whether a path is one of the corpus's files (a record's `file.jsonl:12`
// belongs to its file) by binary search over the walk's files: it holds only while the walk gives them
// sorted by path as JavaScript compares strings, whatever the names (folders beside files that share
// their start, punctuation sorting before '/', non-ASCII names).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sortedPaths } from '../../src/lib/server/ingest/incremental.ts';
import { walkCorpus } from '../../src/lib/server/ingest/walk-corpus.ts';

describe('sortedPaths', () => {
	let root: string | null = null;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = null;
	});

	it("answers as a set of the walk's paths would", async () => {
		root = mkdtempSync(join(tmpdir(), 'gazette-present-'));
		const names = ['a', 'a-b/x.txt', 'a.txt', 'a/b.txt', 'a/b/c.txt', 'a b/c.txt', 'ab.jsonl', 'B.txt', 'é/x.txt', 'e.txt', 'z/y/x.txt', 'Z.md', '0.txt', 'a/a.txt'];
		for (const name of names.slice(1)) {
			mkdirSync(dirname(join(root, name)), { recursive: true });
			writeFileSync(join(root, name), 'text');
		}
		const walked = await walkCorpus(root);
		const present = sortedPaths(walked.files);
		const paths = walked.files.map((f) => f.path);
		expect(paths.length).toBe(names.length - 1);
		for (const path of paths) expect(present.has(path)).toBe(true);
		for (const path of ['a', 'a/', 'a/b', 'ab.jsonl:3', 'zz.txt', '', 'é', '0']) expect(present.has(path)).toBe(false);
		expect(sortedPaths([]).has('a.txt')).toBe(false);
	});
});
