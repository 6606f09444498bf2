// Reads a corpus folder into decoded documents. Anything unusable is reported with a reason and
// skipped; it never stops the rest of the corpus.
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadMarkdownReader } from '../../read/extract.ts';
import { parseJsonl } from '../../read/jsonl.ts';
import type { DocumentMetadata, SourceFormat } from '../../read/metadata.ts';
import { readBounded, walkCorpus, type CorpusFile, type SkippedInput } from './walk-corpus.ts';

export type { SkippedInput } from './walk-corpus.ts';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const FORMATS: Record<string, SourceFormat> = { '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export interface CorpusEntry {
	path: string;
	format: SourceFormat;
	/** decoded text (HTML already turned into text) */
	content: string;
	hints: Partial<DocumentMetadata>;
}

export interface CorpusRead {
	entries: CorpusEntry[];
	skipped: SkippedInput[];
	/** files looked at, including skipped ones */
	files: number;
	/** size and modification time of each file read, taken before it was read (a later edit shows) */
	stamps: Map<string, FileStamp>;
}

export interface FileStamp {
	size: number;
	mtimeMs: number;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Why a buffer is not usable text, or null when it is fine. */
export function undecodableReason(bytes: Uint8Array): string | null {
	if (bytes.length === 0) return 'empty file';
	if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return 'not valid UTF-8 text';
	}
	return null;
}

export function decodeText(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export async function readCorpus(dir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<CorpusRead & { paths: string[] }> {
	const walked = await walkCorpus(dir);
	const read = await readFiles(walked.files, maxFileBytes);
	return { ...read, skipped: [...walked.skipped, ...read.skipped], files: walked.files.length + walked.skipped.length, paths: walked.files.map((f) => f.path) };
}

/** Size and modification time of each file (a file that cannot be stat'ed has none: it always reads as changed),
 * each also given to `onStamp` as it is taken, in the files' order (`keep` false: only given, the map stays empty).
 * Synchronous on purpose: a stat of a cached inode takes microseconds, a promise's round trip far more. */
export function stampFiles(files: CorpusFile[], onStamp?: (path: string, stamp: FileStamp | undefined) => void, keep = true): Map<string, FileStamp> {
	const stamps = new Map<string, FileStamp>();
	for (const { path, real } of files) {
		let info;
		try {
			info = statSync(real, { throwIfNoEntry: false });
		} catch {
			// no stamp: reads as changed
		}
		const stamp = info ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
		if (stamp && keep) stamps.set(path, stamp);
		onStamp?.(path, stamp);
	}
	return stamps;
}

/** A bounded number of calls in flight: fast on big corpora without exhausting file handles. */
async function inParallel<T>(items: T[], run: (item: T, index: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			await run(items[index]!, index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(32, items.length) }, worker));
}

/** Reads the given files of a corpus (in their order) into entries; what is unusable goes to `skipped`. */
export async function readFiles(files: CorpusFile[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<Omit<CorpusRead, 'files'>> {
	const entries: CorpusEntry[] = [];
	const skipped: SkippedInput[] = [];
	const stamps = new Map<string, FileStamp>();
	const readOne = async ({ path, real }: CorpusFile) => {
		const info = await stat(real).catch(() => null);
		if (info) stamps.set(path, { size: info.size, mtimeMs: info.mtimeMs });
		const format = FORMATS[extname(path).toLowerCase()];
		if (!format) return { skipped: [{ path, reason: `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})` }] };
		let bytes: Uint8Array;
		try {
			const read = await readBounded(real, maxFileBytes);
			if ('problem' in read) {
				const reason = read.problem === 'not-regular' ? read.reason : `too large (${read.size === null ? 'more than the limit' : formatBytes(read.size)}, limit ${formatBytes(maxFileBytes)})`;
				return { skipped: [{ path, reason }] };
			}
			bytes = read.bytes;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? 'error';
			return { skipped: [{ path, reason: `unreadable (${code})` }] };
		}
		const problem = undecodableReason(bytes);
		if (problem) return { skipped: [{ path, reason: problem }] };
		const text = decodeText(bytes);
		if (!text.trim()) return { skipped: [{ path, reason: 'empty file (only whitespace)' }] };
		if (format === 'jsonl') return parseJsonl(text, path);
		if (format === 'html') {
			// the HTML parser loads with the first HTML file (a corpus of text files starts without it)
			const { htmlToDocument } = await import('../../read/html.ts');
			const html = htmlToDocument(text);
			if (!html.text) return { skipped: [{ path, reason: 'no text in the HTML' }] };
			return { entries: [{ path, format, content: html.text, hints: html.hints }] };
		}
		if (format === 'markdown') await loadMarkdownReader();
		return { entries: [{ path, format, content: text, hints: {} }] };
	};
	const results: Awaited<ReturnType<typeof readOne>>[] = new Array(files.length);
	await inParallel(files, async (file, index) => void (results[index] = await readOne(file)));
	for (const result of results) {
		if ('entries' in result && result.entries) entries.push(...result.entries);
		if ('skipped' in result && result.skipped) skipped.push(...result.skipped);
	}
	return { entries, skipped, stamps };
}
