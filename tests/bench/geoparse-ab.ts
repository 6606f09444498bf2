// Two versions of the geoparser in one process, pass by pass over GeoWebNews, with one gazetteer (the
// format both read): `node --import tsx tests/bench/geoparse-ab.ts OTHER_WORKTREE [SECONDS]`, best under
// `taskset -c 0`. On a machine other jobs load, two runs of the bench a minute apart differ by more
// than most changes; passes taken in turn in one process see the same load, so their ratio holds.
// The same code against itself gives 0.96-1.04 at load 13: smaller differences are not shown by it.
// `--own-gazetteers` (after the other arguments): each side loads its own gazetteer files through its own
// code, for a change of the stored format (the name table's layout), which one shared gazetteer hides: both
// sides would read it through this worktree's table code. `--many`: a side whose index.ts has geoparseMany
// takes its passes through it (all the texts in one call, as the ingest's batches), the other text by text.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Gazetteer } from '../../src/lib/gazetteer/types.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { EVAL_FILE } from '../helpers/gazetteer.ts';

const MANY = '--many';

interface Side {
	root: string;
	gazetteer: Gazetteer;
	geoparse: (text: string, gazetteer: Gazetteer) => unknown;
	geoparseMany?: (texts: string[], gazetteer: Gazetteer) => unknown;
	forget: (gazetteer: Gazetteer) => void;
	wallMs: number;
	cpuMs: number;
	passes: number;
}

async function sideOf(root: string, shared: Gazetteer | null): Promise<Side> {
	const index = (await import(join(root, 'src/lib/geoparse/index.ts'))) as Pick<Side, 'geoparse' | 'geoparseMany'>;
	const names = (await import(join(root, 'src/lib/geoparse/name-lookup.ts'))) as { forgetRememberedNames: Side['forget'] };
	const own = (await import(join(root, 'src/lib/server/gazetteer.ts'))) as { loadGazetteer: () => Promise<Gazetteer> };
	const many = process.argv.includes(MANY) ? index.geoparseMany : undefined;
	return { root, gazetteer: shared ?? (await own.loadGazetteer()), geoparse: index.geoparse, ...(many ? { geoparseMany: many } : {}), forget: names.forgetRememberedNames, wallMs: 0, cpuMs: 0, passes: 0 };
}

/** One pass over every text, starting without remembered names (as geoparse.ts's turns do). */
function pass(side: Side, texts: string[]): number {
	const { gazetteer } = side;
	side.forget(gazetteer);
	const cpuAtStart = process.cpuUsage();
	const started = performance.now();
	if (side.geoparseMany) side.geoparseMany(texts, gazetteer);
	else for (const text of texts) side.geoparse(text, gazetteer);
	const wall = performance.now() - started;
	const cpu = process.cpuUsage(cpuAtStart);
	side.wallMs += wall;
	side.cpuMs += (cpu.user + cpu.system) / 1000;
	side.passes++;
	return wall;
}

const OWN_GAZETTEERS = '--own-gazetteers';
const ownGazetteers = process.argv.includes(OWN_GAZETTEERS);
const [other, secondsArgument] = process.argv.slice(2).filter((arg) => arg !== OWN_GAZETTEERS && arg !== MANY);
if (!other) throw new Error(`usage: geoparse-ab.ts OTHER_WORKTREE [SECONDS] [${OWN_GAZETTEERS}] [${MANY}]`);
const seconds = Number(secondsArgument ?? 30);
const texts = readFileSync(EVAL_FILE, 'utf8')
	.trim()
	.split('\n')
	.map((line) => (JSON.parse(line) as { text: string }).text);
const shared = ownGazetteers ? null : await loadGazetteer();
const sides = [await sideOf(PACKAGE_ROOT, shared), await sideOf(resolve(other), shared)];
for (const side of sides) for (let round = 0; round < 3; round++) for (const text of texts) side.geoparse(text, side.gazetteer); // warm up
const ratios: number[] = [];
const started = performance.now();
for (let round = 0; performance.now() - started < seconds * 1000; round++) {
	// each goes first every other round
	const [first, second] = round % 2 ? [sides[1]!, sides[0]!] : [sides[0]!, sides[1]!];
	const firstMs = pass(first, texts);
	const secondMs = pass(second, texts);
	ratios.push(first === sides[0] ? secondMs / firstMs : firstMs / secondMs);
}
ratios.sort((a, b) => a - b);
const docsPerSecond = (side: Side, ms: number) => Math.round((side.passes * texts.length) / (ms / 1000));
for (const side of sides) console.log(`${side.root}: ${docsPerSecond(side, side.wallMs)} docs/s, ${docsPerSecond(side, side.cpuMs)} per CPU second (${side.passes} passes)`);
console.log(`this worktree${sides[0]!.geoparseMany ? ' (geoparseMany)' : ''} against the other${sides[1]!.geoparseMany ? ' (geoparseMany)' : ''}${ownGazetteers ? ' (each its own gazetteer)' : ''}: ${(sides[1]!.wallMs / sides[0]!.wallMs).toFixed(3)}x wall, ${(sides[1]!.cpuMs / sides[0]!.cpuMs).toFixed(3)}x CPU, median pass pair ${ratios[ratios.length >> 1]!.toFixed(3)}x; load ${loadavg()[0]!.toFixed(1)}`);
