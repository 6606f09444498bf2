import { importance } from './importance.ts';
import { NameTable } from './name-table.ts';
import { encodePlaceColumns, readPlaceTable, type PlaceTable } from './place-columns.ts';
import { placeIdIndex } from './place-ids.ts';
import { plainWritingCountries } from './plain-writing.ts';
import { plainPlaces, tablePlaces } from './table-place.ts';
import { UNSIZED_TOWN_PREFIX, type CompiledGazetteer, type Gazetteer, type ShapeGeometry } from './types.ts';

export { COORDINATE_SCALE } from './table-place.ts';

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

export interface DecodeOptions {
	/** places that read their fields from the table when asked (tablePlaces), for a process that geoparses a
	 * few documents; by default every place is made at once, as plain objects, the fastest to geoparse with */
	lazyPlaces?: boolean;
}

/** The gazetteer from its stored parts: the lexicon (JSON), the place table and the name table. */
export function gazetteerFromTables(lexicon: GazetteerLexicon, table: PlaceTable, names: ArrayBuffer, options: DecodeOptions = {}): Gazetteer {
	const { count, population, featureCode, kind } = table;
	const shapes: (ShapeGeometry | undefined)[] = new Array(count);
	const places = options.lazyPlaces ? tablePlaces(table, shapes) : plainPlaces(table);
	// importance() of each place (the lazy places' from the columns: no place's fields read for it)
	const importances = new Float64Array(count);
	const countryIndex = new Map<string, number>();
	// isUnsizedTown of every place, from its id's first characters (no id string made)
	const unsizedTowns = new Uint8Array(count);
	for (let i = 0; i < count; i++) {
		if (table.startsWith(table.id[i]!, UNSIZED_TOWN_PREFIX)) unsizedTowns[i] = 1;
		const place = options.lazyPlaces ? null : places[i]!;
		importances[i] = importance(place ?? { population: population[i]!, featureCode: table.string(featureCode[i]!)! });
		if ((place ? place.kind : table.string(kind[i]!)) === 'country') {
			const country = place ? place.country : table.string(table.country[i]!);
			if (country && !countryIndex.has(country)) countryIndex.set(country, i);
		}
	}

	for (const index of lexicon.knownAbroad ?? []) {
		const place = places[index];
		if (!place) continue;
		place.knownAbroad = true;
		importances[index] = importance({ population: population[index]!, featureCode: table.string(featureCode[index]!)!, knownAbroad: true });
	}
	// (flat pairs: the index as the difference from the pair before's, the count)
	const counts = lexicon.alternateNameCounts ?? [];
	for (let k = 0, index = 0; k + 1 < counts.length; k += 2) {
		index += counts[k]!;
		const place = places[index];
		if (place) place.alternateNameCount = counts[k + 1]!;
	}
	const byId = placeIdIndex(table.idSlots, (index) => table.string(table.id[index]!)!);
	// a handful of shapes, found by id (looking each place's id up among them would make every id's string)
	for (const [id, geometry] of Object.entries(lexicon.geometries)) {
		const index = byId.get(id);
		if (index === undefined) continue;
		shapes[index] = geometry;
		if (!options.lazyPlaces) places[index]!.geometry = geometry;
	}

	return {
		places,
		importance: importances,
		unsizedTowns,
		byName: new NameTable(names),
		byId,
		demonyms: new Map(Object.entries(lexicon.demonyms)),
		abbreviations: new Map(Object.entries(lexicon.abbreviations)),
		countryNames: new Map(Object.entries(lexicon.countryNames)),
		countryIndex,
		commonWords: new Map(Object.entries(lexicon.commonWords)),
		firstNames: new Set(lexicon.firstNames),
		courses: new Map(Object.entries(lexicon.courses ?? {})),
		thingCompoundsByOpener: compoundsByOpener(lexicon.thingCompounds ?? []),
		capitalWordNames: new Set(lexicon.capitalWordNames ?? []),
		maxNameWords: lexicon.maxNameWords,
		// built with the index; an index built before it has them counted here, once
		plainWritingCountries: new Set(lexicon.plainWritingCountries ?? plainWritingCountries(places)),
		sources: lexicon.sources
	};
}

/** The lexicon's two-word compounds filed by their first word ("panama hat" under "panama"): a name asks its own. */
function compoundsByOpener(compounds: readonly string[]): Map<string, Set<string>> {
	const byOpener = new Map<string, Set<string>>();
	for (const compound of compounds) {
		const space = compound.indexOf(' ');
		if (space < 0) continue;
		const opener = compound.slice(0, space);
		const words = byOpener.get(opener);
		if (words) words.add(compound.slice(space + 1));
		else byOpener.set(opener, new Set([compound.slice(space + 1)]));
	}
	return byOpener;
}
