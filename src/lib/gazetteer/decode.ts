import { importance } from './importance.ts';
import { NameTable } from './name-table.ts';
import type { CompiledGazetteer, Gazetteer, GazetteerPlace } from './types.ts';

const COORDINATE_SCALE = 1e5;

/** Turns the stored, columnar index into look-up structures. Pure: works in Node, a browser or a worker. */
export function decodeGazetteer(compiled: CompiledGazetteer, names: ArrayBuffer): Gazetteer {
	if (compiled.format !== 'gazette-gazetteer' || compiled.version !== 1) {
		throw new Error(`not a gazette gazetteer index (format ${String(compiled.format)}, version ${String(compiled.version)})`);
	}
	const columns = compiled.places;
	const count = columns.id.length;
	const places: GazetteerPlace[] = new Array(count);
	const byId = new Map<string, number>();
	const countryIndex = new Map<string, number>();
	const importances = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const id = columns.id[i]!;
		const place: GazetteerPlace = {
			id,
			name: columns.name[i]!,
			kind: columns.kind[i]!,
			featureCode: columns.featureCode[i]!,
			country: columns.country[i] ?? null,
			admin1: columns.admin1[i] ?? null,
			admin2: columns.admin2?.[i] ?? null,
			lat: columns.lat[i]! / COORDINATE_SCALE,
			lon: columns.lon[i]! / COORDINATE_SCALE,
			population: columns.population[i]!,
			geonameId: columns.geonameId[i] ?? null
		};
		const geometry = compiled.geometries[id];
		if (geometry) place.geometry = geometry;
		places[i] = place;
		importances[i] = importance(place);
		byId.set(id, i);
		if (place.kind === 'country' && place.country && !countryIndex.has(place.country)) countryIndex.set(place.country, i);
	}

	return {
		places,
		importance: importances,
		byName: new NameTable(names),
		byId,
		demonyms: new Map(Object.entries(compiled.demonyms)),
		abbreviations: new Map(Object.entries(compiled.abbreviations)),
		countryNames: new Map(Object.entries(compiled.countryNames)),
		countryIndex,
		commonWords: new Map(Object.entries(compiled.commonWords)),
		firstNames: new Set(compiled.firstNames),
		maxNameWords: compiled.maxNameWords,
		sources: compiled.sources
	};
}

export { COORDINATE_SCALE };
