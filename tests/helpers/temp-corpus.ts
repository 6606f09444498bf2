// A fresh temporary folder for each test, with an empty corpus folder in it and an output path beside
// it; removed after the test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface TempCorpus {
	root: string;
	corpus: string;
	out: string;
}

/** Calls `use` before each test with that test's folders. */
export function tempCorpusEachTest(prefix: string, use: (folders: TempCorpus) => void): void {
	let root = '';
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), prefix));
		const corpus = join(root, 'corpus');
		mkdirSync(corpus);
		use({ root, corpus, out: join(root, 'out') });
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));
}
