// The gazetteer index on disk: written as three files, each renamed into place, and loaded back; a
// truncated, corrupt, foreign or missing file is one clear CLI error that says how to fix it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadGazetteerForCli } from '../../src/cli/gazetteer.ts';
import { CliError } from '../../src/cli/errors.ts';
import type { CompiledGazetteer } from '../../src/lib/gazetteer/index.ts';
import { encodePlaceReference } from '../../src/lib/gazetteer/index.ts';
import { gazetteerIsStale, loadGazetteer, writeGazetteerIndex } from '../../src/lib/server/gazetteer.ts';
import { gazetteerNamesPath, gazetteerPlacesPath } from '../../src/lib/server/paths.ts';

const COMPILED: CompiledGazetteer = {
	format: 'gazette-gazetteer',
	version: 1,
	builtAt: '',
	sources: ['test'],
	places: {
		id: ['cc:AZ', 'gn:587084'],
		name: ['Azerbaijan', 'Baku'],
		kind: ['country', 'city'],
		featureCode: ['PCLI', 'PPLC'],
		country: ['AZ', 'AZ'],
		admin1: [null, '09'],
		admin2: [null, null],
		lat: [4050000, 4037767],
		lon: [4750000, 4989201],
		population: [10_000_000, 1_116_513],
		geonameId: [587116, 587084]
	},
	geometries: {},
	maxNameWords: 1,
	demonyms: { azerbaijani: 0 },
	abbreviations: {},
	countryNames: { AZ: 'Azerbaijan' },
	commonWords: {},
	firstNames: []
};
const NAMES = new Map([
	['baku', [encodePlaceReference(1, false)]],
	['azerbaijan', [encodePlaceReference(0, false)]]
]);

let folder: string;
let path: string;
beforeEach(async () => {
	folder = mkdtempSync(join(tmpdir(), 'gazette-index-'));
	path = join(folder, 'gazetteer.json');
	await writeGazetteerIndex(path, COMPILED, NAMES);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The CLI's error for the index at `path`, or null when it loads. */
const cliError = () =>
	loadGazetteerForCli(path).then(
		() => null,
		(error: unknown) => {
			expect(error).toBeInstanceOf(CliError);
			return (error as Error).message;
		}
	);

describe('the stored gazetteer index', () => {
	it('is three files, none left half-written, that load back', async () => {
		expect(readdirSync(folder).sort()).toEqual(['gazetteer.json', 'gazetteer.names.bin', 'gazetteer.places.bin']);
		const gazetteer = await loadGazetteer(path);
		expect(gazetteer.places.map((p) => [p.id, p.name, p.lat, p.lon])).toEqual([
			['cc:AZ', 'Azerbaijan', 40.5, 47.5],
			['gn:587084', 'Baku', 40.37767, 49.89201]
		]);
		expect(gazetteer.byId.get('gn:587084')).toBe(1);
		expect(gazetteer.byName.get('baku')).toEqual([encodePlaceReference(1, false)]);
		expect(await cliError()).toBeNull();
	});

	it('carries the countries that write their names without accents as the build counted them, read at load, not counted again', async () => {
		// two places are too few to count a country: the table is what the build wrote
		await writeGazetteerIndex(path, { ...COMPILED, plainWritingCountries: ['AZ'] }, NAMES);
		expect(JSON.parse(readFileSync(path, 'utf8')).plainWritingCountries).toEqual(['AZ']);
		expect([...(await loadGazetteer(path)).plainWritingCountries]).toEqual(['AZ']);
		// an index built before the table has them counted at load
		await writeGazetteerIndex(path, COMPILED, NAMES);
		expect([...(await loadGazetteer(path)).plainWritingCountries]).toEqual([]);
	});

	it('a truncated place table is a CLI error that says so and how to fix it', async () => {
		truncateSync(gazetteerPlacesPath(path), 100);
		expect(await cliError()).toMatch(/^the gazetteer index is unreadable \(the gazetteer's place table is truncated or corrupt \(100 bytes, its header says \d+.*\): run `npx gazette build-gazetteer`$/);
		truncateSync(gazetteerPlacesPath(path), 0);
		expect(await cliError()).toMatch(/place table is truncated \(0 bytes\)/);
	});

	it('a corrupt or foreign file is a CLI error too', async () => {
		const places = readFileSync(gazetteerPlacesPath(path));
		writeFileSync(gazetteerPlacesPath(path), Buffer.alloc(places.length));
		expect(await cliError()).toMatch(/not a place table \(wrong magic number\).*build-gazetteer/);
		writeFileSync(gazetteerPlacesPath(path), places);
		writeFileSync(path, '{"format":"gazette-gazetteer",');
		expect(await cliError()).toMatch(/is not JSON/);
		// an index of the JSON-only format before the place table (version 1) beside a place table
		writeFileSync(path, JSON.stringify(COMPILED));
		expect(await cliError()).toMatch(/not of this version \(format gazette-gazetteer, version 1\)/);
	});

	it('an index built before the place table (all JSON) still loads, and reads as stale', async () => {
		const built = (await loadGazetteer(path)).places;
		writeFileSync(path, JSON.stringify(COMPILED));
		rmSync(gazetteerPlacesPath(path));
		expect((await loadGazetteer(path)).places).toEqual(built);
		expect(await gazetteerIsStale(path)).toBe(true);
		// without its places it is no index
		writeFileSync(path, JSON.stringify({ ...COMPILED, places: undefined }));
		expect(await cliError()).toMatch(/^no gazetteer index at/);
	});

	it('a truncated or foreign name table is a CLI error too', async () => {
		const names = readFileSync(gazetteerNamesPath(path));
		truncateSync(gazetteerNamesPath(path), 40);
		expect(await cliError()).toMatch(/index at .* is truncated or corrupt \(.*\)\): run `npx gazette build-gazetteer`$/);
		writeFileSync(gazetteerNamesPath(path), Buffer.alloc(names.length));
		expect(await cliError()).toMatch(/truncated or corrupt \(not a gazette name table\)/);
	});

	it('a missing file says to build the index', async () => {
		rmSync(gazetteerNamesPath(path));
		expect(await cliError()).toBe(`no gazetteer index at ${path}: run \`npx gazette build-gazetteer\``);
	});

	it('a build that cannot encode writes nothing and leaves the previous index', async () => {
		const before = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
		await expect(writeGazetteerIndex(path, { ...COMPILED, places: { ...COMPILED.places, lat: [1.5, 0] } }, NAMES)).rejects.toThrow(/not a 32-bit integer/);
		expect(readdirSync(folder).sort()).toEqual(['gazetteer.json', 'gazetteer.names.bin', 'gazetteer.places.bin']);
		expect(readdirSync(folder).map((name) => readFileSync(join(folder, name)))).toEqual(before);
	});
});
