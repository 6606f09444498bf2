// The output names the corpus by a display name (the folder's, or --name), never by its path, and
// every path in it is relative to the corpus: nothing of the machine's file system is published.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-display-name-'));
const corpus = join(root, 'Leaks-SourceX-Confidential');
const out = join(root, 'out');
mkdirSync(join(corpus, 'inbox'), { recursive: true });
writeFileSync(join(corpus, 'inbox', 'baku.txt'), 'Talks in Baku\n\nThe talks in Baku went on.');
writeFileSync(join(corpus, 'notes.md'), '# Shusha\n\nRestoration in Shusha.');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file of the output a page may fetch (the dot folders are never served). */
function publishedText(): string {
	return readdirSync(out, { recursive: true })
		.map(String)
		.filter((file) => !file.split('/').some((segment) => segment.startsWith('.')) && (file.endsWith('.json') || file.endsWith('.geojson')))
		.map((file) => readFileSync(join(out, file), 'utf8'))
		.join('\n');
}

describe('the corpus display name', () => {
	it("is the folder's name by default, and no absolute path is written", async () => {
		await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser() });
		expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).corpus).toBe('Leaks-SourceX-Confidential');
		const documents = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { path: string }[];
		expect(documents.map((d) => d.path).sort()).toEqual(['inbox/baku.txt', 'notes.md']);
		const text = publishedText();
		expect(text.length).toBeGreaterThan(100);
		expect(text).not.toContain(root);
		expect(text).not.toContain(tmpdir());
	});

	it('is --name when given, and changing it rewrites the output', async () => {
		await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), name: 'Caucasus reports' });
		expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).corpus).toBe('Caucasus reports');
	});
});
