// Worker threads running a module of this folder: compiled (dist/, where these modules are JavaScript)
// as it is, else its TypeScript through tsx, as the main thread runs it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** URL of tsx's ESM register API (its CommonJS build cannot register hooks from a worker). */
function tsxEsmApi(): string {
	const require = createRequire(import.meta.url);
	const manifestPath = require.resolve('tsx/package.json');
	const manifest = require('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
	return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api']!.import.default)).href;
}

/** A worker thread running `script` (a module of this folder) through tsx, like the main thread. */
export function startTsxWorker(script: URL, workerData?: unknown): Worker {
	// Workers do not inherit tsx's loader hooks from the main thread, so register them first.
	const tsxApi = tsxEsmApi();
	const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); }).catch((error) => { require('node:worker_threads').parentPort.postMessage({ batch: -1, error: String(error && error.stack || error) }); });`;
	return new Worker(bootstrap, { eval: true, workerData });
}

/** A worker thread running the module `name` of this folder: compiled (dist/, where this module is
 * JavaScript) as it is, else its TypeScript through tsx. */
export function startModuleWorker(name: string, workerData?: unknown): Worker {
	return import.meta.url.endsWith('.js') ? new Worker(new URL(`./${name}.js`, import.meta.url), { workerData }) : startTsxWorker(new URL(`./${name}.ts`, import.meta.url), workerData);
}
