import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository (or installed package) root, whatever the working directory. */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

export const DEFAULT_GAZETTEER_PATH = join(PACKAGE_ROOT, 'generated', 'gazetteer.json');
export const CURATED_GAZETTEER_FOLDER = join(PACKAGE_ROOT, 'data', 'gazetteer');
export const SHARED_FOLDER = resolve(PACKAGE_ROOT, '..', 'shared');

/** The binary name table lives beside the JSON part of the gazetteer index. */
export function gazetteerNamesPath(indexPath: string): string {
	return indexPath.replace(/\.json$/, '') + '.names.bin';
}

/** The binary place table (src/lib/gazetteer/place-columns.ts) lives beside the JSON part too. */
export function gazetteerPlacesPath(indexPath: string): string {
	return indexPath.replace(/\.json$/, '') + '.places.bin';
}
