// A run on the shared store once its texts are geoparsed and its topics chosen: the documents are cut
// into chunks of whole files, and each worker works out only the chunks it claims (its documents
// processed, their places validated, their rows hashed and staged with the files' records). The
// worker that moves the run in makes the summary, the manifest and the ingest state from the merged
// file records, so every worker count gives the same store as one worker.
import { createHash } from 'node:crypto';
import { aggregateCorpus } from '../../corpus/aggregate.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import { slugify } from '../../corpus/ids.ts';
import type { PlaceRecord, PlaceLookup } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import type { Correction } from '../../places/correction-format.ts';
import { CHUNK_DOCUMENTS, type ChunkRows, type InvalidPlace, type MergedRun, type RunChange, type SharedRun } from '../../store/postgres/run-write.ts';
import type { StoredPlace } from '../../store/types.ts';
import type { Taxonomy, TopicMatcher } from '../../topics/taxonomy.ts';
import type { CompactToponym } from './compact.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, emptyEntry, emptyTotals, fileRow, parseEntry, type FileEntry, type IngestTotals } from './file-state.ts';
import type { PreparedDocument } from './prepare-documents.ts';
import type { FileStamp } from './read-corpus.ts';
import { storedDocument, storedPlace } from './store-sync.ts';
import type { SkippedInput } from './walk-corpus.ts';

export interface SharedRunInput {
	runKey: string;
	documents: PreparedDocument[];
	/** the corpus's files in walk order, and each document's or skip's file */
	paths: string[];
	fileOf: (path: string) => string;
	stamps: Map<string, FileStamp>;
	skipped: SkippedInput[];
	entries: Record<string, CompactToponym[]>;
	records: Map<string, PlaceRecord>;
	lookup: PlaceLookup;
	matcher: TopicMatcher;
	taxonomy: Taxonomy;
	corrections: Correction[];
	maxToponyms: number;
	countryName: (code: string) => string | null;
	/** the run's record from the corpus totals (summary, manifest, state) */
	record(totals: IngestTotals, merged: { places: number; invalid: string[] }): Promise<RunChange>;
}

/** Places dropped as invalid, most named first (as the full run lists them). */
function invalidInOrder(invalid: InvalidPlace[]): string[] {
	return [...invalid]
		.sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
		.map((p) => p.problem);
}

/** The run's chunks: whole files in walk order, a chunk closed at the first file end past CHUNK_DOCUMENTS documents. */
function chunksOf(input: SharedRunInput): { key: string; files: string[]; documents: number[] }[] {
	const byFile = new Map<string, number[]>();
	input.documents.forEach((d, seq) => {
		const file = input.fileOf(d.source.path);
		const list = byFile.get(file);
		if (list) list.push(seq);
		else byFile.set(file, [seq]);
	});
	const chunks: { key: string; files: string[]; documents: number[] }[] = [];
	let current: { files: string[]; documents: number[] } = { files: [], documents: [] };
	for (const [file, seqs] of byFile) {
		current.files.push(file);
		current.documents.push(...seqs);
		if (current.documents.length >= CHUNK_DOCUMENTS) {
			chunks.push({ key: '', ...current });
			current = { files: [], documents: [] };
		}
	}
	if (current.documents.length > 0) chunks.push({ key: '', ...current });
	for (const chunk of chunks) {
		const hash = createHash('sha256').update(input.runKey);
		for (const seq of chunk.documents) {
			const { source, hash: textHash } = input.documents[seq]!;
			hash.update(`\n${seq}\t${source.id}\t${source.path}\t${textHash}`);
		}
		chunk.key = `run:${hash.digest('hex')}`;
	}
	return chunks;
}

export function sharedRun(input: SharedRunInput): SharedRun {
	const chunks = chunksOf(input);
	const chunked = new Set(chunks.flatMap((c) => c.files));
	const skippedOf = new Map<string, SkippedInput[]>();
	for (const s of input.skipped) {
		const file = input.fileOf(s.path);
		const ofFile = skippedOf.get(file);
		if (ofFile) ofFile.push(s);
		else skippedOf.set(file, [s]);
	}
	const entryOf = (file: string): FileEntry => ({ ...emptyEntry(input.corrections.length), skipped: [...(skippedOf.get(file) ?? [])] });

	function work(index: number): ChunkRows {
		const chunk = chunks[index]!;
		const entries = new Map(chunk.files.map((file) => [file, entryOf(file)]));
		const step = { maxToponyms: input.maxToponyms, records: input.records, corrections: input.corrections, lookup: input.lookup, matcher: input.matcher };
		const processed: ProcessedDocument[] = chunk.documents.map((seq) => {
			const d = input.documents[seq]!;
			return processFileDocument(d.source, input.entries[d.hash]!, entries.get(input.fileOf(d.source.path))!, step);
		});
		const aggregate = aggregateCorpus(processed, input.records, input.countryName, input.taxonomy);
		const { places, problems } = validatePlaces(aggregate.places);
		const placeById = new Map(places.features.map((f) => [f.properties.id, storedPlace(f)] as const));
		// validation keeps the valid features and lists a problem per other one, in order
		const dropped = aggregate.places.features.filter((f) => !placeById.has(f.properties.id));
		const invalid: InvalidPlace[] = dropped.map((f, i) => ({ id: f.properties.id, name: f.properties.name, problem: problems[i]!, documents: f.properties.documentCount, mentions: f.properties.mentionCount }));
		const first = new Map<string, { place: StoredPlace; seq: number; position: number }>();
		const documents = processed.map((p, i) => {
			const seq = chunk.documents[i]!;
			p.document.placeIds.forEach((id, position) => {
				const place = placeById.get(id);
				if (place && !first.has(id)) first.set(id, { place, seq, position });
			});
			return { seq, document: storedDocument(p, placeById) };
		});
		const files = [...entries].map(([file, entry]) => fileRow(file, input.stamps.get(file), entry));
		return { documents, places: [...first.values()], files, invalid };
	}

	async function finish(merged: MergedRun): Promise<RunChange> {
		// the files' records in walk order (the totals' lists keep the full run's order), with the files no chunk holds
		const rows = new Map(merged.files.map((row) => [row.path, row]));
		const totals = emptyTotals(input.corrections.length);
		const put = [];
		for (const file of input.paths) {
			const row = rows.get(file) ?? (chunked.has(file) ? undefined : fileRow(file, input.stamps.get(file), entryOf(file)));
			if (!row) continue;
			put.push(row);
			applyEntry(totals, parseEntry(row, input.corrections.length), 1);
		}
		totals.clashes = input.documents.some((d) => d.source.file !== slugify(d.source.id));
		const record = await input.record(totals, { places: merged.places, invalid: invalidInOrder(merged.invalid) });
		return { ...record, files: { put, remove: [], replace: true } };
	}

	return { key: input.runKey, chunks: chunks.map((c) => c.key), work, finish };
}
