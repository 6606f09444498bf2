// Dumps the geoparser's whole output on every text in ../shared (GeoWebNews, Hu2014, Ju2016 with its
// gold spans, the BBC set, the seeds) as JSON lines, so a speed change can be diffed against main:
// `node --import tsx tests/bench/geoparse-output.ts OUT.jsonl` here and in an old worktree, then `cmp`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoparse, type GeoparseOptions } from '../../src/lib/geoparse/index.ts';
import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { SEEDS_FOLDER, EVAL_FILE } from '../helpers/gazetteer.ts';

interface Line {
	id?: string;
	text: string;
	toponyms?: { start: number; end: number }[];
}

const out = process.argv[2];
if (!out) throw new Error('usage: geoparse-output.ts OUT.jsonl');
const evalFolder = join(EVAL_FILE, '..');
const readLines = (file: string): Line[] =>
	readFileSync(join(evalFolder, file), 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as Line);
const seeds: Line[] = readdirSync(SEEDS_FOLDER)
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => ({ id: name, text: readFileSync(join(SEEDS_FOLDER, name), 'utf8') }));

const gazetteer = await loadGazetteer();
const lines: string[] = [];
const dump = (set: string, docs: Line[], options: (doc: Line) => GeoparseOptions) => {
	docs.forEach((doc, i) => lines.push(JSON.stringify({ set, id: doc.id ?? i, toponyms: geoparse(doc.text, gazetteer, options(doc)) })));
};
const started = performance.now();
dump('geowebnews', readLines('geowebnews.jsonl'), () => ({}));
dump('geowebnews-alternatives', readLines('geowebnews.jsonl'), () => ({ alternatives: 3, includeEmbedded: false }));
dump('hu2014', readLines('hu2014.jsonl'), () => ({ alternatives: 2 }));
dump('ju2016', readLines('ju2016.jsonl'), (doc) => ({ spans: doc.toponyms ?? [] }));
dump('bbc', readLines('bbc-topics.jsonl'), () => ({}));
dump('seeds', seeds, () => ({ alternatives: 3 }));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${out}`);
