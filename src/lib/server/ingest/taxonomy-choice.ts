// Which taxonomy an ingest uses: the file given with --topics; the curated sample taxonomy for the
// sample corpus; otherwise topics discovered from the corpus itself. A discovered taxonomy is kept
// in the output folder and reused for added documents (assigned, not re-fitted) until --rediscover.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputFileError } from '../../corpus/input-error.ts';
import { discoverTopics } from '../../topics/discover.ts';
import { formatTaxonomyFile, taxonomyFromModel } from '../../topics/taxonomy-file.ts';
import { isWeighted, parseTaxonomy, type Taxonomy } from '../../topics/taxonomy.ts';

/** the discovered taxonomy, in the output folder: pass it to --topics to reuse it elsewhere */
export const DISCOVERED_TAXONOMY_FILE = 'topics.discovered.json';

export interface ChosenTaxonomy {
	taxonomy: Taxonomy;
	/** the file's text, part of the output fingerprint */
	raw: string;
	source: 'file' | 'discovered' | 'reused';
}

/** The taxonomy file to load before reading the corpus, or null when topics are to be discovered. */
export function givenTaxonomyFile(topicsFile: string | undefined, corpusDir: string, sampleCorpusDir: string, sampleTopicsFile: string): string | null {
	if (topicsFile) return topicsFile;
	return resolve(corpusDir) === resolve(sampleCorpusDir) ? sampleTopicsFile : null;
}

export async function loadTaxonomyFile(file: string): Promise<ChosenTaxonomy> {
	let raw: string;
	try {
		raw = await readFile(file, 'utf8');
	} catch (error) {
		throw new InputFileError(`topics file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch (error) {
		throw new InputFileError(`topics file ${file} is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
	try {
		return { taxonomy: parseTaxonomy(data), raw, source: 'file' };
	} catch (error) {
		throw error instanceof InputFileError ? new InputFileError(`${file}: ${error.message}`) : error;
	}
}

/** The previous run's discovered taxonomy when there is one (and re-discovery was not asked), else a new discovery. */
export async function discoveredTaxonomy(outDir: string, texts: readonly string[], rediscover: boolean): Promise<ChosenTaxonomy> {
	if (!rediscover) {
		const previous = await readFile(join(outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null);
		if (previous !== null) {
			try {
				const taxonomy = parseTaxonomy(JSON.parse(previous));
				if (isWeighted(taxonomy)) return { taxonomy, raw: previous, source: 'reused' };
			} catch {
				// a damaged file is not an input the user gave: discover again
			}
		}
	}
	const { model } = discoverTopics(texts);
	if (model.topics.length === 0) return { taxonomy: { topics: [], minDocumentHits: 1 }, raw: '', source: 'discovered' };
	const raw = formatTaxonomyFile(taxonomyFromModel(model));
	return { taxonomy: parseTaxonomy(JSON.parse(raw)), raw, source: 'discovered' };
}
