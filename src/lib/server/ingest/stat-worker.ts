// Worker thread: stats files for an incremental run's comparison (stamp-compare.ts), so that two
// threads share the stat calls of a big corpus (200,000 calls are ~1.3 s of one core, mostly the kernel's).
import { parentPort } from 'node:worker_threads';
import { statInto, type StatRequest } from './stat-files.ts';

const port = parentPort;
if (!port) throw new Error('stat-worker must run in a worker thread');

port.on('message', ({ paths }: StatRequest) => {
	const list = paths === '' ? [] : paths.split('\0');
	const sizes = new Float64Array(list.length);
	const mtimes = new Float64Array(list.length);
	statInto(list, sizes, mtimes);
	port.postMessage({ sizes, mtimes }, [sizes.buffer, mtimes.buffer]);
});
