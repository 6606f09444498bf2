// The in-memory full ingest's first stage: the whole corpus read and decoded into documents, with what
// was skipped (sorted as the summary lists it). A corpus with no file, or no usable document, is an error.
import { InputFileError } from '../../corpus/input-error.ts';
import { prepareDocuments, type PreparedDocument } from './prepare-documents.ts';
import { compareSkipped } from './incremental.ts';
import { DEFAULT_MAX_FILE_BYTES, readCorpus, SUPPORTED_EXTENSIONS, type FileStamp, type SkippedInput } from './read-corpus.ts';
import { phase, timed } from '../../store/postgres/timeline.ts';

export interface CorpusDocuments {
	documents: PreparedDocument[];
	skipped: SkippedInput[];
	/** every file the walk found (skipped ones too), in order */
	paths: string[];
	stamps: Map<string, FileStamp>;
	/** ends the timeline's 'prepare' phase, which goes on into the next stages */
	preparing: () => void;
}

/** `shownDir`: the corpus folder as the user gave it (errors name it so). */
export async function readCorpusDocuments(corpusDir: string, shownDir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<CorpusDocuments> {
	const read = await timed('read-corpus', () => readCorpus(corpusDir, maxFileBytes));
	if (read.files === 0) throw new InputFileError(`corpus folder ${shownDir} has no files (looked for ${SUPPORTED_EXTENSIONS.join(', ')})`);
	const skipped = [...read.skipped];
	const preparing = phase('prepare');
	const documents = prepareDocuments(read.entries, skipped);
	// the files' contents are not needed past here (the documents keep what they use)
	read.entries.length = 0;
	skipped.sort(compareSkipped);
	if (documents.length === 0) {
		const first = skipped[0];
		throw new InputFileError(`no usable documents in ${shownDir}: ${skipped.length} skipped${first ? ` (${first.path}: ${first.reason}${skipped.length > 1 ? ', …' : ''})` : ''}`);
	}
	return { documents, skipped, paths: read.paths, stamps: read.stamps, preparing };
}
