// `node --import tsx tests/bench/geoparse-profile.ts [--warm 10] [--passes 30] [--top 40] [--under NAME] [--by-self]
// [--out FILE]`: where a warm geoparser's time goes. Passes over GeoWebNews (each starting without remembered
// names, as the speed bench's do) until the code is warm, then a CPU profile (node:inspector, one sample each
// 100 µs) of further passes only: `node --cpu-prof` would also sample the gazetteer's load and the compiler's
// first passes, one-time costs that a warm pass never pays (a gazetteer-wide table built on first use showed
// as 1.4 % of such a profile). Prints each function's share of the samples, self and total
// (profile-summary.ts), largest total first (`--by-self`: largest self first); `--under judgeCandidate` breaks
// down what one function's time went to; `--out` keeps the profile for Chrome's DevTools. Best under
// `taskset -c 0`. `--stages`: each stage's share instead (profile-summary.ts stageShares: the first function the
// pipeline's own files call, with all it calls), largest first. The shares are of this process's CPU time, which other jobs on the machine stretch less
// than the wall clock.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { functionShares, PIPELINE_FILES, stageShares, type CpuProfile } from './profile-summary.ts';
import { option, warmGeoparser } from './warm-geoparser.ts';

const WARM_PASSES = Number(option('--warm') ?? 10);
const PASSES = Number(option('--passes') ?? 30);
const TOP = Number(option('--top') ?? 40);
const SAMPLE_MICROSECONDS = 100;

const { texts, passOverTexts } = await warmGeoparser(WARM_PASSES);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_MICROSECONDS });
await session.post('Profiler.start');
const cpuAtStart = process.cpuUsage();
for (let pass = 0; pass < PASSES; pass++) passOverTexts();
const cpu = process.cpuUsage(cpuAtStart);
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const out = option('--out');
if (out) writeFileSync(out, JSON.stringify(profile));
const under = option('--under');
const percent = (share: number) => (100 * share).toFixed(2).padStart(6);
console.log(`${PASSES} passes over ${texts.length} texts after ${WARM_PASSES} to warm up: ${Math.round((PASSES * texts.length) / ((cpu.user + cpu.system) / 1e6))} docs per CPU second while sampled; ${profile.samples?.length ?? 0} samples; load ${loadavg()[0]!.toFixed(1)}`);
if (process.argv.includes('--stages')) {
	for (const { name, share } of stageShares(profile as CpuProfile, PIPELINE_FILES).slice(0, TOP)) console.log(`${percent(share)}  ${name}`);
	process.exit(0);
}
console.log(`  self  total  function${under ? ` (frames under ${under})` : ''}`);
const shares = functionShares(profile as CpuProfile, under);
if (process.argv.includes('--by-self')) shares.sort((a, b) => b.self - a.self);
for (const { name, self, total } of shares.slice(0, TOP)) console.log(`${percent(self)} ${percent(total)}  ${name}`);
