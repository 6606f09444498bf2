// Ingest's inputs besides the texts' geoparse: the corrections file, the taxonomy a file gives (or
// none: discover), and the corpus's files as documents with ids, output names and text hashes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorrections, type Correction } from '../../places/correction-format.ts';
import type { DocumentSource } from '../../corpus/document.ts';
import { documentIdFromPath, SlugRegistry } from '../../corpus/ids.ts';
import { InputFileError } from '../../corpus/input-error.ts';
import { extractDocument, type ExtractedDocument } from '../../read/extract.ts';
import { PACKAGE_ROOT } from '../paths.ts';
import { hashText } from './cache.ts';
import type { readCorpus, SkippedInput } from './read-corpus.ts';
import { CORPUS_TOPICS_FILE, loadTaxonomyFile, parseTaxonomyText, taxonomySource, type ChosenTaxonomy } from './taxonomy-choice.ts';

export const DEFAULT_CORPUS_DIR = join(PACKAGE_ROOT, 'data', 'corpus');
export const DEFAULT_OUT_DIR = join(PACKAGE_ROOT, '.gazette', 'out');
export const DEFAULT_TOPICS_FILE = join(PACKAGE_ROOT, 'data', 'topics.json');

async function readJsonFile(file: string, what: string): Promise<{ data: unknown; raw: string }> {
	let raw: string;
	try {
		raw = await readFile(file, 'utf8');
	} catch (error) {
		throw new InputFileError(`${what} file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
	}
	try {
		return { data: JSON.parse(raw), raw };
	} catch (error) {
		throw new InputFileError(`${what} file ${file} is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
	}
}

export async function loadCorrections(file: string | undefined, text?: string): Promise<{ corrections: Correction[]; raw: string }> {
	if (!file) return { corrections: [], raw: '' };
	const { data, raw } = text === undefined ? await readJsonFile(file, 'corrections') : { data: JSON.parse(text) as unknown, raw: text };
	try {
		return { corrections: parseCorrections(data), raw };
	} catch (error) {
		throw error instanceof InputFileError ? new InputFileError(`${file}: ${error.message}`) : error;
	}
}

export interface PreparedDocument {
	source: DocumentSource;
	hash: string;
}

/** Extracts text and metadata, assigns ids and output file names; duplicates and empties are skipped. */
export function prepareDocuments(entries: Awaited<ReturnType<typeof readCorpus>>['entries'], skipped: SkippedInput[]): PreparedDocument[] {
	return documentPreparer(skipped)(entries);
}

/** prepareDocuments over a corpus read in parts: ids and output names stay taken from one part to the next. */
export function documentPreparer(skipped: SkippedInput[]): (entries: Awaited<ReturnType<typeof readCorpus>>['entries']) => PreparedDocument[] {
	const byId = new Map<string, string>();
	const files = new SlugRegistry();
	return (entries) => {
		const prepared: PreparedDocument[] = [];
		for (const entry of entries) {
			const extracted: ExtractedDocument = extractDocument(entry.content, entry.format, entry.hints);
			if (!extracted.text) {
				skipped.push({ path: entry.path, reason: 'no text (only metadata)' });
				continue;
			}
			const record = /^(.*):(\d+)$/.exec(entry.path);
			const fallbackId = entry.format === 'jsonl' && record ? `${documentIdFromPath(record[1]!)}-${record[2]}` : documentIdFromPath(entry.path);
			const id = extracted.meta.id?.trim() || fallbackId;
			const previous = byId.get(id);
			if (previous !== undefined) {
				skipped.push({ path: entry.path, reason: `duplicate document id "${id}" (already used by ${previous})` });
				continue;
			}
			byId.set(id, entry.path);
			prepared.push({ source: { id, file: files.claim(id), path: entry.path, extracted }, hash: hashText(extracted.text) });
		}
		return prepared;
	};
}

/** What discovery reads of a document: its title (when the text does not start with it) and text. */
export function topicText(source: DocumentSource): string {
	const { title, text } = source.extracted;
	return text.startsWith(title) ? text : `${title}\n${text}`;
}

/** The taxonomy read from a file (given, saved from the explorer, the sample's), or null: discover. */
export async function givenTaxonomy(options: { topicsFile?: string; topicsText?: string; rediscover?: boolean }, corpusDir: string): Promise<ChosenTaxonomy | null> {
	const saved = join(corpusDir, CORPUS_TOPICS_FILE);
	if (options.topicsText !== undefined && !options.topicsFile) return parseTaxonomyText(options.topicsText, saved, 'saved');
	const { file, source } = await taxonomySource(options.topicsFile, corpusDir, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE);
	// the shaped topics are the user's work: discovering again must not silently lose or ignore them
	if (source === 'saved' && options.rediscover) throw new InputFileError(`${saved} holds the topics shaped in the explorer; move it away to discover the topics again`);
	return file && source ? loadTaxonomyFile(file, source) : null;
}
