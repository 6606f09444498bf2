import { importance } from './importance.ts';
import { NameTable } from './name-table.ts';
import { encodePlaceColumns, readPlaceTable, type PlaceTable } from './place-columns.ts';
import { placeIdIndex } from './place-ids.ts';
import type { CompiledGazetteer, Gazetteer, GazetteerPlace } from './types.ts';

const COORDINATE_SCALE = 1e5;

/** Everything of the compiled index but its places (the JSON part of the stored index). */
export type GazetteerLexicon = Omit<CompiledGazetteer, 'format' | 'version' | 'places' | 'builtAt'>;

/** Turns the columnar index into look-up structures. Pure: works in Node, a browser or a worker. */
export function decodeGazetteer(compiled: CompiledGazetteer, names: ArrayBuffer): Gazetteer {
	if (compiled.format !== 'gazette-gazetteer' || compiled.version !== 1) {
		throw new Error(`not a gazette gazetteer index (format ${String(compiled.format)}, version ${String(compiled.version)})`);
	}
	// through the stored form: one way of making places, whichever way the index came
	const table = encodePlaceColumns(compiled.places);
	return gazetteerFromTables(compiled, readPlaceTable(table.buffer as ArrayBuffer, table.byteOffset, table.byteLength), names);
}

/** The gazetteer from its stored parts: the lexicon (JSON), the place table and the name table. */
export function gazetteerFromTables(lexicon: GazetteerLexicon, table: PlaceTable, names: ArrayBuffer): Gazetteer {
	const { count, strings, id: ids, name, kind, featureCode, country, admin1, admin2, lat, lon, population, geonameId } = table;
	const places: GazetteerPlace[] = new Array(count);
	const countryIndex = new Map<string, number>();
	const importances = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const place: GazetteerPlace = {
			id: strings[ids[i]!]!,
			name: strings[name[i]!]!,
			kind: strings[kind[i]!] as GazetteerPlace['kind'],
			featureCode: strings[featureCode[i]!]!,
			country: strings[country[i]!]!,
			admin1: strings[admin1[i]!]!,
			admin2: strings[admin2[i]!]!,
			lat: lat[i]! / COORDINATE_SCALE,
			lon: lon[i]! / COORDINATE_SCALE,
			population: population[i]!,
			geonameId: geonameId[i]! < 0 ? null : geonameId[i]!
		};
		places[i] = place;
		importances[i] = importance(place);
		if (place.kind === 'country' && place.country && !countryIndex.has(place.country)) countryIndex.set(place.country, i);
	}

	for (const index of lexicon.knownAbroad ?? []) if (places[index]) places[index].knownAbroad = true;
	const byId = placeIdIndex(table.idSlots, (index) => places[index]!.id);
	// a handful of shapes, found by id (looking each place's id up among them would make V8 intern every id)
	for (const [id, geometry] of Object.entries(lexicon.geometries)) {
		const index = byId.get(id);
		if (index !== undefined) places[index]!.geometry = geometry;
	}

	return {
		places,
		importance: importances,
		byName: new NameTable(names),
		byId,
		demonyms: new Map(Object.entries(lexicon.demonyms)),
		abbreviations: new Map(Object.entries(lexicon.abbreviations)),
		countryNames: new Map(Object.entries(lexicon.countryNames)),
		countryIndex,
		commonWords: new Map(Object.entries(lexicon.commonWords)),
		firstNames: new Set(lexicon.firstNames),
		maxNameWords: lexicon.maxNameWords,
		sources: lexicon.sources
	};
}

export { COORDINATE_SCALE };
