// The parts of a streamed ingest (streamed.ts), read and handed to the geoparser ahead of the part
// being processed and written: the geoparser's worker parses the next part while the main thread
// processes and writes this one, and parses further ahead while the topics are being fitted. Parts
// are prepared (ids, output names) and sent in corpus order, whatever order their reads finish in.
import type { PlaceRecord } from '../../corpus/place-record.ts';
import type { CompactToponym } from './compact.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { documentPreparer, type PreparedDocument } from './inputs.ts';
import { readFiles, type FileStamp } from './read-corpus.ts';
import type { CorpusFile, SkippedInput } from './walk-corpus.ts';

export interface ParsedPart {
	files: CorpusFile[];
	stamps: Map<string, FileStamp>;
	/** the part's files' skipped inputs: unreadable files, empty or duplicate documents */
	skipped: SkippedInput[];
	documents: PreparedDocument[];
	/** text hash → toponyms (documents with the same text are geoparsed once) */
	toponymsOf: Map<string, CompactToponym[]>;
	places: PlaceRecord[];
}

export interface PartPipeline {
	/** the first `count` parts sent to the geoparser (it parses them while the caller works on) */
	start(count: number): Promise<void>;
	/** the part `index` (taken in order, once each), with up to `ahead` later parts started meanwhile;
	 * returned once the next part (when started) is with the geoparser */
	take(index: number, ahead: number): Promise<ParsedPart>;
}

export function partPipeline(parts: CorpusFile[][], options: { maxFileBytes: number; geoparser: IngestGeoparser; onParsed?: (count: number) => void }): PartPipeline {
	const found: SkippedInput[] = [];
	const prepare = documentPreparer(found);
	// resolves once the part is sent to the geoparser: the next part waits for it, keeping the order
	const started = new Map<number, Promise<{ parsed: Promise<ParsedPart> }>>();
	let nextToStart = 0;

	async function start(index: number, previous: Promise<unknown> | undefined): Promise<{ parsed: Promise<ParsedPart> }> {
		const files = parts[index]!;
		const read = await readFiles(files, options.maxFileBytes);
		await previous;
		const documents = prepare(read.entries);
		read.entries.length = 0;
		const skipped = [...read.skipped, ...found.splice(0)];
		const texts = new Map<string, string>();
		for (const d of documents) if (!texts.has(d.hash)) texts.set(d.hash, d.source.extracted.text);
		const hashes = [...texts.keys()];
		const parsed = options.geoparser.parse([...texts.values()], options.onParsed).then((result) => ({
			files,
			stamps: read.stamps,
			skipped,
			documents,
			toponymsOf: new Map(hashes.map((hash, i) => [hash, result.toponyms[i]!])),
			places: result.places
		}));
		// awaited by take(); a part started ahead that is never taken (an earlier part failed) rejects unheard
		parsed.catch(() => {});
		return { parsed };
	}

	const startUpTo = (last: number) => {
		while (nextToStart <= Math.min(parts.length - 1, last)) {
			const part = start(nextToStart, started.get(nextToStart - 1));
			// a part started ahead that is never taken (an earlier part failed) fails unheard
			part.catch(() => {});
			started.set(nextToStart, part);
			nextToStart++;
		}
	};

	return {
		async start(count) {
			startUpTo(count - 1);
			await started.get(Math.min(parts.length, count) - 1);
		},
		async take(index, ahead) {
			startUpTo(index + ahead);
			const part = started.get(index);
			if (!part) throw new Error(`part ${index} was taken already`);
			const { parsed } = await part;
			// the next part waits for this one's start only, which is over: nothing holds it now
			started.delete(index);
			const result = await parsed;
			// the next part is with the geoparser before the caller gets busy with this one
			await started.get(index + 1);
			return result;
		}
	};
}
