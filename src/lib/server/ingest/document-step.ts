// One document's step of ingest, the same in a full run and an incremental one: its toponyms capped,
// expanded to their places, corrected and read into a processed document, and what it gave recorded
// in its file's entry.
import type { Toponym } from '../../contracts.ts';
import { processDocument, type DocumentSource, type ProcessedDocument } from '../../corpus/document.ts';
import type { PlaceLookup, PlaceRecord } from '../../corpus/place-record.ts';
import { applyCorrections } from '../../places/apply-corrections.ts';
import type { Correction } from '../../places/correction-format.ts';
import type { TopicMatcher } from '../../topics/taxonomy.ts';
import { expandToponyms, type CompactToponym } from './compact.ts';
import type { FileEntry } from './file-state.ts';

export interface DocumentStep {
	maxToponyms: number;
	records: Map<string, PlaceRecord>;
	corrections: Correction[];
	lookup: PlaceLookup;
	matcher: TopicMatcher;
}

export function processFileDocument(source: DocumentSource, compact: CompactToponym[], entry: FileEntry, step: DocumentStep): ProcessedDocument {
	const { text } = source.extracted;
	if (compact.length > step.maxToponyms) {
		entry.capped.push({ path: source.path, found: compact.length, kept: step.maxToponyms });
		compact = compact.slice(0, step.maxToponyms);
	}
	let toponyms: Toponym[] = expandToponyms(text, compact, step.records);
	if (step.corrections.length > 0) toponyms = applyCorrections(source.id, text, toponyms, step.corrections, step.lookup, entry.corrected);
	const done = processDocument(source, toponyms, step.matcher);
	entry.documents.push({ id: done.document.id, mentions: done.document.mentionCount });
	entry.unresolved.push(...done.unresolved);
	return done;
}
