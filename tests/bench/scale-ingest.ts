// One ingest in its own process, so bench:scale can read its peak RSS (worker threads included).
import { runIngest } from '../../src/lib/server/ingest/index.ts';

const [corpusDir, outDir] = process.argv.slice(2);
const started = performance.now();
const summary = await runIngest({ corpusDir: corpusDir!, outDir: outDir! });
process.stdout.write(
	JSON.stringify({
		seconds: (performance.now() - started) / 1000,
		// worker threads included: on a loaded machine the wall time is stretched, the CPU time much less
		cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
		documents: summary.documents,
		geoparsed: summary.geoparsed,
		maxRssMB: process.resourceUsage().maxRSS / 1024
	}) + '\n'
);
