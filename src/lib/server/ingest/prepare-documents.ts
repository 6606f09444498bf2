// The corpus's files as documents: text and metadata extracted, ids and output names assigned, texts
// hashed; duplicates and files with no text skipped with their reason.
import type { DocumentSource } from '../../corpus/document.ts';
import { documentIdFromPath, SlugRegistry } from '../../corpus/ids.ts';
import { extractDocument, type ExtractedDocument } from '../../read/extract.ts';
import { hashText } from './cache.ts';
import type { readCorpus, SkippedInput } from './read-corpus.ts';

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
