// Ingest workers on the shared store for the tests, each in a process of its own (pg-worker.ts), and
// a wait for what they print. stopWorkers (after each test) kills every one still running.
import { spawn } from 'node:child_process';
import { compiledWorker } from './compiled-worker.ts';

export interface Worker {
	lines: string[];
	done: Promise<{ code: number | null; result: { geoparsed: number; parsed: number } | null }>;
	kill(): void;
}

// every worker a test starts is killed after it, whatever the test's outcome (none outlives the run)
const running = new Set<{ kill: () => void }>();

// compiled once per spec file, while dist/ is fresh (else through tsx)
const COMPILED = await compiledWorker();
const WORKER = COMPILED ? [COMPILED] : ['--import', 'tsx', new URL('./pg-worker.ts', import.meta.url).pathname];

export function startWorker(corpus: string, url: string, msPerText: number, env: Record<string, string> = {}, gate = ''): Worker {
	const child = spawn(process.execPath, [...WORKER, corpus, url, String(msPerText), gate], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ...env }
	});
	const lines: string[] = [];
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
	const done = new Promise<{ code: number | null; result: { geoparsed: number; parsed: number } | null }>((resolve) =>
		child.once('close', (code) => {
			const last = lines.at(-1);
			resolve({ code, result: last?.startsWith('{') ? JSON.parse(last) : null });
		})
	);
	const kill = () => child.kill('SIGKILL');
	running.add({ kill });
	return { lines, done, kill };
}

export async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
	const end = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

export function stopWorkers(): void {
	for (const worker of running) worker.kill();
	running.clear();
}
