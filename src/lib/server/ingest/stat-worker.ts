// Worker thread: stats the files an incremental run compares (stat-files.ts), batch by batch as the
// corpus walk lists them. Each batch is the files' real paths joined by NUL; the reply is their sizes
// and modification times (NaN: no stamp), in the same order. Imports nothing but Node's own modules:
// it starts while the walk runs.
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('stat-worker must run in a worker thread');
port.on('message', (paths: string) => {
	const list = paths.split('\0');
	const sizes = new Float64Array(list.length).fill(NaN);
	const mtimes = new Float64Array(list.length).fill(NaN);
	for (let i = 0; i < list.length; i++) {
		try {
			const info = statSync(list[i]!, { throwIfNoEntry: false });
			if (info) {
				sizes[i] = info.size;
				mtimes[i] = info.mtimeMs;
			}
		} catch {
			// no stamp: reads as changed
		}
	}
	port.postMessage({ sizes, mtimes }, [sizes.buffer, mtimes.buffer]);
});
