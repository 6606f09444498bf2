// Reading the per-place and per-document files of an ingest output (contracts.ts: `excerpts/<file>.json`,
// `docs/<file>.json`), for the copies that publish and export make of a view.
import { readFile } from 'node:fs/promises';

/** The file name of a data file the output names; one that already ends in .json is kept. */
export function dataFileName(file: string): string {
	// names come from an output folder: one path segment, never a way out of it
	if (!file || file === '.' || file === '..' || /[/\\\0]/.test(file)) throw new Error(`the output names a data file "${file}" that is not a plain file name`);
	return file.endsWith('.json') ? file : `${file}.json`;
}

/** A data file the output may lack (null); a damaged or unreadable one is an error, never a silent gap. */
export async function readOptionalJson<T>(path: string): Promise<T | null> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	return JSON.parse(text) as T;
}
