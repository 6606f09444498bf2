// Loaded with `node --import` into a bench's child process: at exit, one stderr line with the CPU
// seconds the process spent (every thread: the geoparse workers too) and, where /proc shows threads,
// its main thread's share, which the bench reads. The rest is V8's threads (the optimising compiler,
// the garbage collector's helpers) and worker threads: CPU a worker spends beside its main thread.
// Then the kernel's share of the total and the minor page faults: on this virtual machine a page the
// host no longer backs costs several times a warm one, so a run's kernel seconds per fault show
// whether it met cold memory. Last the main thread's garbage-collection pauses (seconds, and how
// many of them were young-generation scavenges): what a larger young generation would save.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const pauses = { seconds: 0, scavenges: 0, all: 0 };
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) {
		pauses.seconds += entry.duration / 1000;
		pauses.all++;
		if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) pauses.scavenges++;
	}
}).observe({ entryTypes: ['gc'] });

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
	const { userCPUTime: user, systemCPUTime: system, minorPageFault } = process.resourceUsage();
	process.stderr.write(`\ngazette-cpu-seconds ${((user + system) / 1e6).toFixed(2)}${mainThread()} sys ${(system / 1e6).toFixed(2)} faults ${minorPageFault} gc-pauses ${pauses.seconds.toFixed(2)} gcs ${pauses.all} scavenges ${pauses.scavenges}\n`);
});
