// Loaded with `node --import` into a bench's child process: at exit, one stderr line with the CPU
// seconds the process spent (every thread: the geoparse workers too) and, where /proc shows threads,
// its main thread's share, which the bench reads. The rest is V8's threads (the optimising compiler,
// the garbage collector's helpers) and worker threads: CPU a worker spends beside its main thread.
import { readFileSync } from 'node:fs';

/** ` main-thread S` (utime + stime of the thread whose id is the pid, proc(5)), or '' without /proc. */
function mainThread() {
	try {
		const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ` main-thread ${((Number(fields[11]) + Number(fields[12])) / 100).toFixed(2)}`;
	} catch {
		return '';
	}
}

process.on('exit', () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`\ngazette-cpu-seconds ${((user + system) / 1e6).toFixed(2)}${mainThread()}\n`);
});
