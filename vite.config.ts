import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser tests start their own server and Chromium; keep them from fighting over 2 cores.
		fileParallelism: true,
		maxWorkers: 2
	}
});
