// Ingest's inputs besides the texts: the corrections file and the taxonomy a file gives (or none:
// discover). The corpus's files become documents in prepare-documents.ts, which loads the readers
// (read/extract.ts and yaml): a run that finds nothing changed never needs them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorrections, type Correction } from '../../places/correction-format.ts';
import { InputFileError } from '../../corpus/input-error.ts';
import { PACKAGE_ROOT } from '../paths.ts';
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

/** The taxonomy read from a file (given, saved from the explorer, the sample's), or null: discover. */
export async function givenTaxonomy(options: { topicsFile?: string; topicsText?: string; rediscover?: boolean }, corpusDir: string): Promise<ChosenTaxonomy | null> {
	const saved = join(corpusDir, CORPUS_TOPICS_FILE);
	if (options.topicsText !== undefined && !options.topicsFile) return parseTaxonomyText(options.topicsText, saved, 'saved');
	const { file, source } = await taxonomySource(options.topicsFile, corpusDir, DEFAULT_CORPUS_DIR, DEFAULT_TOPICS_FILE);
	// the shaped topics are the user's work: discovering again must not silently lose or ignore them
	if (source === 'saved' && options.rediscover) throw new InputFileError(`${saved} holds the topics shaped in the explorer; move it away to discover the topics again`);
	return file && source ? loadTaxonomyFile(file, source) : null;
}
