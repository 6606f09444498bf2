import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCuratedGeoJson, readFeatureTable } from './curated.ts';

const HEADER = 'id\tname\tkind\tfeatureCode\tcountry\tlat\tlon\timportance\talternates\tgeonameId\tnote';

function folderWith(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'gazette-curated-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
	return folder;
}

function feature(properties: Record<string, unknown>, geometry: unknown = { type: 'Point', coordinates: [46.6, 40.1] }) {
	return JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] });
}

describe('curated gazetteer data', () => {
	it('reads features with their alternate names', async () => {
		const folder = folderWith({ 'f.tsv': `# comment\n${HEADER}\ncur:x\tX Sea\twater\tSEA\t\t42\t50\t100\tX;Sea of X\t\tnote\n` });
		const [place] = await readFeatureTable(join(folder, 'f.tsv'));
		expect(place).toMatchObject({ id: 'cur:x', kind: 'water', lat: 42, lon: 50, population: 100, country: null });
		expect([...place!.names]).toEqual(['X Sea', 'X', 'Sea of X']);
	});

	it('names the row and the problem for bad table rows', async () => {
		const unknownKind = folderWith({ 'f.tsv': `${HEADER}\ncur:x\tX\tvolcano\tX\t\t1\t1\t1\t\t\tn\n` });
		await expect(readFeatureTable(join(unknownKind, 'f.tsv'))).rejects.toThrow(/row 1 \(cur:x\): unknown kind "volcano"/);
		const badLatitude = folderWith({ 'f.tsv': `${HEADER}\ncur:x\tX\tregion\tX\t\t95\t1\t1\t\t\tn\n` });
		await expect(readFeatureTable(join(badLatitude, 'f.tsv'))).rejects.toThrow(/coordinates out of range \(95, 1\)/);
		const tooManyCells = folderWith({ 'f.tsv': `${HEADER}\ncur:x\tX\tregion\tX\t\t1\t1\t1\t\t\tn\textra\n` });
		await expect(readFeatureTable(join(tooManyCells, 'f.tsv'))).rejects.toThrow(/row 2 has 12 cells, the header 11/);
	});

	it('keeps shapes of lines and polygons with a representative point inside', async () => {
		const polygon = { type: 'Polygon', coordinates: [[[46, 39], [47, 39], [47, 40], [46, 40], [46, 39]]] };
		const folder = folderWith({ 'a.geojson': feature({ id: 'cur:r', name: 'R', kind: 'region', source: 'test' }, polygon) });
		const [place] = await readCuratedGeoJson(folder);
		expect(place!.geometry?.type).toBe('Polygon');
		expect(place!.lat).toBeCloseTo(39.5, 1);
		expect(place!.lon).toBeCloseTo(46.5, 1);
	});

	it('requires an id, a name, a known kind and a source note for every curated place', async () => {
		await expect(readCuratedGeoJson(folderWith({ 'a.geojson': feature({ name: 'No id', kind: 'deposit', source: 's' }) }))).rejects.toThrow(/needs "id" and "name"/);
		await expect(readCuratedGeoJson(folderWith({ 'a.geojson': feature({ id: 'cur:d', name: 'D', kind: 'deposit' }) }))).rejects.toThrow(/needs a "source" note/);
		await expect(readCuratedGeoJson(folderWith({ 'a.geojson': feature({ id: 'cur:d', name: 'D', kind: 'mine', source: 's' }) }))).rejects.toThrow(/unknown kind "mine"/);
		await expect(readCuratedGeoJson(folderWith({ 'a.geojson': '{"type":"Feature"}' }))).rejects.toThrow(/not a FeatureCollection/);
		await expect(readCuratedGeoJson(folderWith({ 'a.geojson': '{"type":' }))).rejects.toThrow(/a\.geojson: not valid JSON/);
	});
});
