// The discovery input one ingest worker makes and the others read from the shared store: read back,
// it is the same input (every number bit for bit), and discovery from it gives the same taxonomy.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/lib/read/extract.ts';
import { readCorpus } from '../../src/lib/server/ingest/read-corpus.ts';
import { discoverTaxonomyText, parseDiscoveryInput, serializeDiscoveryInput } from '../../src/lib/server/ingest/taxonomy-choice.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { discoveryInput } from '../../src/lib/topics/discover.ts';

describe('the shared discovery input', () => {
	let texts: string[] = [];
	beforeAll(async () => {
		const corpus = await readCorpus(join(PACKAGE_ROOT, 'data', 'corpus'));
		texts = corpus.entries.map((entry) => extractDocument(entry.content, entry.format, entry.hints).text);
	});

	it('reads back as the input it was made from, every number bit for bit', () => {
		const input = discoveryInput(texts);
		expect(input.vectors.length).toBeGreaterThan(5);
		const read = parseDiscoveryInput(serializeDiscoveryInput(input));
		expect(read.sampleSize).toBe(input.sampleSize);
		expect(read.vocabulary.terms).toEqual(input.vocabulary.terms);
		const bits = (values: Float64Array) => Array.from(new BigUint64Array(Float64Array.from(values).buffer));
		expect(bits(read.vocabulary.idf)).toEqual(bits(input.vocabulary.idf));
		expect(read.vectors.map((v) => [Array.from(v.indices), bits(v.values)])).toEqual(input.vectors.map((v) => [Array.from(v.indices), bits(v.values)]));
	});

	it('gives the taxonomy discovery gives from the texts themselves', () => {
		const input = discoveryInput(texts);
		const expected = discoverTaxonomyText(texts);
		expect(expected).not.toBe('');
		expect(discoverTaxonomyText([], parseDiscoveryInput(serializeDiscoveryInput(input)))).toBe(expected);
	});

	it('keeps an empty vector and an input without vectors', () => {
		const input = { sampleSize: 3, vocabulary: { terms: ['a', 'b'], idf: Float64Array.of(0.5, 1 / 3) }, vectors: [{ indices: Int32Array.of(1), values: Float64Array.of(Math.PI) }, { indices: new Int32Array(0), values: new Float64Array(0) }] };
		const read = parseDiscoveryInput(serializeDiscoveryInput(input));
		expect(read.vectors.map((v) => [Array.from(v.indices), Array.from(v.values)])).toEqual([[[1], [Math.PI]], [[], []]]);
		expect(Array.from(read.vocabulary.idf)).toEqual([0.5, 1 / 3]);
		const none = parseDiscoveryInput(serializeDiscoveryInput({ sampleSize: 0, vocabulary: { terms: [], idf: new Float64Array(0) }, vectors: [] }));
		expect(none).toEqual({ sampleSize: 0, vocabulary: { terms: [], idf: new Float64Array(0) }, vectors: [] });
	});
});
