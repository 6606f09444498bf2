// The geoparser fingerprint keys every cached geoparse result (the output folder's cache, the shared
// store's `geoparsed` rows), and with the ingest code's it says whether a run has anything to do: a
// change to any module that shapes those results must change them.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEOPARSER_SOURCES, INGEST_SOURCES, sourcesStamp } from '../../src/lib/server/ingest/cache.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';

/** Relative modules a file loads at run time (type-only imports load nothing). */
function runtimeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found: string[] = [];
	for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+\.ts)'|import\('(\.[^']+\.ts)'\)/g))
		found.push(resolve(dirname(file), (match[1] ?? match[2])!));
	return found;
}

function moduleGraph(entries: string[]): string[] {
	const seen = new Set<string>();
	const stack = entries.map((entry) => join(PACKAGE_ROOT, entry));
	while (stack.length > 0) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		stack.push(...runtimeImports(file));
	}
	return [...seen].map((file) => relative(PACKAGE_ROOT, file).split(sep).join('/'));
}

const uncovered = (modules: string[], sources: string[]) => modules.filter((module) => !sources.some((source) => module === source || module.startsWith(`${source}/`)));

describe('ingest fingerprints', () => {
	it('the geoparser fingerprint covers every module the geoparse worker and the compacting of its output load', () => {
		const modules = moduleGraph(['src/lib/server/ingest/geoparse-worker.ts', 'src/lib/server/ingest/compact.ts']);
		expect(modules.length).toBeGreaterThan(20);
		expect(uncovered(modules, GEOPARSER_SOURCES)).toEqual([]);
	});

	it('the geoparser and ingest code fingerprints together cover every module ingest loads', () => {
		const modules = moduleGraph(['src/lib/server/ingest/index.ts']);
		expect(modules).toContain('src/lib/topics/assign.ts');
		expect(uncovered(modules, [...GEOPARSER_SOURCES, ...INGEST_SOURCES])).toEqual([]);
	});

	it('changes when the code compacting the geoparse output changes', async () => {
		// on a copy of the file: touching the checkout's own would change the fingerprint of every other
		// spec running meanwhile (two workers of one run would work out different runs)
		const root = mkdtempSync(join(tmpdir(), 'gazette-fingerprint-'));
		try {
			const file = join(root, 'src/lib/server/ingest/compact.ts');
			mkdirSync(dirname(file), { recursive: true });
			copyFileSync(join(PACKAGE_ROOT, 'src/lib/server/ingest/compact.ts'), file);
			const before = await sourcesStamp(root, GEOPARSER_SOURCES);
			const { atime, mtime } = statSync(file);
			utimesSync(file, atime, new Date(mtime.getTime() + 5000));
			expect(await sourcesStamp(root, GEOPARSER_SOURCES)).not.toBe(before);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
