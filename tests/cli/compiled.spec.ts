// The compiled CLI (dist/, tools/build-cli.mjs): run only while it matches the TypeScript, and then
// answering as the TypeScript does, its geoparse worker included.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceFiles, sourceStamp, STAMP_FILE } from '../../bin/cli-source.js';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { workerGeoparser } from '../../src/lib/server/ingest/geoparser.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');
const distStamp = join(PACKAGE_ROOT, 'dist', STAMP_FILE);
const current = existsSync(distStamp) && readFileSync(distStamp, 'utf8') === sourceStamp(PACKAGE_ROOT);
if (!current) console.warn('compiled.spec: dist/ is missing or older than src/ (run `npm run build`): the compiled CLI is not compared');

const gazette = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: '/', timeout: 60_000, env: { ...process.env, ...env } });

describe('the compiled CLI', () => {
	it('is stamped with its sources: an edit, a new module or a removed one makes it stale', () => {
		const root = mkdtempSync(join(tmpdir(), 'gazette-stamp-'));
		try {
			for (const folder of ['src/cli', 'src/lib/server', 'src/snapshot']) mkdirSync(join(root, folder), { recursive: true });
			writeFileSync(join(root, 'src/cli/main.ts'), 'export {};\n');
			writeFileSync(join(root, 'src/lib/server/a.ts'), 'export {};\n');
			writeFileSync(join(root, 'src/lib/server/a.spec.ts'), 'export {};\n');
			expect(sourceFiles(join(root, 'src/lib'), root)).toEqual(['src/lib/server/a.ts']);
			const first = sourceStamp(root);
			expect(sourceStamp(root)).toBe(first);
			// a test is not compiled: it leaves the stamp as it was
			writeFileSync(join(root, 'src/lib/server/a.spec.ts'), 'export const changed = 1;\n');
			expect(sourceStamp(root)).toBe(first);
			utimesSync(join(root, 'src/cli/main.ts'), new Date(), new Date(Date.now() + 5_000));
			const edited = sourceStamp(root);
			expect(edited).not.toBe(first);
			writeFileSync(join(root, 'src/lib/server/b.ts'), 'export {};\n');
			const added = sourceStamp(root);
			expect(added).not.toBe(edited);
			rmSync(join(root, 'src/lib/server/b.ts'));
			expect(sourceStamp(root)).toBe(edited);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it.skipIf(!current)('answers as the TypeScript does', async () => {
		await testGazetteer();
		const text = 'Flooding closed roads between Cedar Rapids, Iowa and Springfield, Illinois.';
		const folder = mkdtempSync(join(tmpdir(), 'gazette-compiled-'));
		const file = join(folder, 'flood.txt');
		writeFileSync(file, text);
		const compiled = gazette(['geoparse', file]);
		const typescript = gazette(['geoparse', file], { GAZETTE_TSX: '1' });
		rmSync(folder, { recursive: true, force: true });
		expect(compiled.stderr).toBe('');
		expect(compiled.status).toBe(0);
		expect(compiled.stdout).toContain('Springfield');
		expect(compiled.stdout).toBe(typescript.stdout);
		expect(gazette(['--version']).stdout).toBe(gazette(['--version'], { GAZETTE_TSX: '1' }).stdout);
	}, 120_000);

	it.skipIf(!current)('runs its geoparse worker compiled', async () => {
		await testGazetteer();
		const compiledModule = (await import(pathToFileURL(join(PACKAGE_ROOT, 'dist/lib/server/ingest/geoparser.js')).href)) as { workerGeoparser: typeof workerGeoparser };
		const texts = ['The mayor of Springfield, Illinois spoke in Chicago.'];
		const [compiled, typescript] = [compiledModule.workerGeoparser([]), workerGeoparser([])];
		try {
			const [fromCompiled, fromTypescript] = await Promise.all([compiled.parse(texts), typescript.parse(texts)]);
			expect(fromCompiled.toponyms[0]!.length).toBeGreaterThan(0);
			expect(fromCompiled).toEqual(fromTypescript);
		} finally {
			await Promise.all([compiled.close(), typescript.close()]);
		}
	}, 120_000);
});
