// `node --import tsx tests/bench/stage-actions.ts [--profile FILE] [--top 20] [--texts N]`: how often each stage of the
// geoparser does anything. Every exported function of src/lib/geoparse is wrapped (stage-wrap-hook.mjs) and
// tallied over GeoWebNews's texts (stage-tally.ts): the documents it ran on and those where its output differed
// from its input. With `--profile` (a CPU profile from `geoparse-profile.ts --out FILE`), the profile's costliest
// stages (profile-summary.ts stageShares) are listed with their tallies: a stage that costs much, runs on every
// text and acts on few is a candidate for a cheap gate before its scan. The wrappers slow the geoparser: costs
// come from the profile (made without them), never from this run.
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { PIPELINE_FILES, stageShares, type CpuProfile } from './profile-summary.ts';
import { beginDocument, resetTallies, stageTallies } from './stage-tally.ts';

// (before any module that reaches the geoparser is loaded: those are imported below, through the hook)
register(new URL('./stage-wrap-hook.mjs', import.meta.url));
const { geoparse } = await import('../../src/lib/geoparse/index.ts');
const { loadGazetteer } = await import('../../src/lib/server/gazetteer.ts');
const { EVAL_FILE } = await import('../helpers/gazetteer.ts');
const { option } = await import('./warm-geoparser.ts');

const TOP = Number(option('--top') ?? 20);

const texts = readFileSync(EVAL_FILE, 'utf8')
	.trim()
	.split('\n')
	.map((line) => (JSON.parse(line) as { text: string }).text)
	.slice(0, Number(option('--texts') ?? Infinity));
const gazetteer = await loadGazetteer();
// the first pass finds which functions return nothing (compared by their arguments in the second)
let started = performance.now();
for (const text of texts) {
	beginDocument();
	geoparse(text, gazetteer);
}
console.error(`first pass ${Math.round(performance.now() - started)} ms`);
started = performance.now();
resetTallies();
for (const text of texts) {
	beginDocument();
	geoparse(text, gazetteer);
}
console.error(`second pass ${Math.round(performance.now() - started)} ms`);
const tallies = new Map(stageTallies().map((tally) => [tally.name, tally]));
const row = (cells: (string | number)[]) => console.log(cells.map(String).join(' | '));
const profileFile = option('--profile');
console.log(`${texts.length} texts`);
if (profileFile) {
	const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
	row(['share %', 'stage', 'calls', 'texts run', 'texts acted', 'calls acted']);
	for (const { name, share } of stageShares(profile, PIPELINE_FILES).slice(0, TOP)) {
		// (the profile names files below src/lib; the tallies below src/lib/geoparse)
		const tally = tallies.get(name.replace(' geoparse/', ' '));
		row([(100 * share).toFixed(2), name, tally?.calls ?? '-', tally?.documents ?? '-', tally?.actedDocuments ?? '-', tally?.actedCalls ?? '-']);
	}
} else {
	row(['stage', 'calls', 'texts run', 'texts acted', 'calls acted']);
	for (const tally of [...tallies.values()].filter((t) => t.calls > 0).slice(0, TOP)) row([tally.name, tally.calls, tally.documents, tally.actedDocuments, tally.actedCalls]);
}
