// Topic discovery: fit TF-IDF and spherical k-means on a sample of the corpus (in content-hash
// order, so the same documents in any order give the same topics), choose the number of topics by
// stability, fold tiny topics into their neighbours, and keep each topic as weighted terms.
import { chooseTopicCount, DEFAULT_TOPIC_COUNT_OPTIONS, stabilityContext, stabilityOf, topicCountRange, type TopicCountChoice } from './choose-k.ts';
import { clusteringFrom, dotCentroid, kmeansRestart, normaliseRow, sphericalKMeans, type Clustering, type KMeansOptions, type LastStep } from './kmeans.ts';
import { distinctiveTerms, labelTerms, topicId, topicLabel, type WeightedTerm } from './label.ts';
import { DEFAULT_MIN_WEIGHT, type TopicModel, type WeightedTopic } from './model.ts';
import { hashString } from './random.ts';
import { createVectorizer, DEFAULT_VOCABULARY_OPTIONS, fitVocabulary, type SparseVector, type Vocabulary } from './vectorize.ts';

export interface DiscoverOptions {
	/** the number of topics; chosen from the data when absent */
	k?: number;
	seed?: number;
	/** documents the model is fitted on, at most (the rest are only assigned) */
	sampleSize?: number;
	/** terms kept per topic */
	termsPerTopic?: number;
	/** a topic with fewer than this share of the sample is merged into its neighbours */
	minTopicShare?: number;
}

export interface Discovery {
	model: TopicModel;
	k: number;
	/** how k was set, and the stability of each candidate when chosen */
	choice: TopicCountChoice | null;
	sampleSize: number;
	vocabularySize: number;
}

const DEFAULTS = { seed: 1, sampleSize: 4000, termsPerTopic: 250, minTopicShare: 0.015 };
/** how many texts discovery fits by default (sampleInHashOrder): ingest streaming a corpus keeps only these */
export const DISCOVERY_SAMPLE_SIZE = DEFAULTS.sampleSize;
/** below this many documents with terms, there is nothing to group */
export const MIN_DOCUMENTS_FOR_DISCOVERY = 4;
const MIN_TOPIC_SIZE = 2;

/** The sample's vocabulary and document vectors: what discovery fits (the same for any worker). */
export interface DiscoveryInput {
	sampleSize: number;
	vocabulary: Vocabulary;
	vectors: SparseVector[];
}

export function discoveryInput(texts: readonly string[], options: DiscoverOptions = {}): DiscoveryInput {
	const sample = sampleInHashOrder(texts, options.sampleSize ?? DEFAULTS.sampleSize);
	const vocabulary = fitVocabulary(sample, DEFAULT_VOCABULARY_OPTIONS);
	const vectorize = createVectorizer(vocabulary);
	return { sampleSize: sample.length, vocabulary, vectors: sample.map(vectorize).filter((v) => v.indices.length > 0) };
}

const topicCountOptions = (seed: number) => ({ ...DEFAULT_TOPIC_COUNT_OPTIONS, seed: seed + 6 });

/** The candidate numbers of topics whose stability discovery compares (none when there is nothing to group). */
export function topicCountCandidates(input: DiscoveryInput, options: DiscoverOptions = {}): number[] {
	if (options.k !== undefined || input.vectors.length < MIN_DOCUMENTS_FOR_DISCOVERY || input.vocabulary.terms.length === 0) return [];
	const [low, high] = topicCountRange(input.vectors.length, topicCountOptions(options.seed ?? DEFAULTS.seed));
	return high <= low ? [] : Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/** One candidate's stability (see choose-k.ts), so that several processes can share the candidates. */
export function candidateStability(input: DiscoveryInput, k: number, options: DiscoverOptions = {}): number {
	return stabilityOf(stabilityContext(input.vectors, input.vocabulary.terms.length, topicCountOptions(options.seed ?? DEFAULTS.seed)), k);
}

/** The fit's k-means; its restarts can also be run apart (fitRestart) and handed to discoverFrom. */
const fitKMeans = (seed: number): KMeansOptions => ({ seed, restarts: 6, maxIterations: 40 });
export const FIT_RESTARTS = fitKMeans(0).restarts;

/** A restart of the fit's k-means run on its own: its objective, and whether the fit may use it (kmeansRestart). */
export interface FitRestart {
	objective: number;
	standard: boolean;
	/** what its clustering is made again from (clusteringFrom): the best one's is kept, not run again */
	last?: LastStep | null;
}

/** The number of topics the fit uses (null: nothing to fit); `known` as for discoverFrom. */
export function fittedTopicCount(input: DiscoveryInput, options: DiscoverOptions = {}, known?: ReadonlyMap<number, number>): number | null {
	const { vectors, vocabulary } = input;
	if (vectors.length < MIN_DOCUMENTS_FOR_DISCOVERY || vocabulary.terms.length === 0) return null;
	const choice = options.k === undefined ? chooseTopicCount(vectors, vocabulary.terms.length, topicCountOptions(options.seed ?? DEFAULTS.seed), known) : null;
	return Math.max(1, Math.min(options.k ?? choice!.k, vectors.length));
}

/** One of the fit's restarts with k topics (see fittedTopicCount), for discoverFrom's `restarts`. */
export function fitRestart(input: DiscoveryInput, k: number, run: number, options: DiscoverOptions = {}): FitRestart {
	const { clustering, standard, last } = kmeansRestart(input.vectors, k, input.vocabulary.terms.length, fitKMeans(options.seed ?? DEFAULTS.seed), run);
	return { objective: clustering.objective, standard, last };
}

/**
 * The fit's clustering; with every restart run apart, the best one's (the same pick as sphericalKMeans),
 * made again from its last step (not run again: 0.5-0.6 s of the fit job at 2,000 documents), else run again.
 */
function fitClustering(vectors: readonly SparseVector[], k: number, dimensions: number, seed: number, restarts?: readonly FitRestart[]): Clustering {
	const options = fitKMeans(seed);
	if (restarts?.length !== options.restarts || !restarts.every((r) => r.standard)) return sphericalKMeans(vectors, k, dimensions, options);
	let best = 0;
	for (let run = 1; run < restarts.length; run++) if (restarts[run]!.objective > restarts[best]!.objective + 1e-9) best = run;
	const last = restarts[best]!.last;
	return last && last.assignments.length === vectors.length ? clusteringFrom(vectors, k, dimensions, last) : kmeansRestart(vectors, k, dimensions, options, best).clustering;
}

export function discoverTopics(texts: readonly string[], options: DiscoverOptions = {}): Discovery {
	return discoverFrom(discoveryInput(texts, options), options);
}

/** `known`: candidate stabilities computed already (by k); the rest are computed here. `restarts`: the fit's, run already (fitRestart). */
export function discoverFrom(input: DiscoveryInput, options: DiscoverOptions = {}, known?: ReadonlyMap<number, number>, restarts?: readonly FitRestart[]): Discovery {
	const { seed, termsPerTopic, minTopicShare } = { ...DEFAULTS, ...options };
	const { vocabulary, vectors } = input;
	const dimensions = vocabulary.terms.length;
	const empty: Discovery = { model: { topics: [], idf: {}, minWeight: DEFAULT_MIN_WEIGHT }, k: 0, choice: null, sampleSize: input.sampleSize, vocabularySize: dimensions };
	if (vectors.length < MIN_DOCUMENTS_FOR_DISCOVERY || dimensions === 0) return empty;

	const choice = options.k === undefined ? chooseTopicCount(vectors, dimensions, topicCountOptions(seed), known) : null;
	const k = Math.max(1, Math.min(options.k ?? choice!.k, vectors.length));
	let clustering = fitClustering(vectors, k, dimensions, seed, restarts);
	clustering = mergeTinyTopics(vectors, clustering, Math.max(MIN_TOPIC_SIZE, Math.ceil(minTopicShare * vectors.length)));

	const { terms: modelTerms, clustering: refined } = refineOnTopTerms(vectors, clustering, termsPerTopic);
	clustering = refined;
	const sizes = new Int32Array(clustering.k);
	for (const row of clustering.assignments) sizes[row]!++;
	const modelDimensions = modelTerms.length;
	const termNames = modelTerms.map((j) => vocabulary.terms[j]!);
	const rowTerms = Array.from({ length: clustering.k }, (_, row) => topTerms(clustering.centroids, row, modelDimensions, termsPerTopic, termNames));
	const totals = new Map<string, number>();
	termNames.forEach((term, j) => {
		let sum = 0;
		for (let r = 0; r < clustering.k; r++) sum += clustering.centroids[r * modelDimensions + j]!;
		totals.set(term, sum);
	});
	const taken = new Set<string>();
	const order = [...sizes.keys()].sort((a, b) => sizes[b]! - sizes[a]! || a - b);
	const topics: WeightedTopic[] = order.map((row) => {
		const label = labelTerms(distinctiveTerms(rowTerms[row]!, (term) => totals.get(term)!));
		return { id: topicId(label, taken), label: topicLabel(label), terms: rowTerms[row]! };
	});
	const idf: Record<string, number> = {};
	const termIndex = new Map(vocabulary.terms.map((term, i) => [term, i]));
	for (const topic of topics) for (const { term } of topic.terms) idf[term] = round(vocabulary.idf[termIndex.get(term)!]!, 4);
	return { model: { topics, idf, minWeight: DEFAULT_MIN_WEIGHT }, k: clustering.k, choice, sampleSize: input.sampleSize, vocabularySize: dimensions };
}

/**
 * The model keeps only each topic's top terms, so the clustering is finished in that smaller space:
 * documents are projected onto the union of the top terms and k-means continues from the centroids
 * there, so the terms a taxonomy file keeps are fitted for assigning on their own (on the BBC set,
 * cutting the full centroids instead loses ~0.04 NMI).
 */
function refineOnTopTerms(vectors: readonly SparseVector[], clustering: Clustering, termsPerTopic: number): { terms: number[]; clustering: Clustering } {
	const { k, dimensions } = clustering;
	const contrast = contrastCentroids(clustering.centroids, k, dimensions);
	const union = new Set<number>();
	for (let row = 0; row < k; row++) for (const j of topColumns(contrast, row, dimensions, termsPerTopic)) union.add(j);
	const terms = [...union].sort((a, b) => a - b);
	const renumber = new Map(terms.map((j, i) => [j, i]));
	const projected = vectors.map((vector) => project(vector, renumber));
	const initial = new Float64Array(k * terms.length);
	for (let row = 0; row < k; row++) {
		terms.forEach((j, i) => (initial[row * terms.length + i] = clustering.centroids[row * dimensions + j]!));
		normaliseRow(initial, row, terms.length);
	}
	return { terms, clustering: sphericalKMeans(projected, k, terms.length, { seed: 0, restarts: 1, maxIterations: 20, initial }) };
}

function project(vector: SparseVector, renumber: Map<number, number>): SparseVector {
	const indices: number[] = [];
	const values: number[] = [];
	let norm = 0;
	vector.indices.forEach((term, i) => {
		const to = renumber.get(term);
		if (to === undefined) return;
		indices.push(to);
		values.push(vector.values[i]!);
		norm += vector.values[i]! ** 2;
	});
	const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
	return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v * scale) };
}

/**
 * Each centroid minus the mean of all centroids: a term every topic shares adds the same to every
 * topic's score, so dropping it changes no document's best topic. What remains, cut to the top
 * terms, is what tells the topics apart.
 */
function contrastCentroids(centroids: Float64Array, k: number, dimensions: number): Float64Array {
	const contrast = new Float64Array(centroids.length);
	for (let j = 0; j < dimensions; j++) {
		let mean = 0;
		for (let row = 0; row < k; row++) mean += centroids[row * dimensions + j]!;
		mean /= k;
		for (let row = 0; row < k; row++) contrast[row * dimensions + j] = centroids[row * dimensions + j]! - mean;
	}
	return contrast;
}

/** The first `size` texts in content-hash order: a fixed pseudo-random sample, independent of input order. */
export function sampleInHashOrder(texts: readonly string[], size: number): string[] {
	const keyed = texts.map((text) => ({ text, hash: hashString(text) }));
	keyed.sort((a, b) => a.hash - b.hash || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
	return keyed.slice(0, size).map((entry) => entry.text);
}

function topTerms(weights: Float64Array, row: number, dimensions: number, count: number, terms: readonly string[]): WeightedTerm[] {
	return topColumns(weights, row, dimensions, count).map((j) => ({ term: terms[j]!, weight: round(weights[row * dimensions + j]!, 4) }));
}

/** The columns of a row's `count` largest positive weights, largest first. */
function topColumns(weights: Float64Array, row: number, dimensions: number, count: number): number[] {
	const offset = row * dimensions;
	const best: number[] = [];
	for (let j = 0; j < dimensions; j++) {
		const weight = weights[offset + j]!;
		if (weight <= 0) continue;
		if (best.length < count || weight > weights[offset + best[best.length - 1]!]!) {
			let at = best.length;
			while (at > 0 && weights[offset + best[at - 1]!]! < weight) at--;
			best.splice(at, 0, j);
			if (best.length > count) best.pop();
		}
	}
	return best;
}

/** Removes the smallest topic while it has fewer than `minSize` documents, moving them to their next-best topic. */
function mergeTinyTopics(vectors: readonly SparseVector[], clustering: Clustering, minSize: number): Clustering {
	let { k, centroids, assignments } = clustering;
	const { dimensions } = clustering;
	while (k > 1) {
		const sizes = new Int32Array(k);
		for (const row of assignments) sizes[row]!++;
		let smallest = 0;
		for (let row = 1; row < k; row++) if (sizes[row]! < sizes[smallest]!) smallest = row;
		if (sizes[smallest]! >= minSize) break;
		const kept = new Float64Array((k - 1) * dimensions);
		for (let row = 0, to = 0; row < k; row++) if (row !== smallest) kept.set(centroids.subarray(row * dimensions, (row + 1) * dimensions), to++ * dimensions);
		k--;
		centroids = kept;
		assignments = Int32Array.from(vectors, (vector) => {
			let bestRow = 0;
			let bestSimilarity = -Infinity;
			for (let row = 0; row < k; row++) {
				const s = dotCentroid(vector, centroids, row, dimensions);
				if (s > bestSimilarity) [bestSimilarity, bestRow] = [s, row];
			}
			return bestRow;
		});
		centroids.fill(0);
		vectors.forEach((vector, d) => {
			const offset = assignments[d]! * dimensions;
			for (let i = 0; i < vector.indices.length; i++) centroids[offset + vector.indices[i]!]! += vector.values[i]!;
		});
		for (let row = 0; row < k; row++) normaliseRow(centroids, row, dimensions);
	}
	return { ...clustering, k, centroids, assignments };
}

function round(value: number, digits: number): number {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
}
