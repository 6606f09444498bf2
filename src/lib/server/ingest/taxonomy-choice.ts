// Which taxonomy an ingest uses: the file given with --topics; the topics the user shaped in the
// explorer (the corpus's .gazette-topics.json); the curated sample taxonomy for the sample corpus;
// otherwise topics discovered from the corpus itself. A discovered taxonomy is kept in the output
// folder and reused for added documents (assigned, not re-fitted) until --rediscover.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputFileError } from '../../corpus/input-error.ts';
import { DEFAULT_TOPIC_COUNT_OPTIONS } from '../../topics/choose-k.ts';
import { candidateStability, discoverFrom, discoveryInput, FIT_RESTARTS, fitRestart, fittedTopicCount, topicCountCandidates, type DiscoveryInput, type FitRestart } from '../../topics/discover.ts';
import type { SharedJob } from './shared-work.ts';
import { formatTaxonomyFile, taxonomyFromModel } from '../../topics/taxonomy-file.ts';
import { isWeighted, parseTaxonomy, type Taxonomy } from '../../topics/taxonomy.ts';
import type { Store } from '../../store/types.ts';

/** the discovered taxonomy, in the output folder: pass it to --topics to reuse it elsewhere */
export const DISCOVERED_TAXONOMY_FILE = 'topics.discovered.json';
/** the topics shaped in the explorer, inside the corpus (a dot file: never read as a document) */
export const CORPUS_TOPICS_FILE = '.gazette-topics.json';

export interface ChosenTaxonomy {
	taxonomy: Taxonomy;
	/** the file's text, part of the output fingerprint */
	raw: string;
	source: 'file' | 'saved' | 'discovered' | 'reused';
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false
	);
}

export interface TaxonomySource {
	/** the file to read before the corpus, or null when topics are to be discovered */
	file: string | null;
	/** 'saved': the corpus's own file, which the explorer writes */
	source: 'file' | 'saved' | null;
}

/** Where the taxonomy comes from: --topics wins, then the corpus's saved file, then the sample's. */
export async function taxonomySource(topicsFile: string | undefined, corpusDir: string, sampleCorpusDir: string, sampleTopicsFile: string): Promise<TaxonomySource> {
	if (topicsFile) return { file: topicsFile, source: 'file' };
	const saved = join(corpusDir, CORPUS_TOPICS_FILE);
	if (await exists(saved)) return { file: saved, source: 'saved' };
	return resolve(corpusDir) === resolve(sampleCorpusDir) ? { file: sampleTopicsFile, source: 'file' } : { file: null, source: null };
}

export async function loadTaxonomyFile(file: string, source: 'file' | 'saved' = 'file'): Promise<ChosenTaxonomy> {
	let raw: string;
	try {
		raw = await readFile(file, 'utf8');
	} catch (error) {
		throw new InputFileError(`topics file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	return parseTaxonomyText(raw, file, source);
}

/** A taxonomy file's text (read from `file`, or its next content before it is saved there). */
export function parseTaxonomyText(raw: string, file: string, source: 'file' | 'saved' = 'file'): ChosenTaxonomy {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (error) {
		throw new InputFileError(`topics file ${file} is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
	try {
		return { taxonomy: parseTaxonomy(data), raw, source };
	} catch (error) {
		throw error instanceof InputFileError ? new InputFileError(`${file}: ${error.message}`) : error;
	}
}

/** The previous run's discovered taxonomy when there is one (and re-discovery was not asked), else a new discovery. */
export async function discoveredTaxonomy(outDir: string, texts: readonly string[], rediscover: boolean): Promise<ChosenTaxonomy> {
	const previous = rediscover ? null : await readFile(join(outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null);
	return reusedOrDiscovered(previous, texts);
}

/** The same choice for the shared store, which keeps the discovered taxonomy among its state. */
export async function sharedTaxonomy(store: Store, texts: readonly string[], rediscover: boolean): Promise<ChosenTaxonomy> {
	return reusedOrDiscovered(rediscover ? null : ((await store.state()).taxonomy ?? null), texts);
}

/** An earlier run's discovered taxonomy when it can be used again, else null. */
export function reusableTaxonomy(previous: string | null): ChosenTaxonomy | null {
	if (previous === null) return null;
	try {
		const taxonomy = parseTaxonomy(JSON.parse(previous));
		if (isWeighted(taxonomy)) return { taxonomy, raw: previous, source: 'reused' };
	} catch {
		// a damaged file is not an input the user gave: discover again
	}
	return null;
}

/** Topics discovered from the texts, as a taxonomy file's text ('' when the texts have none). */
export function discoverTaxonomyText(texts: readonly string[], input = discoveryInput(texts), known?: ReadonlyMap<number, number>, restarts?: readonly FitRestart[]): string {
	const { model } = discoverFrom(input, {}, known, restarts);
	return model.topics.length === 0 ? '' : formatTaxonomyFile(taxonomyFromModel(model));
}

/**
 * The discovery input as text, so one worker makes it for all: a line of JSON (the sample size, the
 * terms, each vector's length), then the numbers' bytes in base64 (idf and values as float64, indices
 * as int32: exact, and a tenth of the time JSON's numbers take to write and to read; the input is
 * megabytes, made on the run's critical path and read by every other worker that scores a candidate).
 */
export function serializeDiscoveryInput(input: DiscoveryInput): string {
	const { terms, idf } = input.vocabulary;
	const lengths = input.vectors.map((v) => v.indices.length);
	const total = lengths.reduce((a, b) => a + b, 0);
	const bytes = new Uint8Array(8 * idf.length + 12 * total);
	const floats = new Float64Array(bytes.buffer, 0, idf.length + total);
	const ints = new Int32Array(bytes.buffer, 8 * (idf.length + total), total);
	floats.set(idf);
	let at = 0;
	for (const v of input.vectors) {
		floats.set(v.values, idf.length + at);
		ints.set(v.indices, at);
		at += v.indices.length;
	}
	return `${JSON.stringify({ sampleSize: input.sampleSize, terms, lengths })}\n${Buffer.from(bytes.buffer).toString('base64')}`;
}

export function parseDiscoveryInput(text: string): DiscoveryInput {
	const newline = text.indexOf('\n');
	const head = JSON.parse(text.slice(0, newline)) as { sampleSize: number; terms: string[]; lengths: number[] };
	const decoded = Buffer.from(text.slice(newline + 1), 'base64');
	// a copy at offset 0 of its own buffer: typed arrays over it need their elements aligned
	const bytes = new Uint8Array(decoded.length);
	bytes.set(decoded);
	const total = head.lengths.reduce((a, b) => a + b, 0);
	const terms = head.terms.length;
	const floats = new Float64Array(bytes.buffer, 0, terms + total);
	const ints = new Int32Array(bytes.buffer, 8 * (terms + total), total);
	let at = 0;
	const vectors = head.lengths.map((length) => {
		const vector = { indices: ints.subarray(at, at + length), values: floats.subarray(terms + at, terms + at + length) };
		at += length;
		return vector;
	});
	return { sampleSize: head.sampleSize, vocabulary: { terms: head.terms, idf: floats.slice(0, terms) }, vectors };
}

/**
 * Discovery as jobs ingest workers share: the input (vocabulary and vectors of the sample) made once,
 * then each candidate number of topics scored on its own (the costly part, the largest first so the
 * last ones are short), then each restart of the fit's k-means, then the fit (the best restart run
 * again, and the topics made from it), under `key`. Every worker reads the same input, so who does
 * which part does not change the result; while one makes the input, the others geoparse.
 */
export function discoveryJobs(texts: () => readonly string[], key: string): { key: string; jobs: SharedJob[] } {
	const inputKey = `${key}:input`;
	let input: DiscoveryInput | null = null;
	type Results = (keys: string[]) => Promise<Map<string, string>>;
	const inputOf = async (resultsOf: Results) => (input ??= parseDiscoveryInput((await resultsOf([inputKey])).get(inputKey)!));
	const { minTopics, maxTopics } = DEFAULT_TOPIC_COUNT_OPTIONS;
	const candidates = Array.from({ length: maxTopics - minTopics + 1 }, (_, i) => minTopics + i);
	// jobs are claimed in key order: a larger k costs more, so it sorts first
	const candidateKey = `${key}:c`;
	const keyOf = (k: number) => `${candidateKey}:k${String(999 - k).padStart(3, '0')}`;
	const restartKeys = Array.from({ length: FIT_RESTARTS }, (_, run) => `${key}:r${run}`);
	const known = async (resultsOf: Results) => {
		const found = await resultsOf(candidates.map(keyOf));
		return new Map(candidates.filter((k) => found.get(keyOf(k))).map((k) => [k, Number(found.get(keyOf(k)))]));
	};
	const make: SharedJob = { key: inputKey, run: () => serializeDiscoveryInput((input = discoveryInput(texts()))) };
	const scores: SharedJob[] = candidates.map((k) => ({
		key: keyOf(k),
		after: inputKey,
		// '' for a k this input does not compare (too few documents for it)
		run: async (resultsOf) => {
			const shared = await inputOf(resultsOf);
			return topicCountCandidates(shared).includes(k) ? String(candidateStability(shared, k)) : '';
		}
	}));
	// after every candidate (the jobs under candidateKey): each needs the number of topics they choose
	const restarts: SharedJob[] = restartKeys.map((restartKey, run) => ({
		key: restartKey,
		after: candidateKey,
		run: async (resultsOf) => {
			const shared = await inputOf(resultsOf);
			const k = fittedTopicCount(shared, {}, await known(resultsOf));
			return k === null ? '' : serializeFitRestart(fitRestart(shared, k, run));
		}
	}));
	const fit: SharedJob = {
		key,
		run: async (resultsOf) => {
			const found = await resultsOf(restartKeys);
			const runs = restartKeys.map((restartKey) => found.get(restartKey) ?? '');
			const fitted = runs.every((run) => run !== '') ? runs.map(parseFitRestart) : undefined;
			return discoverTaxonomyText([], await inputOf(resultsOf), await known(resultsOf), fitted);
		}
	};
	return { key, jobs: [make, ...scores, ...restarts, fit] };
}

/** A restart's result as its job stores it: its last step's numbers as their bytes (base64), exact. */
function serializeFitRestart({ last, ...restart }: FitRestart): string {
	const bytes = (array: Int32Array | Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
	return JSON.stringify({ ...restart, ...(last ? { last: { assignments: bytes(last.assignments), similarity: bytes(last.similarity) } } : {}) });
}

function parseFitRestart(text: string): FitRestart {
	const { last, ...restart } = JSON.parse(text) as Omit<FitRestart, 'last'> & { last?: { assignments: string; similarity: string } };
	if (!last) return restart;
	// copied out of the decoded buffer: a typed array needs its own aligned one
	const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64')).buffer;
	return { ...restart, last: { assignments: new Int32Array(bytes(last.assignments)), similarity: new Float64Array(bytes(last.similarity)) } };
}

/** The taxonomy discoverTaxonomyText made (here or in another ingest worker). */
export function discoveredFromText(raw: string): ChosenTaxonomy {
	if (raw === '') return { taxonomy: { topics: [], minDocumentHits: 1 }, raw: '', source: 'discovered' };
	return { taxonomy: parseTaxonomy(JSON.parse(raw)), raw, source: 'discovered' };
}

function reusedOrDiscovered(previous: string | null, texts: readonly string[]): ChosenTaxonomy {
	return reusableTaxonomy(previous) ?? discoveredFromText(discoverTaxonomyText(texts));
}
