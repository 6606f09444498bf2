// Loaded with `node --import` into a bench's child process: at exit, one stderr line with the CPU
// seconds the process spent (every thread: the geoparse workers too), which the bench reads.
process.on('exit', () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`\ngazette-cpu-seconds ${((user + system) / 1e6).toFixed(2)}\n`);
});
