// `gazette publish`: a static explorer with only the view's data, written aside and swapped in; it
// replaces only a folder it wrote itself, and every refusal is one line with nothing written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentFull, DocumentSummary, PlaceExcerpts, PlacesCollection } from '../../src/lib/contracts.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');
const scratch = mkdtempSync(join(tmpdir(), 'gazette-publish-'));
// A copy of its own: publish and export hold the output's lock while they read it, so a spec file running
// beside this one on the shared fixture would make these runs wait (and print that they wait).
const fixtureCopy = mkdtempSync(join(tmpdir(), 'gazette-publish-fixture-'));
const FIXTURE_OUTPUT = join(fixtureCopy, 'explorer-output');
cpSync(join(PACKAGE_ROOT, 'tests', 'fixtures', 'explorer-output'), FIXTURE_OUTPUT, { recursive: true });
afterAll(() => [scratch, fixtureCopy].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function gazette(args: string[]) {
	const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: scratch });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectRefusal(result: ReturnType<typeof gazette>, message: RegExp, status = 2): void {
	expect(result.status, result.stderr).toBe(status);
	expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
	expect(result.stderr).toMatch(message);
	expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
/** Everything beside `folder` in its parent: no half-written or left-over folders. */
const siblings = (folder: string) => readdirSync(join(folder, '..')).sort();

describe('gazette publish', () => {
	const site = join(scratch, 'site');

	it('writes the app and only the filtered view: places, documents, excerpts and texts of that view', () => {
		const result = gazette(['publish', site, '--out', FIXTURE_OUTPUT, '--topic', 'mining']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/published \d+ places? and \d+ documents? to /);
		for (const page of ['index.html', 'embed.html', 'doc.html']) expect(readFileSync(join(site, page), 'utf8')).toContain('<meta name="gazette-published"');
		expect(readdirSync(join(site, '_app')).length).toBeGreaterThan(0);
		expect(readdirSync(site).some((name) => /\.(br|gz)$/.test(name))).toBe(false);

		const places = readJson<PlacesCollection>(join(site, 'data', 'places.geojson')).features;
		const all = readJson<PlacesCollection>(join(FIXTURE_OUTPUT, 'places.geojson')).features;
		expect(places.length).toBeGreaterThan(1);
		expect(places.length).toBeLessThan(all.length);
		for (const place of places) expect(place.properties.topics).toContain('mining');
		const documents = readJson<DocumentSummary[]>(join(site, 'data', 'documents.json'));
		const kept = new Set(documents.map((d) => d.id));
		for (const doc of documents) expect(doc.topics.map((t) => t.topic)).toContain('mining');
		expect(readdirSync(join(site, 'data', 'docs')).sort()).toEqual(documents.map((d) => `${d.file}.json`).sort());
		const placeIds = new Set(places.map((p) => p.properties.id));
		for (const doc of documents) {
			const full = readJson<DocumentFull>(join(site, 'data', 'docs', `${doc.file}.json`));
			expect(full.path).toBe('');
			for (const mention of full.mentions) expect(placeIds.has(mention.placeId)).toBe(true);
		}
		expect(readdirSync(join(site, 'data', 'excerpts'))).toHaveLength(places.length);
		for (const place of places) {
			const excerpts = readJson<PlaceExcerpts>(join(site, 'data', 'excerpts', `${place.properties.excerptsFile}.json`));
			expect(excerpts.groups.length).toBeGreaterThan(0);
			for (const group of excerpts.groups) expect(kept.has(group.documentId)).toBe(true);
		}
		// the manifest names the corpus, never a path of this machine
		expect(readJson<{ corpus: string }>(join(site, 'data', 'manifest.json')).corpus).toBe('explorer-corpus');
		expect(siblings(site)).toEqual(['site']);
	});

	it('replaces a folder it wrote, and nothing else is left beside it', () => {
		const result = gazette(['publish', site, '--out', FIXTURE_OUTPUT]);
		expect(result.status, result.stderr).toBe(0);
		const all = readJson<PlacesCollection>(join(FIXTURE_OUTPUT, 'places.geojson')).features;
		expect(readJson<PlacesCollection>(join(site, 'data', 'places.geojson')).features).toHaveLength(all.length);
		expect(siblings(site)).toEqual(['site']);
	});

	it('leaves the earlier bundle as it was when publishing fails', () => {
		const broken = join(scratch, 'broken-output');
		cpSync(FIXTURE_OUTPUT, broken, { recursive: true });
		const excerpts = readdirSync(join(broken, 'excerpts'));
		writeFileSync(join(broken, 'excerpts', excerpts[excerpts.length - 1]!), '{"placeId": ');
		const before = readFileSync(join(site, 'data', 'places.geojson'), 'utf8');
		const result = gazette(['publish', site, '--out', broken]);
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
		expect(result.stderr).toMatch(/holds a damaged file/);
		expect(readFileSync(join(site, 'data', 'places.geojson'), 'utf8')).toBe(before);
		expect(siblings(site)).toEqual(['broken-output', 'site']);
		rmSync(broken, { recursive: true });
	});

	it('refuses a folder holding a file it did not write, and a folder it did not write', () => {
		writeFileSync(join(site, 'notes.txt'), 'mine');
		expectRefusal(gazette(['publish', site, '--out', FIXTURE_OUTPUT]), /refusing to replace .*site: it holds files gazette publish did not write \(notes\.txt\)/);
		expect(readFileSync(join(site, 'notes.txt'), 'utf8')).toBe('mine');
		const other = join(scratch, 'other');
		mkdirSync(other);
		writeFileSync(join(other, 'index.html'), '<p>my page</p>');
		expectRefusal(gazette(['publish', other, '--out', FIXTURE_OUTPUT]), /refusing to replace .*other: it is not empty and was not written by gazette publish/);
		expect(readFileSync(join(other, 'index.html'), 'utf8')).toBe('<p>my page</p>');
	});

	it('refuses a file, a missing parent folder, a folder inside the output, and bad filters, writing nothing', () => {
		writeFileSync(join(scratch, 'file'), 'x');
		expectRefusal(gazette(['publish', join(scratch, 'file'), '--out', FIXTURE_OUTPUT]), /is a file, not a folder/);
		expectRefusal(gazette(['publish', join(scratch, 'no', 'such'), '--out', FIXTURE_OUTPUT]), /the folder .*no does not exist/);
		expectRefusal(gazette(['publish', join(FIXTURE_OUTPUT, 'site'), '--out', FIXTURE_OUTPUT]), /must not contain each other/);
		expect(existsSync(join(FIXTURE_OUTPUT, 'site'))).toBe(false);
		expectRefusal(gazette(['publish', '--out', FIXTURE_OUTPUT]), /give the folder to write/);
		expectRefusal(gazette(['publish', join(scratch, 'new'), '--out', FIXTURE_OUTPUT, '--topic', 'nope']), /unknown --topic "nope"/);
		expectRefusal(gazette(['publish', join(scratch, 'new'), '--out', FIXTURE_OUTPUT, '--from', '2024-05', '--to', '2024-04']), /--from 2024-05 is after --to 2024-04/);
		expect(existsSync(join(scratch, 'new'))).toBe(false);
	});
});
