// The real compiled gazetteer, loaded once per test file (it is built by `npm ci` via prepare).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { buildGazetteer, gazetteerIsStale, loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

let loading: Promise<Gazetteer> | undefined;

export function testGazetteer(): Promise<Gazetteer> {
	loading ??= (async () => {
		if (await gazetteerIsStale()) await buildGazetteer();
		return loadGazetteer();
	})();
	return loading;
}

export const SEEDS_FOLDER = join(PACKAGE_ROOT, '..', 'shared', 'seeds');
export const EVAL_FILE = join(PACKAGE_ROOT, '..', 'shared', 'eval', 'geowebnews.jsonl');

/** True where ../shared is present; otherwise says, visibly, why the tests that need it are skipped. */
export function sharedAvailable(what: string, path: string): boolean {
	if (existsSync(path)) return true;
	console.warn(`SKIPPED: ${what} needs ${path}, which is not here (a fresh clone without ../shared); CI has it.`);
	return false;
}
