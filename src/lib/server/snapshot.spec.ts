import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_ELEMENT_ID, type SnapshotData } from '../../snapshot/contract.ts';
import { snapshotHtml, SNAPSHOT_CSP } from './snapshot.ts';

const FIXTURE_OUTPUT = new URL('../../../tests/fixtures/explorer-output/', import.meta.url).pathname;
let bundle: string;

beforeAll(async () => {
	bundle = await mkdtemp(join(tmpdir(), 'gazette-snapshot-bundle-'));
	await writeFile(join(bundle, 'snapshot.js'), 'const tag = "</script><script>alert(1)</script>";');
	await writeFile(join(bundle, 'snapshot.css'), 'body { content: "</style><script>"; }');
});
afterAll(() => rm(bundle, { recursive: true, force: true }));

describe('snapshot HTML', () => {
	it('inlines code and data so that nothing can close its element early', async () => {
		const html = await snapshotHtml({ outDir: FIXTURE_OUTPUT, query: 'topic=transport', title: '</title><script>x()</script>', theme: 'dark' }, bundle);
		expect(html.match(/<script[ >]/g)?.length).toBeGreaterThanOrEqual(2);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(html.match(/<\/style>/g)).toHaveLength(1);
		expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
		expect(html).toContain(`content="${SNAPSHOT_CSP}"`);
		// the mark a later export recognises, whatever generator the ingest output names
		expect(html).toContain('<meta name="generator" content="gazette export">');
		const json = html.slice(html.indexOf(`id="${SNAPSHOT_ELEMENT_ID}">`) + SNAPSHOT_ELEMENT_ID.length + 6, html.indexOf('</script>'));
		const data = JSON.parse(json) as SnapshotData;
		expect(data.query).toBe('topic=transport');
		expect(data.theme).toBe('dark');
		expect(data.places.features.length).toBeGreaterThan(0);
		expect(data.places.features.length).toBeLessThan(15);
		// The fixture's hostile place name survives as data, never as markup.
		expect(json).not.toContain('<svg');
		expect(data.places.features.some((f) => f.properties.name.startsWith('<svg'))).toBe(true);
	});

	it('forbids every request that is not data: or blob:', () => {
		expect(SNAPSHOT_CSP).toContain("default-src 'none'");
		expect(SNAPSHOT_CSP).not.toMatch(/'self'|https?:|\*/);
	});

	it('carries only the filtered view, and the corpus by name, never its path', async () => {
		const output = await mkdtemp(join(tmpdir(), 'gazette-snapshot-leak-'));
		try {
			await cp(FIXTURE_OUTPUT, output, { recursive: true });
			const manifest = JSON.parse(await readFile(join(output, 'manifest.json'), 'utf8'));
			await writeFile(join(output, 'manifest.json'), JSON.stringify({ ...manifest, corpus: '/home/alice/Leaks-SourceX-Confidential' }));
			const html = await snapshotHtml({ outDir: output, query: 'topic=energy', title: null, theme: 'light' }, bundle);
			expect(html).not.toContain('/home/alice');
			expect(html).toContain('<title>Map of Leaks-SourceX-Confidential</title>');
			const documents = JSON.parse(await readFile(join(output, 'documents.json'), 'utf8')) as { id: string; title: string; path: string; topics: { topic: string }[] }[];
			for (const doc of documents) {
				const energy = doc.topics.some((t) => t.topic === 'energy');
				if (!energy) expect(html, doc.id).not.toContain(doc.title.slice(0, 30).replaceAll('<', '\\u003c'));
				expect(html, doc.id).not.toContain(`"path":"${doc.path}"`);
			}
			expect(html).not.toContain('Kajaran');
			const named = await snapshotHtml({ outDir: output, query: '', title: null, theme: 'light', name: 'Field notes' }, bundle);
			expect(named).toContain('<title>Map of Field notes</title>');
			expect(named).not.toContain('Leaks-SourceX');
		} finally {
			await rm(output, { recursive: true, force: true });
		}
	});
});
