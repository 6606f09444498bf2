// The ingest never deletes or overwrites what it did not write: overlapping corpus and output folders
// are refused, an earlier output holding a user's file is refused (naming it), and a symlinked --out is
// written through.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUT_ENTRIES } from '../../src/lib/server/ingest/output-guard.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-out-safety-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (...parts: string[]) => join(root, ...parts);
const put = (path: string, content: string) => {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, content);
};
const ingest = (corpusDir: string, outDir: string) => runIngest({ corpusDir, outDir, createGeoparser: fakeGeoparser() });
const documentIds = (out: string) => (JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { id: string }[]).map((d) => d.id);

describe('corpus and output must not contain each other', () => {
	it('refuses a corpus inside an earlier output, and deletes nothing', async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		await ingest(at('corpus'), at('out'));
		put(at('out', 'articles', 'b.txt'), 'Shusha two.');
		await expect(ingest(at('out', 'articles'), at('out'))).rejects.toThrow(/refusing to write to .*out: the corpus .*articles lies inside it/);
		expect(readFileSync(at('out', 'articles', 'b.txt'), 'utf8')).toBe('Shusha two.');
		expect(existsSync(at('out', 'manifest.json'))).toBe(true);
	});
	it('refuses the corpus itself as the output', async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		await expect(ingest(at('corpus'), at('corpus'))).rejects.toThrow(/the corpus .* lies inside it/);
		expect(readFileSync(at('corpus', 'a.txt'), 'utf8')).toBe('Baku one.');
	});
	it('refuses an output inside the corpus, also through a symlink', async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		await expect(ingest(at('corpus'), at('corpus', 'out'))).rejects.toThrow(/it lies inside the corpus/);
		symlinkSync(at('corpus'), at('corpus-link'));
		await expect(ingest(at('corpus-link'), at('corpus', 'deeper', 'out'))).rejects.toThrow(/it lies inside the corpus/);
		expect(existsSync(at('corpus', 'out'))).toBe(false);
	});
	it('says so in one line from the CLI', () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		const bin = resolve(import.meta.dirname, '../../bin/gazette.js');
		const run = spawnSync(process.execPath, [bin, 'ingest', 'corpus', '--out', 'corpus'], { cwd: root, encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toBe('gazette: refusing to write to corpus: the corpus corpus lies inside it (choose an --out outside the corpus)\n');
	});
});

describe('an earlier output is replaced only when it holds nothing but what the ingest wrote', () => {
	beforeEach(async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		await ingest(at('corpus'), at('out'));
		put(at('corpus', 'b.txt'), 'Shusha two.');
	});
	it('replaces its own output', async () => {
		await ingest(at('corpus'), at('out'));
		expect(documentIds(at('out'))).toEqual(['a', 'b']);
	});
	it.each([
		['NOTES.md', 'NOTES.md'],
		['articles/story.txt', 'articles/'],
		['docs/mine.txt', 'docs/mine.txt'],
		['excerpts/kept/x.json', 'excerpts/kept/']
	])('refuses when the user added %s, naming it', async (file, named) => {
		put(at('out', file), 'keep me');
		const error = await ingest(at('corpus'), at('out')).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/^refusing to replace .*out: it holds files gazette did not write \(/);
		expect((error as Error).message).toContain(named);
		expect(readFileSync(at('out', file), 'utf8')).toBe('keep me');
		expect(documentIds(at('out'))).toEqual(['a']);
	});
	it('lists every entry it writes (the list new stages extend)', () => {
		expect(Object.keys(OUTPUT_ENTRIES)).toEqual(expect.arrayContaining(['manifest.json', 'places.geojson', 'documents.json', 'docs', 'excerpts']));
	});
});

describe('a symlinked --out is written through', () => {
	it('replaces the target and keeps the link', async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		await ingest(at('corpus'), at('out'));
		symlinkSync(at('out'), at('link'));
		put(at('corpus', 'b.txt'), 'Shusha two.');
		await ingest(at('corpus'), at('link'));
		expect(lstatSync(at('link')).isSymbolicLink()).toBe(true);
		expect(readlinkSync(at('link'))).toBe(at('out'));
		expect(documentIds(at('out'))).toEqual(['a', 'b']);
	});
	it('creates the target of a dangling link', async () => {
		put(at('corpus', 'a.txt'), 'Baku one.');
		symlinkSync(at('later'), at('link'));
		await ingest(at('corpus'), at('link'));
		expect(lstatSync(at('link')).isSymbolicLink()).toBe(true);
		expect(documentIds(at('later'))).toEqual(['a']);
	});
});
