// Reads a corpus folder into decoded documents. Anything unusable is reported with a reason and
// skipped; it never stops the rest of the corpus.
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { loadMarkdownReader } from '../../read/extract.ts';
import { parseJsonl } from '../../read/jsonl.ts';
import type { DocumentMetadata, SourceFormat } from '../../read/metadata.ts';
import { DEFAULT_MAX_FILE_BYTES, readBoundedSync, walkCorpus, type CorpusFile, type SkippedInput } from './walk-corpus.ts';
import { appendAll } from './append-all.ts';

export type { SkippedInput } from './walk-corpus.ts';

export { DEFAULT_MAX_FILE_BYTES } from './walk-corpus.ts';

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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or why its bytes are not usable text (decoded once: a check, then a decode, cost two). */
export function decodeFileText(bytes: Uint8Array): { text: string } | { problem: string } {
	if (bytes.length === 0) return { problem: 'empty file' };
	if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes)' };
	try {
		// the decoder drops a leading byte order mark; a second one goes too
		return { text: strictUtf8.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		return { problem: 'not valid UTF-8 text' };
	}
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

function statOrNull(path: string): FileStamp | null {
	try {
		return statSync(path, { throwIfNoEntry: false }) ?? null;
	} catch {
		return null;
	}
}

/** Files up to this size are read into one reused buffer (their bytes are decoded before the next is read). */
const SCRATCH_BYTES = 1 << 20;

/** How long a read of many files holds the event loop before it lets timers and I/O run (a server, a lease). */
const TURN_MS = 20;

/** Reads the given files of a corpus (in their order) into entries; what is unusable goes to `skipped`. */
export async function readFiles(files: CorpusFile[], maxFileBytes = DEFAULT_MAX_FILE_BYTES): Promise<Omit<CorpusRead, 'files'>> {
	const entries: CorpusEntry[] = [];
	const skipped: SkippedInput[] = [];
	const stamps = new Map<string, FileStamp>();
	// most files are read into one buffer and decoded from there (a buffer per file was 0.2 s of a 50,000-file read, and its collection more)
	const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
	const stampOf = (path: string, info: { size: number; mtimeMs: number } | null | undefined) => info && stamps.set(path, { size: info.size, mtimeMs: info.mtimeMs });
	const readOne = async ({ path, real }: CorpusFile) => {
		const format = FORMATS[extname(path).toLowerCase()];
		if (!format) {
			stampOf(path, statOrNull(real));
			return { skipped: [{ path, reason: `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})` }] };
		}
		let bytes: Uint8Array;
		try {
			// the stamp is the open file's, taken before it is read (a later edit shows as a change)
			const { read, info } = readBoundedSync(real, maxFileBytes, scratch);
			stampOf(path, info);
			if ('problem' in read) {
				const reason = read.problem === 'not-regular' ? read.reason : `too large (${read.size === null ? 'more than the limit' : formatBytes(read.size)}, limit ${formatBytes(maxFileBytes)})`;
				return { skipped: [{ path, reason }] };
			}
			bytes = read.bytes;
		} catch (error) {
			// a file that cannot be opened keeps the stamp stat() gives it, if any
			stampOf(path, statOrNull(real));
			const code = (error as NodeJS.ErrnoException).code ?? 'error';
			return { skipped: [{ path, reason: `unreadable (${code})` }] };
		}
		const decoded = decodeFileText(bytes);
		if ('problem' in decoded) return { skipped: [{ path, reason: decoded.problem }] };
		const { text } = decoded;
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
	// one file after another, each read synchronously (readBoundedSync), with a turn of the event loop now and then
	let turn = performance.now();
	for (const file of files) {
		const result = await readOne(file);
		if ('entries' in result && result.entries) appendAll(entries, result.entries);
		if ('skipped' in result && result.skipped) appendAll(skipped, result.skipped);
		if (performance.now() - turn > TURN_MS) {
			await new Promise((resolve) => setImmediate(resolve));
			turn = performance.now();
		}
	}
	return { entries, skipped, stamps };
}
