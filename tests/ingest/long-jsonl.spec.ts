// A .jsonl file is one file of many documents: a corpus file of a quarter of a million records (or bad
// lines), well under the size limit, is read whole, not lost to a stack overflow; its bad lines are all
// counted, the first few listed one by one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LISTED_BAD_LINES } from '../../src/lib/read/jsonl.ts';
import { readFiles } from '../../src/lib/server/ingest/read-corpus.ts';

const LINES = 250_000;

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-long-jsonl-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, line: (i: number) => string) => {
	const real = join(root, name);
	writeFileSync(real, Array.from({ length: LINES }, (_, i) => line(i)).join('\n'));
	return { path: name, real };
};

describe('a .jsonl file of many lines', { timeout: 120_000 }, () => {
	it('gives every record, and counts every bad line (the first listed with their numbers)', async () => {
		const records = write('wires.jsonl', (i) => JSON.stringify({ id: `w${i}`, text: 'Ferries left Baku.' }));
		const bad = write('broken.jsonl', () => 'not a record');
		const read = await readFiles([records, bad]);
		expect(read.entries).toHaveLength(LINES);
		expect(read.entries.at(-1)!.hints.id).toBe(`w${LINES - 1}`);
		expect(read.skipped).toHaveLength(MAX_LISTED_BAD_LINES + 1);
		expect(read.skipped[MAX_LISTED_BAD_LINES - 1]!.path).toBe(`broken.jsonl:${MAX_LISTED_BAD_LINES}`);
		expect(read.skipped.at(-1)).toEqual({ path: 'broken.jsonl', reason: `${LINES - MAX_LISTED_BAD_LINES} more bad lines not listed (lines ${MAX_LISTED_BAD_LINES + 1}–${LINES}; the first ${MAX_LISTED_BAD_LINES} are)` });
	});
});
