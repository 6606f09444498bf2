import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGazetteer } from './decode.ts';
import { encodeNameTable } from './name-table.ts';
import { encodePlaceColumns, PlaceTableError, readPlaceTable, type PlaceColumns } from './place-columns.ts';
import { decodeStoredGazetteer, storeGazetteer } from './stored.ts';
import type { CompiledGazetteer } from './types.ts';

// names outside ASCII (two-byte, three-byte and a surrogate pair) and every nullable column null once
const COLUMNS: PlaceColumns = {
	id: ['cc:AZ', 'gn:587084', 'zip:99501', 'cur:nagorno', 'gn:1850147'],
	name: ['Azerbaijan', 'Baku', 'Anchorage', 'Dağlıq Qarabağ 𝔸', '東京'],
	kind: ['country', 'city', 'city', 'region', 'city'],
	featureCode: ['PCLI', 'PPLC', 'PPL', 'RGN', 'PPLC'],
	country: ['AZ', 'AZ', 'US', null, 'JP'],
	admin1: [null, '09', 'AK', null, '40'],
	admin2: [null, null, '020', null, null],
	lat: [4050000, 4037767, 6121806, 3980000, 3568950],
	lon: [4750000, 4989201, -14990028, 4670000, 13969171],
	population: [10_000_000, 1_116_513, 0, 150_000, 37_977_000],
	geonameId: [587116, 587084, null, null, 1850147]
};

const rows = (columns: PlaceColumns) =>
	Array.from({ length: columns.id.length }, (_, i) => [
		columns.id[i],
		columns.name[i],
		columns.kind[i],
		columns.featureCode[i],
		columns.country[i],
		columns.admin1[i],
		columns.admin2?.[i] ?? null,
		columns.lat[i],
		columns.lon[i],
		columns.population[i],
		columns.geonameId[i]
	]);

/** The table's rows as the columns give them (strings resolved, -1 geonameIds back to null). */
function tableRows(bytes: Uint8Array) {
	const table = readPlaceTable(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
	const text = (column: Uint32Array, i: number) => table.string(column[i]!);
	return Array.from({ length: table.count }, (_, i) => [
		text(table.id, i),
		text(table.name, i),
		text(table.kind, i),
		text(table.featureCode, i),
		text(table.country, i),
		text(table.admin1, i),
		text(table.admin2, i),
		table.lat[i],
		table.lon[i],
		table.population[i],
		table.geonameId[i]! < 0 ? null : table.geonameId[i]
	]);
}

const compiled = (places: PlaceColumns): CompiledGazetteer => ({
	format: 'gazette-gazetteer',
	version: 1,
	builtAt: '',
	sources: ['test'],
	places,
	geometries: { 'cur:nagorno': { type: 'LineString', coordinates: [[46.5, 39.8], [46.8, 39.9]] } },
	maxNameWords: 3,
	demonyms: { azerbaijani: 0 },
	abbreviations: {},
	countryNames: { AZ: 'Azerbaijan' },
	commonWords: {},
	firstNames: []
});

const names = () => {
	const table = encodeNameTable(new Map([['baku', [1]]]));
	return table.buffer.slice(table.byteOffset, table.byteOffset + table.byteLength) as ArrayBuffer;
};

describe('the place table', () => {
	it('gives back every value it was given', () => {
		expect(tableRows(encodePlaceColumns(COLUMNS))).toEqual(rows(COLUMNS));
	});

	it('keeps its layout (a changed layout needs a new VERSION: old files must be refused, not misread)', () => {
		const bytes = encodePlaceColumns(COLUMNS);
		expect(Array.from(new Uint32Array(bytes.buffer, 0, 8))).toEqual([0x47_5a_50_4c, 1, 5, 24, 141, 16, 613, 0]);
		// FNV-1a of every byte: any change of the layout or of the encoding changes it
		expect(bytes.reduce((hash, byte) => Math.imul(hash ^ byte, 0x01000193) >>> 0, 0x811c9dc5).toString(16)).toBe('5c363426');
	});

	it('gives back any columns, and finds every place by its id', () => {
		const text = fc.string({ unit: 'binary', maxLength: 6 });
		const int = fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff });
		const place = fc.record({
			id: text,
			name: text,
			featureCode: text,
			country: fc.option(text),
			admin1: fc.option(text),
			admin2: fc.option(text),
			lat: int,
			lon: int,
			population: fc.double({ noNaN: true, noDefaultInfinity: true }),
			geonameId: fc.option(fc.integer({ min: 0, max: 0x7fff_ffff }))
		});
		fc.assert(
			fc.property(fc.uniqueArray(place, { selector: (p) => p.id, maxLength: 40 }), (places) => {
				const columns: PlaceColumns = {
					id: places.map((p) => p.id),
					name: places.map((p) => p.name),
					kind: places.map(() => 'city'),
					featureCode: places.map((p) => p.featureCode),
					country: places.map((p) => p.country),
					admin1: places.map((p) => p.admin1),
					admin2: places.map((p) => p.admin2),
					lat: places.map((p) => p.lat),
					lon: places.map((p) => p.lon),
					population: places.map((p) => p.population),
					geonameId: places.map((p) => p.geonameId)
				};
				expect(tableRows(encodePlaceColumns(columns))).toEqual(rows(columns));
				const gazetteer = decodeGazetteer({ ...compiled(columns), geometries: {} }, names());
				places.forEach((p, i) => expect(gazetteer.byId.get(p.id)).toBe(i));
				// an id one character longer than the longest is none of theirs ("" and "\u0000" may both be ids)
				const longest = places.reduce((id, p) => (p.id.length > id.length ? p.id : id), '');
				expect(gazetteer.byId.get(`${longest}\u0000`)).toBeUndefined();
			})
		);
	});

	it('refuses values it cannot hold', () => {
		expect(() => encodePlaceColumns({ ...COLUMNS, lat: [1.5, 0, 0, 0, 0] })).toThrow(/place 0: lat 1.5 is not a 32-bit integer/);
		expect(() => encodePlaceColumns({ ...COLUMNS, lon: [2 ** 31, 0, 0, 0, 0] })).toThrow(/not a 32-bit integer/);
		expect(() => encodePlaceColumns({ ...COLUMNS, population: [NaN, 0, 0, 0, 0] })).toThrow(/population NaN/);
		expect(() => encodePlaceColumns({ ...COLUMNS, geonameId: [-5, null, null, null, null] })).toThrow(/negative/);
		expect(() => encodePlaceColumns({ ...COLUMNS, id: ['a', 'a', 'b', 'c', 'd'] })).toThrow(/not unique/);
	});

	it('refuses truncated, corrupt and foreign bytes with a PlaceTableError that says which', () => {
		const good = encodePlaceColumns(COLUMNS);
		const read = (bytes: Uint8Array) => () => readPlaceTable(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
		/** the bytes with the 32-bit word (or with `byte`, the byte) at `at` set to `value` */
		const changed = (at: number, value: number, byte = false) => {
			const bytes = good.slice();
			const view = new DataView(bytes.buffer);
			if (byte) view.setUint8(at, value);
			else view.setUint32(at * 4, value, true);
			return bytes;
		};
		expect(read(good.slice(0, 16))).toThrow(PlaceTableError);
		expect(read(good.slice(0, 16))).toThrow(/truncated \(16 bytes\)/);
		expect(read(good.slice(0, good.length - 8))).toThrow(/truncated or corrupt/);
		expect(read(new Uint8Array(good.length + 8))).toThrow(/wrong magic number/);
		expect(read(changed(1, 7))).toThrow(/of version 7, not 1/);
		expect(read(changed(2, 6))).toThrow(/corrupt/); // a place count the sections do not fit
		// the first string column (id) naming string 99 of 24
		const idColumn = (32 + 5 * 8 + 3 * 24) / 4;
		expect(read(changed(idColumn, 99))).toThrow(/place 0's id is string 99 of 24/);
		expect(read(changed(idColumn, 0))).toThrow(/place 0's id is string 0/);
		// an id slot naming a place past the end
		const slots = idColumn + 7 * 6;
		expect(read(changed(slots, 77))).toThrow(/id slot 0 names place 76/);
		// text that is not UTF-8
		expect(read(changed(good.length - 1, 0xff, true))).toThrow(/not UTF-8/);
	});
});

describe('the stored gazetteer', () => {
	it('loads as the compiled index it was stored from decodes', () => {
		const stored = storeGazetteer(compiled(COLUMNS));
		const json = JSON.parse(JSON.stringify(stored.json)) as unknown;
		const loaded = decodeStoredGazetteer(json, stored.places.buffer as ArrayBuffer, names());
		const direct = decodeGazetteer(compiled(COLUMNS), names());
		// a place's fields as JSON gives them (a place reads them from the table when asked)
		const plain = (place: unknown) => JSON.parse(JSON.stringify(place)) as Record<string, unknown>;
		expect(loaded.places.map(plain)).toEqual(direct.places.map(plain));
		expect(loaded.places[3]!.geometry?.type).toBe('LineString');
		expect(plain(loaded.places[1])).toEqual({ id: 'gn:587084', name: 'Baku', kind: 'city', featureCode: 'PPLC', country: 'AZ', admin1: '09', admin2: null, lat: 40.37767, lon: 49.89201, population: 1_116_513, geonameId: 587084 });
		expect(Object.keys(plain(loaded.places[3]!))).toEqual(['id', 'name', 'kind', 'featureCode', 'country', 'admin1', 'admin2', 'lat', 'lon', 'population', 'geonameId', 'geometry']);
		expect(Array.from(loaded.importance)).toEqual(Array.from(direct.importance));
		expect(loaded.byId.get('zip:99501')).toBe(2);
		expect(loaded.byId.get('gn:58708')).toBeUndefined();
		expect(loaded.countryIndex.get('AZ')).toBe(0);
		expect(loaded.byName.get('baku')).toEqual([1]);
		// places that read the table when asked give the same fields, shapes and look-ups
		const lazy = decodeStoredGazetteer(json, stored.places.buffer as ArrayBuffer, names(), { lazyPlaces: true });
		expect(lazy.places.map(plain)).toEqual(direct.places.map(plain));
		expect(lazy.places[3]!.geometry?.type).toBe('LineString');
		expect(lazy.places[1]!.admin2).toBeNull();
		expect(lazy.places[lazy.byId.get('zip:99501')!]).toBe(lazy.places[2]);
		expect(Array.from(lazy.importance)).toEqual(Array.from(direct.importance));
		expect(Array.from(loaded.unsizedTowns!)).toEqual(loaded.places.map((place) => (place.id.startsWith('zip:') ? 1 : 0)));
		expect(loaded.unsizedTowns![2]).toBe(1);
	});

	it('refuses a JSON part of another version, or a place table of another build', () => {
		const stored = storeGazetteer(compiled(COLUMNS));
		const places = stored.places.buffer as ArrayBuffer;
		expect(() => decodeStoredGazetteer({ ...stored.json, version: 1 }, places, names())).toThrow(/not of this version .*version 1/);
		expect(() => decodeStoredGazetteer(null, places, names())).toThrow(PlaceTableError);
		expect(() => decodeStoredGazetteer({ ...stored.json, placeCount: 4 }, places, names())).toThrow(/has 5 places, its index 4: they come from different builds/);
	});
});
