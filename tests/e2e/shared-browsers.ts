// globalSetup of the browser tests: one Chromium per vitest worker for the whole run, so a spec file
// connects to a running browser instead of starting its own. A start costs little, but a browser's
// first page costs ~2.4 s more CPU than the next (the GPU process starting, the map's shader programs
// compiled in software): paid once per worker instead of once per file. Each test still gets a context
// of its own (no cache, storage or cookie is shared between tests).
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './harness.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** the browsers' endpoints, one for each worker (VITEST_POOL_ID 1… picks one) */
		chromiumEndpoints: string[];
	}
}

let servers: BrowserServer[] = [];

export async function setup(project: TestProject): Promise<void> {
	const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
	servers = await Promise.all(Array.from({ length: workers }, () => chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true })));
	project.provide('chromiumEndpoints', servers.map((server) => server.wsEndpoint()));
}

export async function teardown(): Promise<void> {
	await Promise.all(servers.map((server) => server.close()));
	servers = [];
}
