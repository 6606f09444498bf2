// One document may keep only so many toponyms: a place-dense document keeps the first ones, and the
// ingest summary warns with its path and both counts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/commands/ingest-summary.ts';
import type { DocumentFull } from '../../src/lib/contracts.ts';
import { runIngest } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

const root = mkdtempSync(join(tmpdir(), 'gazette-cap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the per-document toponym cap', () => {
	it('keeps the first toponyms of a document over the cap and reports it', async () => {
		const corpus = join(root, 'corpus');
		mkdirSync(corpus);
		writeFileSync(join(corpus, 'dense.txt'), `Dense.\n\n${'Baku. '.repeat(7)}`);
		writeFileSync(join(corpus, 'plain.txt'), 'Plain.\n\nShusha and Baku.');
		const out = join(root, 'out');
		const summary = await runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), maxToponymsPerDocument: 5 });
		expect(summary.capped).toEqual([{ path: 'dense.txt', found: 7, kept: 5 }]);
		expect(summary.mentions).toBe(5 + 2);
		const dense = JSON.parse(readFileSync(join(out, 'docs', 'dense.json'), 'utf8')) as DocumentFull;
		expect(dense.mentions.map((m) => m.start)).toEqual([8, 14, 20, 26, 32]);
		expect(formatSummary(summary)).toContain('  warning: dense.txt: 7 toponyms, more than one document may keep; the first 5 were kept\n');
	});
});
