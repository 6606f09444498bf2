// Ingest with bad inputs: each is reported with a clear reason, the rest is still processed, and a
// failed ingest leaves the previous output as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentFull, PlacesCollection } from '../../src/lib/contracts.ts';
import { InputFileError, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { tempCorpusEachTest } from '../helpers/temp-corpus.ts';

let root: string;
let corpus: string;
let out: string;

tempCorpusEachTest('gazette-ingest-', (folders) => ({ root, corpus, out } = folders));

const write = (name: string, content: string | Uint8Array) => {
	mkdirSync(join(corpus, name, '..'), { recursive: true });
	writeFileSync(join(corpus, name), content);
};
const ingest = (extra: Partial<IngestOptions> = {}, stats = { parsed: 0 }) => runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(stats), ...extra });
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
const snapshot = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, (() => { try { return readFileSync(join(dir, f), 'utf8'); } catch { return 'dir'; } })()]);

describe('bad inputs are skipped with a reason, the rest is ingested', () => {
	it('reports every kind of bad file and still writes the good ones', async () => {
		write('good.txt', ' date 2022-04-02 By Test Writer\n\nDeminers met in Baku. Demining continues near Aghdam.');
		write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
		write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x42, 0x61, 0x6b, 0x75]));
		write('empty.txt', '');
		write('blank.md', '  \n\t\n');
		write('big.txt', `Baku ${'x'.repeat(3000)}`);
		write('nested/again.md', '---\nid: good\n---\nA second document claiming the id "good", about Shusha.');
		write('notes.pdf', '%PDF-1.4');
		write(
			'records.jsonl',
			[
				'{"id": "rec-1", "title": "Record", "date": "2023-01-02", "text": "Shusha hosts a festival."}',
				'{"id": "rec-2", "text": ',
				'{"id": "rec-3", "title": "No text"}',
				'[1, 2]',
				'',
				'{"id": "rec-1", "text": "Same id again in Baku."}'
			].join('\n')
		);
		symlinkSync(join(corpus, 'missing-target.txt'), join(corpus, 'dangling.txt'));

		const summary = await ingest({ maxFileBytes: 1000 });
		expect(summary.skipped).toEqual([
			{ path: 'big.txt', reason: 'too large (2.9 KB, limit 1000 bytes)' },
			{ path: 'binary.txt', reason: 'binary file (contains NUL bytes)' },
			{ path: 'blank.md', reason: 'empty file (only whitespace)' },
			{ path: 'dangling.txt', reason: 'symlink to a missing file' },
			{ path: 'empty.txt', reason: 'empty file' },
			{ path: 'latin1.txt', reason: 'not valid UTF-8 text' },
			{ path: 'nested/again.md', reason: 'duplicate document id "good" (already used by good.txt)' },
			{ path: 'notes.pdf', reason: 'unsupported file type (expected .txt, .text, .md, .markdown, .html, .htm, .jsonl, .ndjson)' },
			{ path: 'records.jsonl:2', reason: expect.stringMatching(/^not JSON \(/) },
			{ path: 'records.jsonl:3', reason: 'no "text" field (or it is empty)' },
			{ path: 'records.jsonl:4', reason: 'not a JSON object' },
			{ path: 'records.jsonl:6', reason: 'duplicate document id "rec-1" (already used by records.jsonl:1)' }
		]);
		expect(summary.documents).toBe(2);
		const documents = readJson<{ id: string; date: string | null; author: string | null }[]>('documents.json');
		expect(documents.map((d) => [d.id, d.date, d.author])).toEqual([
			['good', '2022-04-02', 'Test Writer'],
			['rec-1', '2023-01-02', null]
		]);
		expect(readJson<{ counts: { skipped: number } }>('manifest.json').counts.skipped).toBe(12);
	});

	it('shows a readable size in the too-large reason', async () => {
		write('ok.txt', 'Baku.');
		write('huge.txt', 'a'.repeat(3 * 1024 * 1024));
		const summary = await ingest({ maxFileBytes: 2 * 1024 * 1024 });
		expect(summary.skipped).toEqual([{ path: 'huge.txt', reason: 'too large (3.0 MB, limit 2.0 MB)' }]);
	});
});

describe('unusable corpus or settings are one clear error', () => {
	it('rejects a missing corpus folder', async () => {
		await expect(runIngest({ corpusDir: join(root, 'nope'), outDir: out })).rejects.toThrow(new InputFileError(`corpus folder not found: ${join(root, 'nope')}`));
	});
	it('rejects an empty corpus folder', async () => {
		await expect(ingest()).rejects.toThrow(/has no files/);
	});
	it('rejects a corpus where every file is bad, naming the first reason', async () => {
		write('empty.txt', '');
		await expect(ingest()).rejects.toThrow('no usable documents in ' + corpus + ': 1 skipped (empty.txt: empty file)');
	});
	it('refuses to replace a folder that is not an ingest output', async () => {
		write('a.txt', 'Baku.');
		mkdirSync(out);
		writeFileSync(join(out, 'precious.txt'), 'keep me');
		await expect(ingest()).rejects.toThrow(/refusing to replace/);
		expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me');
	});
});

describe('a failed ingest leaves the previous output intact', () => {
	beforeEach(async () => {
		write('a.txt', 'Deminers in Aghdam and Baku.');
		await ingest();
	});
	const bad: [string, string, RegExp][] = [
		['topics', 'not json', /topics file .* is not valid JSON/],
		['topics', '{"topics": [{"id": "x", "label": "X", "terms": []}]}', /topics\.json: topics: topic 1 \(x\): "terms" must be a non-empty array/],
		['corrections', '{"corrections": [{"action": "rename", "name": "Baku"}]}', /corrections: entry 1: "action" must be one of/],
		['corrections', '[{"action": "resolve", "name": "Baku", "placeId": "test:nowhere"}]', /unknown place id "test:nowhere"/]
	];
	it.each(bad)('malformed %s file: %s', async (kind, content, message) => {
		const before = snapshot(out);
		write('b.txt', 'A new document about Shusha.');
		const file = join(root, `${kind}.json`);
		writeFileSync(file, content);
		await expect(ingest(kind === 'topics' ? { topicsFile: file } : { correctionsFile: file })).rejects.toThrow(message);
		expect(snapshot(out)).toEqual(before);
	});
	it('a crash while geoparsing changes nothing and leaves no temporary folder', async () => {
		const before = snapshot(out);
		write('b.txt', 'A new document about Shusha.');
		const failing = async () => ({ ...(await fakeGeoparser()()), parse: async () => Promise.reject(new Error('boom')) });
		await expect(runIngest({ corpusDir: corpus, outDir: out, createGeoparser: failing })).rejects.toThrow('boom');
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(root).sort()).toEqual(['corpus', 'out']);
	});
});

describe('outputs', () => {
	it('maps literal places with document and mention counts, never embedded ones', async () => {
		write('one.txt', ' date 2021-11-23 By A Writer\n\nBaku and the OSCE Minsk Group. Baku again, and Baku.');
		write('two.md', '---\ndate: 2024-01-05\n---\nThe Lachin corridor links to Shusha. Baku is far.');
		await ingest();
		const places = readJson<PlacesCollection>('places.geojson');
		const byName = Object.fromEntries(places.features.map((f) => [f.properties.name, f]));
		expect(Object.keys(byName).sort()).toEqual(['Baku', 'Lachin corridor', 'Shusha']);
		expect(byName.Baku!.properties).toMatchObject({ documentCount: 2, mentionCount: 4, firstDate: '2021-11-23', lastDate: '2024-01-05', documents: ['one', 'two'], countryName: 'Azerbaijan' });
		expect(byName['Lachin corridor']!.geometry.type).toBe('LineString');
		const doc = readJson<DocumentFull>('docs/one.json');
		expect(doc.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Baku', 'Baku', 'Baku']);
		const excerpts = readJson<{ groups: { documentId: string; excerpts: { text: string; start: number; end: number }[] }[] }>(`excerpts/${byName.Baku!.properties.excerptsFile}.json`);
		expect(excerpts.groups.map((g) => g.documentId)).toEqual(['two', 'one']);
		for (const group of excerpts.groups) for (const e of group.excerpts) expect(e.text.slice(e.start, e.end)).toBe('Baku');
	});

	it('applies corrections and counts the mentions each one changed', async () => {
		write('a.txt', 'Georgia and Azerbaijan signed a deal; Georgia will build a road. Shusha is not involved.');
		write('b.txt', 'Atlanta, Georgia is far from Shusha.');
		const corrections = join(root, 'corrections.json');
		writeFileSync(
			corrections,
			JSON.stringify({
				corrections: [
					{ action: 'resolve', name: 'Georgia', placeId: 'test:georgia', documents: ['a'] },
					{ action: 'not-a-place', name: 'Shusha', document: 'a' },
					{ action: 'add', name: 'Atlanta', placeId: 'test:georgia-us' }
				]
			})
		);
		const summary = await ingest({ correctionsFile: corrections });
		expect(summary.corrections).toEqual([
			{ correction: '"Georgia" → test:georgia in a', changed: 2 },
			{ correction: '"Shusha" is not a place in a', changed: 1 },
			{ correction: '"Atlanta" is always test:georgia-us', changed: 1 }
		]);
		const docA = readJson<DocumentFull>('docs/a.json');
		expect(docA.mentions.map((m) => m.placeId)).toEqual(['test:georgia', 'test:georgia']);
		const docB = readJson<DocumentFull>('docs/b.json');
		expect(docB.mentions.map((m) => [m.name, m.placeId])).toEqual([
			['Atlanta', 'test:georgia-us'],
			['Georgia', 'test:georgia-us'],
			['Shusha', 'test:shusha']
		]);
	});

	it('re-runs incrementally: unchanged is up to date, one changed file is one geoparse', async () => {
		write('a.txt', 'Baku one.');
		write('b.txt', 'Shusha two.');
		const stats = { parsed: 0 };
		expect((await ingest({}, stats)).geoparsed).toBe(2);
		const again = await ingest({}, stats);
		expect(again).toMatchObject({ upToDate: true, documents: 2, places: 2 });
		expect(stats.parsed).toBe(2);
		write('b.txt', 'Shusha and Aghdam, changed.');
		const changed = await ingest({}, stats);
		expect(changed).toMatchObject({ upToDate: false, geoparsed: 1, cached: 1, places: 3 });
		expect(stats.parsed).toBe(3);
		// A different taxonomy re-runs the cheap stages but reuses every geoparse.
		const topics = join(root, 'topics.json');
		writeFileSync(topics, JSON.stringify({ topics: [{ id: 'towns', label: 'Towns', terms: ['Shusha'] }], minDocumentHits: 1 }));
		const retagged = await ingest({ topicsFile: topics }, stats);
		expect(retagged).toMatchObject({ upToDate: false, geoparsed: 0, cached: 2 });
		expect(readJson<{ id: string; documentCount: number }[]>('topics.json')).toEqual([{ id: 'towns', label: 'Towns', documentCount: 1, placeCount: 2 }]);
	});

	it('counts documents with identical text once for geoparsing, and progress still reaches the total', async () => {
		write('a.txt', 'Wire story about Baku.');
		write('b.txt', 'Wire story about Baku.');
		write('c.txt', 'Shusha news.');
		const progress: [number, number][] = [];
		const summary = await ingest({ onProgress: (done, total) => progress.push([done, total]) });
		expect(summary).toMatchObject({ documents: 3, geoparsed: 2 });
		expect(progress.at(-1)).toEqual([3, 3]);
	});

	it('gives a record with a blank id its fallback id', async () => {
		write('wire.jsonl', ['{"id": "", "title": "Blank", "text": "Baku talks."}', '{"id": "  ", "title": "Spaces", "text": "Shusha talks."}'].join('\n'));
		const summary = await ingest();
		expect(summary.skipped).toEqual([]);
		const ids = readJson<{ id: string }[]>('documents.json').map((d) => d.id);
		expect(ids.every((id) => id.trim().length > 0)).toBe(true);
		expect(new Set(ids).size).toBe(2);
	});

	it('puts back the previous output that a killed run left only in its old-folder', async () => {
		write('a.txt', 'Baku one.');
		await ingest();
		const before = snapshot(out);
		const deadPid = spawnSync('true').pid;
		renameSync(out, join(root, `.out.old-${deadPid}-0000`));
		const crashing = async () => ({ ...(await fakeGeoparser()()), parse: async () => Promise.reject(new Error('boom')) });
		write('b.txt', 'Shusha two.');
		await expect(ingest({ createGeoparser: crashing })).rejects.toThrow('boom');
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(root).filter((name) => name.startsWith('.out.'))).toEqual([]);
	});

	it('keeps country names for places a later run brings back from the cache', async () => {
		write('a.txt', 'Talks in Baku and Minsk.');
		const corrections = join(root, 'corrections.json');
		writeFileSync(corrections, JSON.stringify({ corrections: [{ action: 'not-a-place', name: 'Minsk' }] }));
		await ingest({ correctionsFile: corrections });
		const rerun = await ingest();
		expect(rerun).toMatchObject({ geoparsed: 0 });
		const minsk = readJson<PlacesCollection>('places.geojson').features.find((f) => f.properties.name === 'Minsk');
		expect(minsk?.properties.countryName).toBe('Belarus');
	});
});
