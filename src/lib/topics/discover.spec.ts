import { describe, expect, it, vi } from 'vitest';
import { createTopicAssigner } from './assign.ts';
import { candidateStability, discoverFrom, discoverTopics, discoveryInput, FIT_RESTARTS, fitRestart, fittedTopicCount, topicCountCandidates } from './discover.ts';
import { kmeansRestart } from './kmeans.ts';
import { labelTerms, topicId } from './label.ts';

// kmeansRestart as it is, counted: the fit keeps the best restart's clustering rather than run it again
vi.mock('./kmeans.ts', async (actual) => {
	const real = await actual<typeof import('./kmeans.ts')>();
	return { ...real, kmeansRestart: vi.fn(real.kmeansRestart) };
});

// Three made-up subjects, varied sentences, so k = 3 is the stable answer.
const SUBJECTS = {
	football: ['goal', 'striker', 'league', 'match', 'coach', 'stadium', 'penalty', 'season', 'midfielder', 'referee'],
	vaccines: ['vaccine', 'clinical trial', 'patients', 'hospital', 'doses', 'virus', 'nurses', 'infection', 'immunity', 'doctors'],
	mining: ['copper', 'ore', 'deposit', 'mining company', 'tonnes', 'gold', 'quarry', 'extraction', 'molybdenum', 'miners']
};

function corpus(perSubject: number): { subject: string; text: string }[] {
	const documents: { subject: string; text: string }[] = [];
	for (const [subject, words] of Object.entries(SUBJECTS)) {
		for (let i = 0; i < perSubject; i++) {
			const picked = words.filter((_, j) => (i * 7 + j * 3) % 4 !== 0);
			documents.push({ subject, text: picked.map((w) => `There was the ${w} again.`).join(' ') });
		}
	}
	return documents;
}

describe('discoverTopics', () => {
	const documents = corpus(12);
	const discovery = discoverTopics(documents.map((d) => d.text));

	it('finds the subjects, labelled by their words, and assigns every document to its own', () => {
		expect(discovery.k).toBe(3);
		const assign = createTopicAssigner(discovery.model);
		const bySubject = new Map<string, Set<string>>();
		for (const d of documents) {
			const top = assign(d.text)[0]!;
			expect(top.weight).toBeGreaterThan(0.2);
			expect(top.terms.length).toBeGreaterThan(0);
			bySubject.set(d.subject, (bySubject.get(d.subject) ?? new Set()).add(top.topic));
		}
		expect([...bySubject.values()].map((s) => s.size)).toEqual([1, 1, 1]);
		expect(new Set([...bySubject.values()].map((s) => [...s][0])).size).toBe(3);
		const football = discovery.model.topics.find((t) => t.id === [...bySubject.get('football')!][0])!;
		for (const word of football.label.split(' · ')) expect(SUBJECTS.football.join(' ')).toContain(word);
	});

	it('is deterministic and ignores input order', () => {
		expect(discoverTopics(documents.map((d) => d.text)).model).toEqual(discovery.model);
		expect(discoverTopics([...documents].reverse().map((d) => d.text)).model).toEqual(discovery.model);
	});

	it('gives the same topics from its parts run apart (as ingest workers share them)', () => {
		const input = discoveryInput(documents.map((d) => d.text));
		const known = new Map(topicCountCandidates(input).map((k) => [k, candidateStability(input, k)]));
		const k = fittedTopicCount(input, {}, known)!;
		const restarts = Array.from({ length: FIT_RESTARTS }, (_, run) => fitRestart(input, k, run));
		expect(k).toBe(discovery.k);
		vi.mocked(kmeansRestart).mockClear();
		expect(discoverFrom(input, {}, known, restarts)).toEqual(discovery);
		// the best restart's clustering made again from its last step, not by running it again
		expect(kmeansRestart).not.toHaveBeenCalled();
		// restarts without it (run by an older worker): the best one is run again, with the same topics
		expect(discoverFrom(input, {}, known, restarts.map(({ last: _last, ...restart }) => restart))).toEqual(discovery);
		expect(kmeansRestart).toHaveBeenCalledTimes(1);
	});

	it('takes a given number of topics', () => {
		expect(discoverTopics(documents.map((d) => d.text), { k: 2 }).model.topics).toHaveLength(2);
	});

	it('merges topics too small to be worth a filter', () => {
		const strays = ['A note about violin strings and orchestra tuning.', 'Orchestra tuning and violin strings.'];
		expect(discoverTopics([...documents.map((d) => d.text), ...strays], { k: 4 }).model.topics.length).toBe(4);
		const result = discoverTopics([...documents.map((d) => d.text), ...strays], { k: 4, minTopicShare: 0.1 });
		expect(result.model.topics.length).toBe(3);
	});

	it('gives no topics for too few or empty documents, and no topic to a text without topic words', () => {
		expect(discoverTopics(['one text', 'two texts']).model.topics).toEqual([]);
		expect(discoverTopics([]).model.topics).toEqual([]);
		expect(createTopicAssigner(discovery.model)('The and of, 2024.')).toEqual([]);
	});
});

describe('labels', () => {
	it('prefers a phrase to its words and never repeats a word', () => {
		const ranked = [
			{ term: 'blair', weight: 1 },
			{ term: 'tony blair', weight: 0.9 },
			{ term: 'tony', weight: 0.8 },
			{ term: 'election', weight: 0.7 },
			{ term: 'labour', weight: 0.6 }
		];
		expect(labelTerms(ranked)).toEqual(['tony blair', 'election', 'labour']);
	});

	it('makes unique ids of lower-case ASCII', () => {
		const taken = new Set<string>();
		expect(topicId(['Café', 'élection'], taken)).toBe('cafe-election');
		expect(topicId(['Café', 'élection'], taken)).toBe('cafe-election-2');
		expect(topicId(['日本'], taken)).toBe('topic');
		// letters NFKD leaves alone fold as search folds them
		expect(topicId(['Bakı', 'Şəki', 'Łódź'], taken)).toBe('baki-seki-lodz');
	});
});
