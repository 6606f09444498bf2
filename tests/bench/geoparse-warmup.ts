// `node [V8 FLAGS] --import tsx tests/bench/geoparse-warmup.ts [--texts 8000] [--step 1000]`: what a fresh
// process's geoparser costs before its code is warm — what every shared-store ingest worker pays once, so
// two workers pay twice what one does. Loads the gazetteer, then geoparses bench:scale's documents
// (made in memory from ../shared/eval, as scale-corpus.ts writes them) one after another, as a worker's
// claims do, and prints per step of texts the CPU seconds of every thread, of the main thread, and the
// rest (V8's optimising compiler and the garbage collector's helpers: with one worker they run on the
// otherwise idle second core, with two on the cores the other worker needs), then each step's excess
// over the last steps' (the warm code's cost). Best under `taskset -c 0`; flags given to node (e.g.
// --interrupt-budget=…) show in the first line, so two runs compare them.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { extractDocument } from '../../src/lib/read/extract.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { scaleDocument, sourceTexts } from './scale-corpus.ts';

const option = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const TEXTS = option('--texts', 8000);
const STEP = option('--step', 1000);

/** CPU seconds of the whole process and of its main thread (proc(5): utime + stime of the thread whose id is the pid). */
function cpuNow(): { all: number; main: number } {
	const { user, system } = process.cpuUsage();
	const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return { all: (user + system) / 1e6, main: (Number(fields[11]) + Number(fields[12])) / 100 };
}

const sources = sourceTexts();
if (sources.length < 2) throw new Error('geoparse-warmup needs the texts in ../shared/eval');
if (TEXTS < 3 * STEP) throw new Error('--texts: at least three steps (the last two are the warm code)');
const texts = Array.from({ length: Math.floor(TEXTS / STEP) * STEP }, (_, i) => extractDocument(scaleDocument(i, sources), 'text', {}).text);
const gazetteer = await loadGazetteer();
const steps: { all: number; main: number }[] = [];
let last = cpuNow();
for (let i = 0; i < texts.length; i++) {
	geoparse(texts[i]!, gazetteer);
	if ((i + 1) % STEP === 0) {
		const now = cpuNow();
		steps.push({ all: now.all - last.all, main: now.main - last.main });
		last = now;
	}
}
// the warm code's cost: the mean of the last two steps
const warm = steps.slice(-2);
const warmAll = warm.reduce((sum, s) => sum + s.all, 0) / warm.length;
const warmMain = warm.reduce((sum, s) => sum + s.main, 0) / warm.length;
const f = (n: number) => n.toFixed(2);
const flags = process.execArgv.filter((a, i, all) => !a.includes('tsx') && !(a === '--import' && all[i + 1]?.includes('tsx')));
console.log(`node ${flags.join(' ') || '(no flags)'}, load ${loadavg()[0]!.toFixed(1)}: CPU s per ${STEP} texts, all threads / main thread / beside it`);
steps.forEach((s, i) => console.log(`  texts ${i * STEP + 1}–${(i + 1) * STEP}: ${f(s.all)} / ${f(s.main)} / ${f(s.all - s.main)}`));
const excess = steps.reduce((sum, s) => ({ all: sum.all + Math.max(0, s.all - warmAll), main: sum.main + Math.max(0, s.main - warmMain) }), { all: 0, main: 0 });
console.log(`warm-up (each step's excess over the warm code's ${f(warmAll)} / ${f(warmMain)}): ${f(excess.all)} CPU s, ${f(excess.main)} on the main thread, ${f(excess.all - excess.main)} beside it`);
