import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_ROOT } from './paths.ts';

const seen: { cwd: string; configFile: string }[] = [];
vi.mock('vite', () => ({
	build: async (options: { configFile: string }) => {
		seen.push({ cwd: process.cwd(), configFile: options.configFile });
	}
}));

const { buildFromPackageRoot } = await import('./vite-build.ts');

describe('buildFromPackageRoot', () => {
	const startedIn = process.cwd();
	afterEach(() => process.chdir(startedIn));

	it('builds from the package root when started in another folder, then goes back', async () => {
		const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'gazette-cwd-')));
		process.chdir(elsewhere);
		await buildFromPackageRoot('vite.config.ts');
		expect(seen.at(-1)).toEqual({ cwd: realpathSync(PACKAGE_ROOT), configFile: join(PACKAGE_ROOT, 'vite.config.ts') });
		expect(process.cwd()).toBe(elsewhere);
	});
});
