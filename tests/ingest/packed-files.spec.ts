// The streamed full ingest holds the corpus's file list packed between its passes (packed-files.ts), not
// as the walk's objects: what it gives back part by part must be the walk's files, in the walk's order.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFiles } from '../../src/lib/server/ingest/packed-files.ts';
import { walkCorpus } from '../../src/lib/server/ingest/walk-corpus.ts';

let root: string;
let corpus: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-packed-files-'));
	corpus = join(root, 'corpus');
	mkdirSync(join(corpus, 'river towns', 'north'), { recursive: true });
	writeFileSync(join(corpus, 'a.txt'), 'The ferry left Tulcea at dawn.');
	writeFileSync(join(corpus, 'river towns', 'north', 'galati.md'), 'Galati docks reopened.');
	writeFileSync(join(corpus, 'river towns', 'braila.txt'), 'Braila held its fair.');
	writeFileSync(join(corpus, 'notes.jsonl'), '{"text":"Sulina lighthouse"}\n');
	writeFileSync(join(corpus, 'é-accent.txt'), 'A café in Constanța.');
	// a symlink's real path is its target's, not the corpus root joined with its own path
	symlinkSync(join(corpus, 'river towns', 'braila.txt'), join(corpus, 'z-alias.txt'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const plain = (files: readonly { path: string; real: string }[]) => files.map(({ path, real }) => ({ path, real }));

describe('the packed file list of a streamed ingest', () => {
	it("gives the walk's files in its order, real paths of symlinks included, in parts of any size", async () => {
		const walked = await walkCorpus(corpus);
		expect(walked.files.find((f) => f.path === 'z-alias.txt')?.real).toBe(join(walked.root, 'river towns', 'braila.txt'));
		const packed = packFiles(walked.files, walked.root);
		expect(packed.length).toBe(walked.files.length);
		for (const size of [1, 2, 4, 500]) {
			const parts = [...packed.parts(size)];
			expect(parts.every((part, i) => part.length === Math.min(size, walked.files.length - i * size))).toBe(true);
			expect(parts.flat()).toEqual(plain(walked.files));
		}
	});

	it("keeps nothing of the walk's list: emptied once packed, every part still comes back whole", async () => {
		const walked = await walkCorpus(corpus);
		const expected = plain(walked.files);
		const packed = packFiles(walked.files, walked.root);
		walked.files.length = 0;
		expect([...packed.parts(3)].flat()).toEqual(expected);
		expect(packed.somePath((path) => path.endsWith('.jsonl'))).toBe(true);
		expect(packed.somePath((path) => path.endsWith('.html'))).toBe(false);
	});
});
