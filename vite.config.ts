import { sveltekit } from '@sveltejs/kit/vite';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const E2E = 'tests/e2e/**/*.spec.ts';

// The geoparser's and gazetteer's specs are pure and most read the whole gazetteer first (~1.5 s a file, ~270
// files): they run in one module graph per worker (isolate: false), so the gazetteer loads once per worker, not
// once per file. A spec that mocks a module or spies on a global needs a graph of its own: it stays isolated.
const PURE_SPEC_FOLDERS = ['tests/geoparse', 'tests/gazetteer', 'src/lib/geoparse'];
const MOCKS = /\bvi\.(mock|doMock|spyOn|stub\w*|useFakeTimers)\(/;
const sharedGraphSpecs = PURE_SPEC_FOLDERS.flatMap((folder) =>
	readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.spec.ts'))
		.map((file) => `${folder}/${file}`)
		.filter((path) => !MOCKS.test(readFileSync(path, 'utf8')))
);

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser tests start their own server and Chromium; keep them from fighting over 2 cores.
		fileParallelism: true,
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'], exclude: [E2E, ...sharedGraphSpecs] }
			},
			{ extends: true, test: { name: 'shared-gazetteer', include: sharedGraphSpecs, isolate: false } },
			// Chromium on a shared 2-core machine misses a poll deadline now and then: one retry, and a test
			// that fails twice fails (the guards against page errors and foreign requests run on each try).
			// A worker keeps its module graph (the server's modules and the gazetteer load once, not once per
			// file) and its Chromium (shared-browsers.ts; each test still gets a context of its own).
			{ extends: true, test: { name: 'e2e', include: [E2E], retry: 1, isolate: false, globalSetup: ['tests/e2e/shared-browsers.ts'] } }
		]
	}
});
