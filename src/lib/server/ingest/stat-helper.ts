// The worker that stats the later half of a big corpus's files while the main thread stats the first
// (stamp-compare.ts): the kernel's part of a stat cannot be made cheaper, but two cores can share it.
// It is started before the corpus walk, so that it is ready when the walk ends.
import { startModuleWorker } from './geoparser.ts';
import type { StatRequest } from './stat-files.ts';

export interface StatHelper {
	/** the stamps of these files, in order */
	stat(paths: readonly string[]): Promise<{ sizes: Float64Array; mtimes: Float64Array }>;
	close(): Promise<void>;
}

/** A worker that stats files when asked (one request at a time). */
export function startStatHelper(): StatHelper {
	const worker = startModuleWorker('stat-worker');
	let failed: Error | null = null;
	let waiting: { resolve: (reply: { sizes: Float64Array; mtimes: Float64Array }) => void; reject: (error: Error) => void } | null = null;
	const fail = (error: Error) => {
		failed ??= error;
		waiting?.reject(failed);
		waiting = null;
	};
	worker.on('message', (reply: { sizes: Float64Array; mtimes: Float64Array } | { batch: -1; error: string }) => {
		if ('error' in reply) fail(new Error(`stat worker failed: ${reply.error}`));
		else {
			waiting?.resolve(reply);
			waiting = null;
		}
	});
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`stat worker exited with code ${code}`)));
	// an idle worker does not keep the process alive
	worker.unref();
	return {
		stat(paths) {
			if (failed) return Promise.reject(failed);
			if (waiting) return Promise.reject(new Error('stat worker busy'));
			return new Promise((resolve, reject) => {
				waiting = { resolve, reject };
				worker.ref();
				worker.postMessage({ paths: paths.join('\0') } satisfies StatRequest);
			}).finally(() => worker.unref()) as Promise<{ sizes: Float64Array; mtimes: Float64Array }>;
		},
		async close() {
			await worker.terminate();
		}
	};
}
