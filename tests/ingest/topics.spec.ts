// Topics at ingest: a corpus other than the sample gets topics discovered from its own words (not
// the sample taxonomy's "Climate & COP29 0·0"); added documents are assigned to the same topics
// until --rediscover; a taxonomy given with --topics wins.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary, TopicSummary } from '../../src/lib/contracts.ts';
import { DEFAULT_TOPICS_FILE, runIngest, type IngestOptions } from '../../src/lib/server/ingest/index.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { tempCorpusEachTest } from '../helpers/temp-corpus.ts';

let root: string;
let corpus: string;
let out: string;

tempCorpusEachTest('gazette-topics-', (folders) => ({ root, corpus, out } = folders));

// A small made-up health corpus: three subjects, ten varied notes each.
const SUBJECTS: Record<string, string[]> = {
	vaccines: ['vaccine', 'booster doses', 'immunisation', 'measles', 'clinic queues', 'nurses', 'vaccination campaign', 'side effects'],
	hospitals: ['hospital beds', 'waiting lists', 'surgeons', 'emergency department', 'ambulance', 'hospital funding', 'operations', 'wards'],
	diet: ['sugar', 'obesity', 'school meals', 'vegetables', 'salt', 'calories', 'healthy eating', 'snacks']
};
function writeNote(subject: string, i: number): void {
	const words = SUBJECTS[subject]!.filter((_, j) => (i + j) % 3 !== 0);
	writeFileSync(join(corpus, `${subject}-${i}.txt`), `${subject} note ${i}\n\n${words.map((w) => `There was talk of ${w} again.`).join(' ')}\n`);
}

const ingest = (extra: Partial<IngestOptions> = {}) => runIngest({ corpusDir: corpus, outDir: out, createGeoparser: fakeGeoparser(), ...extra });
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;

describe('topics at ingest', () => {
	beforeEach(() => {
		for (const subject of Object.keys(SUBJECTS)) for (let i = 0; i < 10; i++) writeNote(subject, i);
	});

	it('discovers the corpus topics instead of showing the sample taxonomy, and keeps them', async () => {
		const summary = await ingest();
		expect(summary.topics).toEqual({ source: 'discovered', count: 3 });
		const topics = readJson<TopicSummary[]>('topics.json');
		expect(topics.map((t) => t.id)).not.toContain('climate');
		for (const topic of topics) expect(topic.documentCount).toBeGreaterThan(0);
		const documents = readJson<DocumentSummary[]>('documents.json');
		expect(documents.filter((d) => d.topics.length > 0).length).toBe(30);
		// each subject lands in one topic of its own
		const bySubject = new Map<string, Set<string>>();
		for (const d of documents) bySubject.set(d.id.split('-')[0]!, (bySubject.get(d.id.split('-')[0]!) ?? new Set()).add(d.topics[0]!.topic));
		expect([...bySubject.values()].map((s) => s.size)).toEqual([1, 1, 1]);
		expect(documents[0]!.topics[0]!.terms.length).toBeGreaterThan(0);
		const saved = readJson<{ topics: { id: string; weights: number[] }[] }>('topics.discovered.json');
		expect(saved.topics.map((t) => t.id).sort()).toEqual(topics.map((t) => t.id).sort());
	});

	it('assigns added documents to the topics found before, until asked to discover again', async () => {
		await ingest();
		const before = readFileSync(join(out, 'topics.discovered.json'), 'utf8');
		writeNote('vaccines', 10);
		const again = await ingest();
		expect(again.topics.source).toBe('reused');
		expect(readFileSync(join(out, 'topics.discovered.json'), 'utf8')).toBe(before);
		const added = readJson<DocumentSummary[]>('documents.json').find((d) => d.id === 'vaccines-10')!;
		const vaccineTopic = readJson<DocumentSummary[]>('documents.json').find((d) => d.id === 'vaccines-0')!.topics[0]!.topic;
		expect(added.topics[0]!.topic).toBe(vaccineTopic);
		const rediscovered = await ingest({ rediscover: true });
		expect(rediscovered.topics.source).toBe('discovered');
	});

	it('uses a taxonomy given with --topics, keeping the topics that match nothing with zero counts (the explorer hides them behind "show all")', async () => {
		const summary = await ingest({ topicsFile: DEFAULT_TOPICS_FILE });
		expect(summary.topics.source).toBe('file');
		const sample = readJson<TopicSummary[]>('topics.json');
		expect(sample.length).toBeGreaterThan(0);
		expect(sample.every((t) => t.documentCount === 0 && t.placeCount === 0)).toBe(true);
		const custom = join(root, 'health.json');
		writeFileSync(custom, JSON.stringify({ topics: [{ id: 'diet', label: 'Diet', terms: ['sugar', 'obesity'] }, { id: 'space', label: 'Space', terms: ['rocket'] }] }));
		await ingest({ topicsFile: custom });
		expect(readJson<TopicSummary[]>('topics.json').map((t) => [t.id, t.documentCount > 0])).toEqual([
			['diet', true],
			['space', false]
		]);
	});
});
