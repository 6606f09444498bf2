// How many topics: the number whose clusterings agree best across overlapping subsamples
// (stability, Ben-Hur et al. 2002): real groups reappear whatever the sample, arbitrary splits do not.
import { sphericalKMeans } from './kmeans.ts';
import { normalizedMutualInformation } from './nmi.ts';
import { seededRandom } from './random.ts';
import type { SparseVector } from './vectorize.ts';

export interface TopicCountOptions {
	minTopics: number;
	maxTopics: number;
	/** subsamples clustered per candidate */
	runs: number;
	subsampleShare: number;
	seed: number;
	/** documents the choice looks at, at most */
	maxDocuments: number;
	/** the most frequent terms the choice looks at, at most */
	maxTerms: number;
}

export const DEFAULT_TOPIC_COUNT_OPTIONS: TopicCountOptions = { minTopics: 2, maxTopics: 14, runs: 6, subsampleShare: 0.8, seed: 7, maxDocuments: 1200, maxTerms: 3000 };

/** Two-way splits are stable in almost any corpus (a larger and a smaller half): k = 2 must win clearly. */
const TWO_TOPIC_MARGIN = 0.1;

export interface TopicCountChoice {
	k: number;
	stability: { k: number; score: number }[];
}

/** The largest sensible k for n documents: on average at least three documents a topic, and no more than √n topics. */
export function topicCountRange(documents: number, options: TopicCountOptions = DEFAULT_TOPIC_COUNT_OPTIONS): [number, number] {
	const upper = Math.min(options.maxTopics, Math.floor(Math.sqrt(documents)), Math.floor(documents / 3));
	return [options.minTopics, Math.max(options.minTopics, upper)];
}

/** What every candidate k is scored on: the documents over their frequent terms, and the same subsamples. */
export interface StabilityContext {
	pool: SparseVector[];
	dimensions: number;
	subsets: number[][];
	options: TopicCountOptions;
}

export function stabilityContext(vectors: readonly SparseVector[], dimensions: number, options: TopicCountOptions = DEFAULT_TOPIC_COUNT_OPTIONS): StabilityContext {
	const { vectors: pool, dimensions: reduced } = frequentTerms(vectors.slice(0, options.maxDocuments), dimensions, options.maxTerms);
	const random = seededRandom(options.seed);
	const subsets = Array.from({ length: options.runs }, () => pool.map((_, i) => i).filter(() => random() < options.subsampleShare));
	return { pool, dimensions: reduced, subsets, options };
}

/** How well the clusterings of the subsamples into k topics agree (mean pairwise NMI): one k, on its own. */
export function stabilityOf(context: StabilityContext, k: number): number {
	const { pool, dimensions, subsets, options } = context;
	const labellings = subsets.map((subset, run) => {
		const labels = new Int32Array(pool.length).fill(-1);
		const result = sphericalKMeans(
			subset.map((i) => pool[i]!),
			k,
			dimensions,
			{ seed: options.seed + run * 101 + k, restarts: 1, maxIterations: 20 }
		);
		subset.forEach((doc, j) => (labels[doc] = result.assignments[j]!));
		return labels;
	});
	let total = 0;
	let pairs = 0;
	for (let a = 0; a < labellings.length; a++) {
		for (let b = a + 1; b < labellings.length; b++) {
			const first: number[] = [];
			const second: number[] = [];
			for (let doc = 0; doc < pool.length; doc++) {
				if (labellings[a]![doc]! >= 0 && labellings[b]![doc]! >= 0) {
					first.push(labellings[a]![doc]!);
					second.push(labellings[b]![doc]!);
				}
			}
			total += normalizedMutualInformation(first, second);
			pairs++;
		}
	}
	return pairs ? total / pairs : 0;
}

/**
 * `known`: stabilities already computed (elsewhere: ingest workers share the candidates), by k;
 * the others are computed here.
 */
export function chooseTopicCount(vectors: readonly SparseVector[], dimensions: number, options: TopicCountOptions = DEFAULT_TOPIC_COUNT_OPTIONS, known?: ReadonlyMap<number, number>): TopicCountChoice {
	const [low, high] = topicCountRange(vectors.length, options);
	if (high <= low) return { k: low, stability: [] };
	let context: StabilityContext | null = null;
	const stability: { k: number; score: number }[] = [];
	for (let k = low; k <= high; k++) stability.push({ k, score: known?.get(k) ?? stabilityOf((context ??= stabilityContext(vectors, dimensions, options)), k) });
	const bestOf = (list: typeof stability) => list.reduce((best, entry) => (entry.score > best.score + 1e-9 ? entry : best));
	const beyondTwo = stability.filter((s) => s.k > 2);
	let best = bestOf(stability);
	if (best.k === 2 && beyondTwo.length > 0) {
		const runnerUp = bestOf(beyondTwo);
		if (best.score - runnerUp.score < TWO_TOPIC_MARGIN) best = runnerUp;
	}
	return { k: best.k, stability };
}

/** The vectors over their `count` most frequent terms only, renumbered and unit length again (a cheaper space to compare k in). */
function frequentTerms(vectors: readonly SparseVector[], dimensions: number, count: number): { vectors: SparseVector[]; dimensions: number } {
	if (dimensions <= count) return { vectors: [...vectors], dimensions };
	const frequency = new Int32Array(dimensions);
	for (const vector of vectors) for (const term of vector.indices) frequency[term]!++;
	const ranked = [...frequency.keys()].sort((a, b) => frequency[b]! - frequency[a]! || a - b).slice(0, count);
	const renumber = new Int32Array(dimensions).fill(-1);
	ranked.forEach((term, i) => (renumber[term] = i));
	const projected = vectors
		.map((vector) => {
			const indices: number[] = [];
			const values: number[] = [];
			let norm = 0;
			vector.indices.forEach((term, i) => {
				if (renumber[term]! < 0) return;
				indices.push(renumber[term]!);
				values.push(vector.values[i]!);
				norm += vector.values[i]! ** 2;
			});
			const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
			return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v * scale) };
		})
		.filter((vector) => vector.indices.length > 0);
	return { vectors: projected, dimensions: count };
}
