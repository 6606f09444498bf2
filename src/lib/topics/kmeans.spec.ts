// k-means reads its centroids term by term, four centroids a pass over a document's terms (kmeans.ts
// iterate): it must give, to the bit, what the plain row-by-row dot products give — the same
// assignments, centroids and objective — or discovered topics would change with the layout.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusteringFrom, dotCentroid, kmeansRestart, sphericalKMeans, updateCentroids } from './kmeans.ts';
import { seededRandom } from './random.ts';
import type { SparseVector } from './vectorize.ts';

/** The assignment loop as written before, row by row with dotCentroid. */
function rowByRow(vectors: SparseVector[], k: number, dimensions: number, centroids: Float64Array, maxIterations: number) {
	const assignments = new Int32Array(vectors.length).fill(-1);
	const similarity = new Float64Array(vectors.length);
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		let changed = 0;
		for (let d = 0; d < vectors.length; d++) {
			let bestRow = 0;
			let bestSimilarity = -Infinity;
			for (let row = 0; row < k; row++) {
				const s = dotCentroid(vectors[d]!, centroids, row, dimensions);
				if (s > bestSimilarity) [bestSimilarity, bestRow] = [s, row];
			}
			similarity[d] = bestSimilarity;
			if (assignments[d] !== bestRow) {
				assignments[d] = bestRow;
				changed++;
			}
		}
		updateCentroids(vectors, assignments, similarity, centroids, k, dimensions);
		if (changed === 0) break;
	}
	let objective = 0;
	for (let d = 0; d < vectors.length; d++) objective += dotCentroid(vectors[d]!, centroids, assignments[d]!, dimensions);
	return { centroids, assignments, objective };
}

/** The k-means++ start as written before: each centre's and candidate's similarities by dotCentroid over every document. */
function plainStart(vectors: SparseVector[], k: number, dimensions: number, random: () => number): Float64Array {
	const centroids = new Float64Array(k * dimensions);
	const candidateRow = new Float64Array(dimensions);
	const setRow = (into: Float64Array, row: number, { indices, values }: SparseVector) => {
		into.fill(0, row * dimensions, (row + 1) * dimensions);
		indices.forEach((j, i) => (into[row * dimensions + j] = values[i]!));
	};
	const trials = 2 + Math.floor(Math.log(k));
	let closest = new Float64Array(vectors.length).fill(-Infinity);
	let chosen = Math.floor(random() * vectors.length);
	for (let row = 0; row < k; row++) {
		setRow(centroids, row, vectors[chosen]!);
		for (let d = 0; d < vectors.length; d++) closest[d] = Math.max(closest[d]!, dotCentroid(vectors[d]!, centroids, row, dimensions));
		if (row === k - 1) break;
		const potentials = closest.map((c) => Math.max(0, 1 - c) ** 2);
		let total = 0;
		for (const p of potentials) total += p;
		if (total <= 0) break;
		let bestPotential = Infinity;
		let bestClosest = closest;
		for (let trial = 0; trial < trials; trial++) {
			let target = random() * total;
			let candidate = potentials.findIndex((p) => (target -= p) <= 0);
			if (candidate === -1) candidate = vectors.length - 1;
			setRow(candidateRow, 0, vectors[candidate]!);
			const next = new Float64Array(vectors.length);
			let potential = 0;
			for (let d = 0; d < vectors.length; d++) {
				next[d] = Math.max(closest[d]!, dotCentroid(vectors[d]!, candidateRow, 0, dimensions));
				potential += Math.max(0, 1 - next[d]!) ** 2;
			}
			if (potential < bestPotential) [bestPotential, bestClosest, chosen] = [potential, next, candidate];
		}
		closest = bestClosest;
	}
	return centroids;
}

const unit = (entries: [number, number][]): SparseVector => {
	const byTerm = new Map(entries);
	const indices = [...byTerm.keys()].sort((a, b) => a - b);
	const values = indices.map((j) => byTerm.get(j)!);
	const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0)) || 1;
	return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v / norm) };
};

const corpus = fc.integer({ min: 2, max: 60 }).chain((dimensions) =>
	fc.record({
		dimensions: fc.constant(dimensions),
		k: fc.integer({ min: 1, max: 9 }),
		vectors: fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: dimensions - 1 }), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: 1, maxLength: 12 }).map(unit), { minLength: 1, maxLength: 40 }),
		seed: fc.integer({ min: 1, max: 1000 })
	})
);

describe('sphericalKMeans', () => {
	it('gives what row-by-row dot products give, to the bit', () => {
		fc.assert(
			fc.property(corpus, ({ dimensions, k, vectors, seed }) => {
				// the same start for both: k of the documents as centroids
				const initial = new Float64Array(k * dimensions);
				for (let row = 0; row < k; row++) {
					const { indices, values } = vectors[(row * seed) % vectors.length]!;
					indices.forEach((j, i) => (initial[row * dimensions + j] = values[i]!));
				}
				const found = sphericalKMeans(vectors, k, dimensions, { seed, restarts: 1, maxIterations: 15, initial });
				const expected = rowByRow(vectors, k, dimensions, initial.slice(), 15);
				expect([...found.assignments]).toEqual([...expected.assignments]);
				expect([...found.centroids]).toEqual([...expected.centroids]);
				expect(found.objective).toBe(expected.objective);
			}),
			{ numRuns: 300 }
		);
	});

	it('starts where the k-means++ start by plain dot products starts, to the bit', () => {
		fc.assert(
			fc.property(corpus, ({ dimensions, k, vectors, seed }) => {
				const found = sphericalKMeans(vectors, k, dimensions, { seed, restarts: 1, maxIterations: 15 });
				const expected = rowByRow(vectors, k, dimensions, plainStart(vectors, k, dimensions, seededRandom(seed)), 15);
				expect([...found.assignments]).toEqual([...expected.assignments]);
				expect([...found.centroids]).toEqual([...expected.centroids]);
				expect(found.objective).toBe(expected.objective);
			}),
			{ numRuns: 500 }
		);
	});

	// ingest workers share a fit's restarts (kmeansRestart, each run apart) and keep the best: the same pick
	it('gives, restart by restart, what its restarts in one run give', () => {
		let apart = 0;
		fc.assert(
			fc.property(corpus, fc.integer({ min: 1, max: 6 }), ({ dimensions, k, vectors, seed }, restarts) => {
				const options = { seed, restarts, maxIterations: 15 };
				const runs = Array.from({ length: restarts }, (_, run) => kmeansRestart(vectors, k, dimensions, options, run));
				// a restart that stopped early (fewer distinct documents than k) moves the later ones: not comparable
				if (!runs.every((r) => r.standard)) return;
				apart++;
				let best = 0;
				for (let run = 1; run < restarts; run++) if (runs[run]!.clustering.objective > runs[best]!.clustering.objective + 1e-9) best = run;
				const together = sphericalKMeans(vectors, k, dimensions, options);
				expect([...runs[best]!.clustering.assignments]).toEqual([...together.assignments]);
				expect([...runs[best]!.clustering.centroids]).toEqual([...together.centroids]);
				expect(runs[best]!.clustering.objective).toBe(together.objective);
			}),
			{ numRuns: 300 }
		);
		expect(apart).toBeGreaterThan(100);
	});

	// the fit keeps its best restart's clustering (discover.ts fitClustering) from its last step, not run again
	it('makes a restart’s clustering again from its last step, to the bit (empty clusters included)', () => {
		let emptied = 0;
		fc.assert(
			fc.property(corpus, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 15 }), ({ dimensions, k, vectors, seed }, run, maxIterations) => {
				const { clustering, last } = kmeansRestart(vectors, k, dimensions, { seed, restarts: 6, maxIterations }, run);
				const again = clusteringFrom(vectors, k, dimensions, last!);
				if (new Set(last!.assignments).size < k) emptied++;
				expect([...again.assignments]).toEqual([...clustering.assignments]);
				expect(new Uint8Array(again.centroids.buffer)).toEqual(new Uint8Array(clustering.centroids.buffer));
				expect(again.objective).toBe(clustering.objective);
			}),
			{ numRuns: 500 }
		);
		expect(emptied).toBeGreaterThan(10);
	});
});
