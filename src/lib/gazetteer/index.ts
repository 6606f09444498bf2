export type { CompiledGazetteer, Gazetteer, GazetteerPlace, ShapeGeometry } from './types.ts';
export { decodeGazetteer } from './decode.ts';
export { nameKey, isLatinName } from './normalize.ts';
export { placeById, countryName, placesNamed } from './lookup.ts';
export { NameTable, encodeNameTable } from './name-table.ts';
export { encodePlaceReference, decodePlaceReference, type PlaceReference } from './references.ts';
export { importance } from './importance.ts';
export { lookupEntries, divisionsOf, type GazetteerEntry, type LookupOptions } from './entries.ts';
