// The compiled gazetteer as stored: its places as a binary table (place-columns.ts) and the rest —
// sources, shapes, demonyms, word lists — as a small JSON document that names the table's place count.
import { gazetteerFromTables, type DecodeOptions } from './decode.ts';
import { encodePlaceColumns, PlaceTableError, readPlaceTable } from './place-columns.ts';
import type { CompiledGazetteer, Gazetteer } from './types.ts';

const STORED_VERSION = 2;

/** The JSON part on disk: the compiled index without its places, which are in the place table. */
export interface StoredGazetteer extends Omit<CompiledGazetteer, 'version' | 'places'> {
	version: typeof STORED_VERSION;
	placeCount: number;
}

/** What the build writes: the JSON part and the place table. */
export function storeGazetteer(compiled: CompiledGazetteer): { json: StoredGazetteer; places: Uint8Array } {
	const { places, ...rest } = compiled;
	return { json: { ...rest, version: STORED_VERSION, placeCount: places.id.length }, places: encodePlaceColumns(places) };
}

/**
 * The gazetteer from its stored parts (the parsed JSON, the place table's and the name table's bytes);
 * a PlaceTableError when they are not of this format or not of one build.
 */
export function decodeStoredGazetteer(json: unknown, places: ArrayBuffer, names: ArrayBuffer, options: DecodeOptions = {}): Gazetteer {
	const stored = json as Partial<StoredGazetteer> | null;
	if (stored?.format !== 'gazette-gazetteer' || stored.version !== STORED_VERSION) {
		throw new PlaceTableError(`the gazetteer index is not of this version (format ${String(stored?.format)}, version ${String(stored?.version)})`);
	}
	const table = readPlaceTable(places);
	if (table.count !== stored.placeCount) {
		throw new PlaceTableError(`the gazetteer's place table has ${table.count} places, its index ${String(stored.placeCount)}: they come from different builds`);
	}
	return gazetteerFromTables(stored as StoredGazetteer, table, names, options);
}
