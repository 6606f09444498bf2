import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
		const html = await snapshotHtml({ outDir: FIXTURE_OUTPUT, query: 'topic=energy', title: '</title><script>x()</script>', theme: 'dark' }, bundle);
		expect(html.match(/<script[ >]/g)?.length).toBeGreaterThanOrEqual(2);
		expect(html.match(/<\/script>/g)).toHaveLength(2);
		expect(html.match(/<\/style>/g)).toHaveLength(1);
		expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>');
		expect(html).toContain(`content="${SNAPSHOT_CSP}"`);
		const json = html.slice(html.indexOf(`id="${SNAPSHOT_ELEMENT_ID}">`) + SNAPSHOT_ELEMENT_ID.length + 6, html.indexOf('</script>'));
		const data = JSON.parse(json) as SnapshotData;
		expect(data.query).toBe('topic=energy');
		expect(data.theme).toBe('dark');
		expect(data.places.features.length).toBe(15);
		// The fixture's hostile place name survives as data, never as markup.
		expect(json).not.toContain('<svg');
		expect(data.places.features.some((f) => f.properties.name.startsWith('<svg'))).toBe(true);
	});

	it('forbids every request that is not data: or blob:', () => {
		expect(SNAPSHOT_CSP).toContain("default-src 'none'");
		expect(SNAPSHOT_CSP).not.toMatch(/'self'|https?:|\*/);
	});
});
