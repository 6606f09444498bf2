// The streamed full ingest's first pass (streamed.ts): every file read once, in parts, for what needs the
// whole corpus before anything is written — how many documents, the run's fingerprint (a digest of
// every document's id, path, text and metadata), each file's stamp, and the sample topic discovery fits.
import { createHash } from 'node:crypto';
import { DISCOVERY_SAMPLE_SIZE } from '../../topics/discover.ts';
import { hashString } from '../../topics/random.ts';
import { compareSkipped } from './incremental.ts';
import { documentPreparer, topicText } from './prepare-documents.ts';
import { readFiles, type FileStamp } from './read-corpus.ts';
import type { PackedFiles } from './packed-files.ts';
import type { SkippedInput } from './walk-corpus.ts';
import { appendAll } from './append-all.ts';

/** The texts discovery would sample from the whole corpus (sampleInHashOrder), kept as they stream by. */
function hashOrderSample(size: number) {
	let kept: { text: string; hash: number }[] = [];
	const order = (a: { text: string; hash: number }, b: { text: string; hash: number }) => a.hash - b.hash || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
	const trim = () => (kept = kept.sort(order).slice(0, size));
	return {
		add(text: string) {
			kept.push({ text, hash: hashString(text) });
			if (kept.length >= 2 * size) trim();
		},
		texts: () => trim().map((entry) => entry.text)
	};
}

export interface Scan {
	documents: number;
	skipped: SkippedInput[];
	/** each file's stamp as the first pass took it, by its position in the walk (NaN: none) — two
	 * arrays, not a map of 200,000 paths held through the run (27 MB of heap at 200,000 files) */
	stamps: { sizes: Float64Array; mtimes: Float64Array };
	/** the documents' ids, paths, text hashes, titles and metadata, hashed in corpus order */
	digest: string;
	sample: string[] | null;
}

export function scanStamp(scan: Scan, index: number): FileStamp | undefined {
	const size = scan.stamps.sizes[index]!;
	return Number.isNaN(size) ? undefined : { size, mtimeMs: scan.stamps.mtimes[index]! };
}

/** The first pass: counts, fingerprints and (when topics are discovered) the discovery sample. */
export async function scanCorpus(files: PackedFiles, walkSkipped: SkippedInput[], maxFileBytes: number, wantSample: boolean, partFiles: number): Promise<Scan> {
	const skipped = [...walkSkipped];
	const prepare = documentPreparer(skipped);
	const stamps = { sizes: new Float64Array(files.length).fill(NaN), mtimes: new Float64Array(files.length).fill(NaN) };
	let start = 0;
	const digest = createHash('sha1');
	const sample = wantSample ? hashOrderSample(DISCOVERY_SAMPLE_SIZE) : null;
	let documents = 0;
	for (const part of files.parts(partFiles)) {
		const read = await readFiles(part, maxFileBytes);
		appendAll(skipped, read.skipped);
		part.forEach(({ path }, i) => {
			const stamp = read.stamps.get(path);
			if (!stamp) return;
			stamps.sizes[start + i] = stamp.size;
			stamps.mtimes[start + i] = stamp.mtimeMs;
		});
		start += part.length;
		for (const d of prepare(read.entries)) {
			documents++;
			digest.update(`${d.source.id}\t${d.source.path}\t${d.hash}\t${d.source.extracted.title}\t${JSON.stringify(d.source.extracted.meta)}`).update('\u0000');
			sample?.add(topicText(d.source));
		}
	}
	return { documents, skipped: skipped.sort(compareSkipped), stamps, digest: digest.digest('hex'), sample: sample?.texts() ?? null };
}
