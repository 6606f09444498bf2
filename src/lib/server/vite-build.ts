// Builds one of the package's Vite configs on first use (a fresh clone). SvelteKit's plugin reads
// svelte.config.js from the working directory, so the build runs from the package root whatever
// folder the user started `gazette` in.
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.ts';

export async function buildFromPackageRoot(configName: string): Promise<void> {
	const { build } = await import('vite');
	const startedIn = process.cwd();
	process.chdir(PACKAGE_ROOT);
	try {
		await build({ root: PACKAGE_ROOT, configFile: join(PACKAGE_ROOT, configName), logLevel: 'warn', mode: 'production' });
	} finally {
		process.chdir(startedIn);
	}
}
