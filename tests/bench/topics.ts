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
import { compileTaxonomy, parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { scanWords } from '../../src/lib/topics/terms.ts';

const BBC = join(PACKAGE_ROOT, '..', 'shared', 'eval', 'bbc-topics.jsonl');
const DOCUMENTS = Number(process.env.TOPICS_BENCH_DOCUMENTS ?? 200_000);

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

export async function benchTopics(): Promise<Record<string, number | string>> {
	const { texts, sections } = generate(DOCUMENTS);
	const megabytes = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;

	let cpu = process.cpuUsage();
	let started = performance.now();
	let words = 0;
	for (const text of texts) scanWords(text, () => words++);
	const scanSeconds = (performance.now() - started) / 1000;
	const scanCpu = cpuSeconds(cpu);

	cpu = process.cpuUsage();
	started = performance.now();
	const discovery = discoverTopics(texts);
	const fitSeconds = (performance.now() - started) / 1000;
	const fitCpu = cpuSeconds(cpu);
	const matcher = compileTaxonomy(parseTaxonomy(taxonomyFromModel(discovery.model)));
	const top = texts.map((text) => matcher.document(text, 1)[0]?.topic ?? '(none)');
	const totalSeconds = (performance.now() - started) / 1000;
	const totalCpu = cpuSeconds(cpu);
	return {
		documents: `${DOCUMENTS.toLocaleString('en')} (${megabytes.toFixed(0)} MB, ${(words / 1e6).toFixed(0)} M content words)`,
		'discover (fit on a sample)': `${fitSeconds.toFixed(1)} s wall, ${fitCpu.toFixed(1)} s CPU (k = ${discovery.k}, sample ${discovery.sampleSize}, ${discovery.vocabularySize} terms)`,
		'discover + assign all': `${totalSeconds.toFixed(1)} s wall, ${totalCpu.toFixed(1)} s CPU (target ≤ 60 s)`,
		'peer: one tokenizer pass': `${scanSeconds.toFixed(1)} s wall, ${scanCpu.toFixed(1)} s CPU`,
		'ratio to the tokenizer pass (CPU)': `${(totalCpu / scanCpu).toFixed(1)}×`,
		'NMI top topic vs section': normalizedMutualInformation(top, sections).toFixed(3),
		'with a topic': `${((top.filter((t) => t !== '(none)').length / top.length) * 100).toFixed(1)} %`
	};
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
}
