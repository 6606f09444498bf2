import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

const E2E = 'tests/e2e/**/*.spec.ts';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser tests start their own server and Chromium; keep them from fighting over 2 cores.
		fileParallelism: true,
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'], exclude: [E2E] } },
			// Chromium on a shared 2-core machine misses a poll deadline now and then: one retry, and a test
			// that fails twice fails (the guards against page errors and foreign requests run on each try)
			{ extends: true, test: { name: 'e2e', include: [E2E], retry: 1 } }
		]
	}
});
