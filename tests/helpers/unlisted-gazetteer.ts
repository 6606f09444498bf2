// A view of the loaded gazetteer without some places: their names no longer find them (the ablation of
// tests/geoparse/held-out-unlisted.ts, whose subjects stand for the places the gazetteer lacks). Only the
// name table is wrapped: the geoparser finds a place by its names, and the hidden places' other entries
// (by id, in the place list) are never reached from a name.
import type { Gazetteer } from '../../src/lib/gazetteer/types.ts';
import type { NameTable } from '../../src/lib/gazetteer/name-table.ts';
import { nameKey } from '../../src/lib/gazetteer/normalize.ts';
import { referencedIndex } from '../../src/lib/gazetteer/references.ts';
import { kilometres } from './kilometres.ts';

const HIDE_WITHIN_KM = 30;

/** The places a name as written names within 30 km of a point (the place itself and its duplicates). */
export function placesNamedNear(gazetteer: Gazetteer, name: string, point: [number, number]): number[] {
	return (gazetteer.byName.get(nameKey(name)) ?? []).map(referencedIndex).filter((index) => {
		const place = gazetteer.places[index]!;
		return kilometres([place.lat, place.lon], point) < HIDE_WITHIN_KM;
	});
}

/** The gazetteer whose names find none of the hidden place indices (under any of their names). */
export function gazetteerWithout(gazetteer: Gazetteer, hidden: ReadonlySet<number>): Gazetteer {
	const table = gazetteer.byName;
	const kept = (values: ArrayLike<number>) => Array.from(values).filter((value) => !hidden.has(referencedIndex(value)));
	const byName = {
		size: table.size,
		get: (key: string) => {
			const values = table.get(key);
			const left = values && kept(values);
			return left && left.length ? left : undefined;
		},
		has: (key: string) => byName.get(key) !== undefined,
		entryOfSpan: (hash: number, text: string, start: number, end: number) => {
			const entry = table.entryOfSpan(hash, text, start, end);
			return entry >= 0 && kept(table.valuesOf(entry)).length ? entry : -1;
		},
		valuesOf: (entry: number) => Uint32Array.from(kept(table.valuesOf(entry))),
		beginsLongerKey: (key: string) => table.beginsLongerKey(key),
		beginsLongerHash: (hash: number) => table.beginsLongerHash(hash),
		mayHoldSpacedHash: (hash: number) => table.mayHoldSpacedHash(hash),
		entries: () => table.entries()
	};
	return { ...gazetteer, byName: byName as unknown as NameTable };
}
