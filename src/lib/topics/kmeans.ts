// Spherical k-means (cosine similarity) on sparse unit vectors with dense centroids, seeded
// k-means++ initialisation and a few restarts; the best total similarity wins.
import { seededRandom, type Random } from './random.ts';
import type { SparseVector } from './vectorize.ts';

export interface Clustering {
	k: number;
	dimensions: number;
	/** k × dimensions, each row unit length */
	centroids: Float64Array;
	assignments: Int32Array;
	/** sum of each document's similarity to its centroid */
	objective: number;
}

export interface KMeansOptions {
	seed: number;
	restarts: number;
	maxIterations: number;
	/** start from these centroids (k × dimensions) instead of k-means++ */
	initial?: Float64Array;
}

export const DEFAULT_KMEANS_OPTIONS: KMeansOptions = { seed: 1, restarts: 3, maxIterations: 40 };

export function dotCentroid(vector: SparseVector, centroids: Float64Array, row: number, dimensions: number): number {
	const offset = row * dimensions;
	let sum = 0;
	for (let i = 0; i < vector.indices.length; i++) sum += vector.values[i]! * centroids[offset + vector.indices[i]!]!;
	return sum;
}

export function sphericalKMeans(vectors: readonly SparseVector[], k: number, dimensions: number, options: KMeansOptions = DEFAULT_KMEANS_OPTIONS): Clustering {
	const random = seededRandom(options.seed);
	let best: Clustering | null = null;
	if (options.initial) return iterate(vectors, k, dimensions, options.initial.slice(), options.maxIterations).clustering;
	for (let run = 0; run < Math.max(1, options.restarts); run++) {
		const result = iterate(vectors, k, dimensions, initialCentroids(vectors, k, dimensions, random), options.maxIterations).clustering;
		if (!best || result.objective > best.objective + 1e-9) best = result;
	}
	return best!;
}

/** The random numbers one k-means++ start draws, unless it stops early (fewer distinct documents than k). */
export function initialDraws(k: number): number {
	return 1 + (k - 1) * (2 + Math.floor(Math.log(k)));
}

/**
 * The restart `run` of sphericalKMeans(options) on its own, so that processes can share the
 * restarts: the same clustering there when every earlier restart drew initialDraws(k) numbers.
 * `standard`: this one did (a restart that stopped early makes the later ones start elsewhere).
 */
export function kmeansRestart(vectors: readonly SparseVector[], k: number, dimensions: number, options: KMeansOptions, run: number): { clustering: Clustering; standard: boolean; last: LastStep | null } {
	const seeded = seededRandom(options.seed, run * initialDraws(k));
	let draws = 0;
	const random = () => (draws++, seeded());
	const { clustering, last } = iterate(vectors, k, dimensions, initialCentroids(vectors, k, dimensions, random), options.maxIterations);
	return { clustering, standard: draws === initialDraws(k), last };
}

/**
 * What a clustering's last centroid update started from (clusteringFrom makes the clustering again
 * from it): a few bytes a document, where the centroids are k × dimensions numbers.
 */
export interface LastStep {
	assignments: Int32Array;
	/** each document's similarity to its centroid before the update (an empty cluster takes the worst-fitting document) */
	similarity: Float64Array;
}

/** The clustering whose last update started from `last`: the same to the bit as the run that made it. */
export function clusteringFrom(vectors: readonly SparseVector[], k: number, dimensions: number, last: LastStep): Clustering {
	const centroids = new Float64Array(k * dimensions);
	const assignments = last.assignments.slice();
	updateCentroids(vectors, assignments, last.similarity.slice(), centroids, k, dimensions);
	return { k, dimensions, centroids, assignments, objective: objectiveOf(vectors, centroids, assignments, dimensions) };
}

function objectiveOf(vectors: readonly SparseVector[], centroids: Float64Array, assignments: Int32Array, dimensions: number): number {
	let objective = 0;
	for (let d = 0; d < vectors.length; d++) objective += dotCentroid(vectors[d]!, centroids, assignments[d]!, dimensions);
	return objective;
}

function iterate(vectors: readonly SparseVector[], k: number, dimensions: number, centroids: Float64Array, maxIterations: number): { clustering: Clustering; last: LastStep | null } {
	const assignments = new Int32Array(vectors.length).fill(-1);
	const similarity = new Float64Array(vectors.length);
	// the centroids term by term (dimensions × k): a document's k similarities read k neighbouring
	// numbers per term instead of k far-apart ones; each sum adds the same products in the same order
	// as dotCentroid, so the result is the same to the bit
	const byTerm = new Float64Array(k * dimensions);
	const sums = new Float64Array(k);
	let last: LastStep | null = null;
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		transpose(centroids, byTerm, k, dimensions);
		let changed = 0;
		for (let d = 0; d < vectors.length; d++) {
			similarities(vectors[d]!, byTerm, k, sums);
			let bestRow = 0;
			let bestSimilarity = -Infinity;
			for (let row = 0; row < k; row++) {
				if (sums[row]! > bestSimilarity) {
					bestSimilarity = sums[row]!;
					bestRow = row;
				}
			}
			similarity[d] = bestSimilarity;
			if (assignments[d] !== bestRow) {
				assignments[d] = bestRow;
				changed++;
			}
		}
		// the last update's start, kept (a copy: the update marks the documents empty clusters took)
		if (changed === 0 || iteration === maxIterations - 1) last = { assignments: assignments.slice(), similarity: similarity.slice() };
		updateCentroids(vectors, assignments, similarity, centroids, k, dimensions);
		if (changed === 0) break;
	}
	return { clustering: { k, dimensions, centroids, assignments, objective: objectiveOf(vectors, centroids, assignments, dimensions) }, last };
}

/**
 * A document's similarity to each centroid (from the centroids term by term), four centroids a pass
 * over its terms: the four sums stay in registers where one sum per centroid in an array is loaded and
 * stored for every product. Each sum still adds its products in term order, from 0: the same to the bit.
 */
function similarities({ indices, values }: SparseVector, byTerm: Float64Array, k: number, sums: Float64Array): void {
	let row = 0;
	for (; row + 4 <= k; row += 4) {
		let s0 = 0;
		let s1 = 0;
		let s2 = 0;
		let s3 = 0;
		for (let i = 0; i < indices.length; i++) {
			const value = values[i]!;
			const at = indices[i]! * k + row;
			s0 += value * byTerm[at]!;
			s1 += value * byTerm[at + 1]!;
			s2 += value * byTerm[at + 2]!;
			s3 += value * byTerm[at + 3]!;
		}
		sums[row] = s0;
		sums[row + 1] = s1;
		sums[row + 2] = s2;
		sums[row + 3] = s3;
	}
	for (; row < k; row++) {
		let sum = 0;
		for (let i = 0; i < indices.length; i++) sum += values[i]! * byTerm[indices[i]! * k + row]!;
		sums[row] = sum;
	}
}

function transpose(centroids: Float64Array, byTerm: Float64Array, k: number, dimensions: number): void {
	for (let row = 0; row < k; row++) {
		const offset = row * dimensions;
		for (let j = 0; j < dimensions; j++) byTerm[j * k + row] = centroids[offset + j]!;
	}
}

/**
 * Greedy k-means++ (as scikit-learn does it): each next centre is the best of a few candidates
 * drawn with probability ∝ (1 − best similarity)², the one that leaves the least distance overall.
 */
function initialCentroids(vectors: readonly SparseVector[], k: number, dimensions: number, random: Random): Float64Array {
	const centroids = new Float64Array(k * dimensions);
	const candidateRow = new Float64Array(dimensions);
	const trials = 2 + Math.floor(Math.log(k));
	const similarities = documentSimilarities(vectors, dimensions);
	let closest = new Float64Array(vectors.length).fill(-Infinity);
	let chosen = Math.floor(random() * vectors.length);
	const dots = new Float64Array(vectors.length);
	for (let row = 0; row < k; row++) {
		setRow(centroids, row, dimensions, vectors[chosen]!);
		similarities(centroids, row, dots);
		for (let d = 0; d < vectors.length; d++) closest[d] = Math.max(closest[d]!, dots[d]!);
		if (row === k - 1) break;
		const potentials = new Float64Array(vectors.length);
		let total = 0;
		for (let d = 0; d < vectors.length; d++) total += potentials[d] = Math.max(0, 1 - closest[d]!) ** 2;
		if (total <= 0) break;
		let bestPotential = Infinity;
		let bestClosest = closest;
		for (let trial = 0; trial < trials; trial++) {
			const candidate = drawWeighted(potentials, total, random);
			setRow(candidateRow, 0, dimensions, vectors[candidate]!);
			similarities(candidateRow, 0, dots);
			const next = new Float64Array(vectors.length);
			let potential = 0;
			for (let d = 0; d < vectors.length; d++) {
				next[d] = Math.max(closest[d]!, dots[d]!);
				potential += Math.max(0, 1 - next[d]!) ** 2;
			}
			if (potential < bestPotential) [bestPotential, bestClosest, chosen] = [potential, next, candidate];
		}
		closest = bestClosest;
	}
	return centroids;
}

/**
 * Every document's dotCentroid with a row that is one document's vector (a k-means++ centre or
 * candidate), through the documents of each of the row's terms: only the products that are not zero,
 * where dotCentroid reads every term of every document. Each document's products are added in the
 * order of its terms, as dotCentroid adds them (adding a zero product changes no sum), so each
 * similarity is the same to the bit.
 */
function documentSimilarities(vectors: readonly SparseVector[], dimensions: number) {
	const starts = new Int32Array(dimensions + 1);
	for (const { indices } of vectors) for (let i = 0; i < indices.length; i++) starts[indices[i]! + 1]!++;
	for (let j = 0; j < dimensions; j++) starts[j + 1]! += starts[j]!;
	const documents = new Int32Array(starts[dimensions]!);
	const values = new Float64Array(starts[dimensions]!);
	const filled = starts.slice(0, dimensions);
	vectors.forEach(({ indices, values: vectorValues }, d) => {
		for (let i = 0; i < indices.length; i++) {
			const at = filled[indices[i]!]!++;
			documents[at] = d;
			values[at] = vectorValues[i]!;
		}
	});
	const terms = new Int32Array(dimensions);
	return (rows: Float64Array, row: number, into: Float64Array) => {
		into.fill(0);
		const offset = row * dimensions;
		// the row's terms that are not zero, in term order
		let count = 0;
		for (let j = 0; j < dimensions; j++) if (rows[offset + j] !== 0) terms[count++] = j;
		for (let t = 0; t < count; t++) {
			const term = terms[t]!;
			const weight = rows[offset + term]!;
			for (let at = starts[term]!; at < starts[term + 1]!; at++) into[documents[at]!]! += values[at]! * weight;
		}
	};
}

function drawWeighted(weights: Float64Array, total: number, random: Random): number {
	let target = random() * total;
	for (let d = 0; d < weights.length; d++) {
		target -= weights[d]!;
		if (target <= 0) return d;
	}
	return weights.length - 1;
}

function setRow(centroids: Float64Array, row: number, dimensions: number, vector: SparseVector): void {
	const offset = row * dimensions;
	centroids.fill(0, offset, offset + dimensions);
	for (let i = 0; i < vector.indices.length; i++) centroids[offset + vector.indices[i]!] = vector.values[i]!;
}

/** Centroid = normalised mean of its members; an empty cluster takes the worst-fitting document. */
export function updateCentroids(vectors: readonly SparseVector[], assignments: Int32Array, similarity: Float64Array, centroids: Float64Array, k: number, dimensions: number): void {
	centroids.fill(0);
	const sizes = new Int32Array(k);
	for (let d = 0; d < vectors.length; d++) {
		const row = assignments[d]!;
		sizes[row]!++;
		const offset = row * dimensions;
		const { indices, values } = vectors[d]!;
		for (let i = 0; i < indices.length; i++) centroids[offset + indices[i]!]! += values[i]!;
	}
	for (let row = 0; row < k; row++) {
		if (sizes[row] === 0) {
			let worst = 0;
			for (let d = 1; d < vectors.length; d++) if (similarity[d]! < similarity[worst]!) worst = d;
			similarity[worst] = Infinity;
			setRow(centroids, row, dimensions, vectors[worst]!);
			continue;
		}
		normaliseRow(centroids, row, dimensions);
	}
}

export function normaliseRow(centroids: Float64Array, row: number, dimensions: number): void {
	const offset = row * dimensions;
	let norm = 0;
	for (let j = offset; j < offset + dimensions; j++) norm += centroids[j]! * centroids[j]!;
	if (norm === 0) return;
	const scale = 1 / Math.sqrt(norm);
	for (let j = offset; j < offset + dimensions; j++) centroids[j]! *= scale;
}
