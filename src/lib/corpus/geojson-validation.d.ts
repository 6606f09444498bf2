// geojson-validation ships no types; only the calls ingest uses are declared.
declare module 'geojson-validation' {
	/** With trace = true: the list of problems (empty when valid). */
	export function isFeatureCollection(value: unknown, trace: true): string[];
	export function isFeatureCollection(value: unknown, trace?: false): boolean;
	export function isGeometryObject(value: unknown, trace: true): string[];
	export function isFeature(value: unknown, trace: true): string[];
	export function isFeature(value: unknown, trace?: false): boolean;
}
