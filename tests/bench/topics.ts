// Topic discovery at scale: 200,000 documents built from the BBC evaluation texts (never copied into
// the repo: each generated document mixes most sentences of one article with two of another of the
// same section), discovered (fit on a sample) and all assigned. The peer in the same run is one plain
// pass of the tokenizer over every text, the floor any tf-idf method pays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { discoverTopics } from '../../src/lib/topics/discover.ts';
import { normalizedMutualInformation } from '../../src/lib/topics/nmi.ts';
import { seededRandom } from '../../src/lib/topics/random.ts';
import { taxonomyFromModel } from '../../src/lib/topics/taxonomy-file.ts';
import { compileTaxonomy, parseTaxonomy, type Taxonomy } from '../../src/lib/topics/taxonomy.ts';
import { scanWords } from '../../src/lib/topics/terms.ts';

const BBC = join(PACKAGE_ROOT, '..', 'shared', 'eval', 'bbc-topics.jsonl');
/** corpus sizes measured, smallest first (TOPICS_BENCH_DOCUMENTS=10000,50000 for a quicker run) */
const SIZES = (process.env.TOPICS_BENCH_DOCUMENTS ?? '10000,50000,200000').split(',').map(Number).sort((a, b) => a - b);
const DOCUMENTS = Math.max(...SIZES);
/** documents added after the fit, assigned to the saved topics without fitting again */
const ADDED = 1_000;

function generate(count: number): { texts: string[]; sections: string[] } {
	const articles = readFileSync(BBC, 'utf8')
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as { text: string; category: string });
	const sentences = articles.map((a) => a.text.split(/(?<=[.!?])\s+/));
	const bySection = new Map<string, number[]>();
	articles.forEach((a, i) => bySection.set(a.category, [...(bySection.get(a.category) ?? []), i]));
	const random = seededRandom(2026);
	const texts: string[] = [];
	const sections: string[] = [];
	for (let i = 0; i < count; i++) {
		const a = Math.floor(random() * articles.length);
		const peers = bySection.get(articles[a]!.category)!;
		const b = peers[Math.floor(random() * peers.length)]!;
		const own = sentences[a]!.filter(() => random() < 0.75);
		const borrowed = sentences[b]!.filter(() => random() < 0.1).slice(0, 2);
		texts.push([...own, ...borrowed].join(' '));
		sections.push(articles[a]!.category);
	}
	return { texts, sections };
}

interface Run {
	fitSeconds: number;
	fitCpu: number;
	totalSeconds: number;
	totalCpu: number;
	k: number;
	sampleSize: number;
	vocabularySize: number;
	top: string[];
	taxonomy: Taxonomy;
}

/** Discovery as ingest runs it: fit on a sample, then every document assigned through the taxonomy file. */
function discoverAndAssign(texts: string[]): Run {
	const cpu = process.cpuUsage();
	const started = performance.now();
	const discovery = discoverTopics(texts);
	const fitSeconds = (performance.now() - started) / 1000;
	const fitCpu = cpuSeconds(cpu);
	const taxonomy = parseTaxonomy(taxonomyFromModel(discovery.model));
	const matcher = compileTaxonomy(taxonomy);
	const top = texts.map((text) => matcher.document(text, 1)[0]?.topic ?? '(none)');
	return { fitSeconds, fitCpu, totalSeconds: (performance.now() - started) / 1000, totalCpu: cpuSeconds(cpu), k: discovery.k, sampleSize: discovery.sampleSize, vocabularySize: discovery.vocabularySize, top, taxonomy };
}

export async function benchTopics(): Promise<Record<string, number | string>> {
	const { texts, sections } = generate(DOCUMENTS + ADDED);
	const added = texts.splice(DOCUMENTS, ADDED);
	sections.splice(DOCUMENTS, ADDED);
	const figures: Record<string, string> = {};
	let largest: Run | null = null;
	for (const size of SIZES) {
		const part = texts.slice(0, size);
		const run = discoverAndAssign(part);
		const megabytes = part.reduce((sum, t) => sum + t.length, 0) / 1e6;
		figures[`${size.toLocaleString('en')} documents (${megabytes.toFixed(0)} MB)`] =
			`fit ${run.fitSeconds.toFixed(1)} s wall / ${run.fitCpu.toFixed(1)} s CPU (k = ${run.k}, sample ${run.sampleSize}, ${run.vocabularySize} terms); ` +
			`fit + assign all ${run.totalSeconds.toFixed(1)} s wall / ${run.totalCpu.toFixed(1)} s CPU (target at 200,000: ≤ 60 s)`;
		largest = run;
	}
	const run = largest!;
	const top = run.top;

	// the peer: one plain tokenizer pass over the largest corpus
	const cpu = process.cpuUsage();
	const started = performance.now();
	let words = 0;
	for (const text of texts) scanWords(text, () => words++);
	const scanSeconds = (performance.now() - started) / 1000;
	const scanCpu = cpuSeconds(cpu);

	// added documents, as a later ingest assigns them: the saved taxonomy, no fitting
	const addedCpu = process.cpuUsage();
	const addedStarted = performance.now();
	const matcher = compileTaxonomy(run.taxonomy);
	for (const text of added) matcher.document(text, 1);
	const addedSeconds = (performance.now() - addedStarted) / 1000;
	const addedCpuSeconds = cpuSeconds(addedCpu);

	return {
		...figures,
		'peer: one tokenizer pass (largest)': `${scanSeconds.toFixed(1)} s wall, ${scanCpu.toFixed(1)} s CPU, ${(words / 1e6).toFixed(0)} M content words`,
		'ratio to the tokenizer pass (CPU)': `${(run.totalCpu / scanCpu).toFixed(1)}×`,
		[`${ADDED.toLocaleString('en')} added documents assigned, no re-fit`]: `${addedSeconds.toFixed(2)} s wall, ${addedCpuSeconds.toFixed(2)} s CPU (fitting again: ${(run.fitCpu / addedCpuSeconds).toFixed(0)}× the CPU)`,
		'NMI top topic vs section (largest)': normalizedMutualInformation(top, sections).toFixed(3),
		'with a topic': `${((top.filter((t) => t !== '(none)').length / top.length) * 100).toFixed(1)} %`
	};
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
}
