// Decoded file content → the document's clean text, metadata and title. The text is what the
// geoparser reads, the reader shows and every mention offset refers to.
import { normalizeDate } from './dates.ts';
import { readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { parseHeaderLine } from './header-line.ts';
import { emptyMetadata, METADATA_KEYS, type DocumentMetadata, type SourceFormat } from './metadata.ts';
import { shortenTitle, titleLine } from './titles.ts';

// Markdown's parser (mdast, micromark) is the biggest part of what ingest loads at its start: it is
// loaded only once a Markdown file is read (read-corpus.ts), not for a corpus of text files.
let markdown: typeof import('./markdown.ts') | null = null;

/** Loads the Markdown reader; extractDocument reads Markdown only after this. */
export async function loadMarkdownReader(): Promise<void> {
	markdown ??= await import('./markdown.ts');
}

export interface ExtractedDocument {
	text: string;
	meta: DocumentMetadata;
	/** always set: the metadata title, a heading, a title line, or the first sentence shortened */
	title: string;
}

/** A line that ends in blanks before its line end (the last line's are trimmed with the text). */
const TRAILING_BLANK = /[ \t]\n/;

/** Line ends normalised, trailing blanks of each line and runs of blank lines removed, trimmed. */
export function tidy(text: string): string {
	const unix = unixLineEnds(text.replace(/^\uFEFF/, ''));
	// most texts have no line to tidy: trimmed as they are, not split into lines and joined again (a copy of
	// every text: reading and preparing 50,000 files took 94 young-generation collections with it, 67 without)
	if (!unix.includes('\n\n\n') && !TRAILING_BLANK.test(unix)) return unix.trim();
	const lines = unix.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		let end = line.length;
		while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
		if (end < line.length) lines[i] = line.slice(0, end);
	}
	const joined = lines.join('\n');
	return (joined.includes('\n\n\n') ? joined.replace(/\n{3,}/g, '\n\n') : joined).trim();
}

/** Line ends as \n (a text with no \r, most of them, is not scanned by a regular expression: a corpus's read spent 0.5 s there at 50,000 files). */
function unixLineEnds(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * Turns decoded file content into clean text and metadata. `hints` are metadata the reader already
 * knows (HTML <meta> tags, .jsonl fields); the document's own front matter or header wins over them.
 */
export function extractDocument(content: string, format: SourceFormat, hints: Partial<DocumentMetadata> = {}): ExtractedDocument {
	const meta: DocumentMetadata = { ...emptyMetadata(), ...hints };
	let body = unixLineEnds(content.replace(/^\uFEFF/, ''));
	let front: Partial<DocumentMetadata> | null = null;
	let heading: string | null = null;
	if (format === 'markdown') {
		if (!markdown) throw new Error('extractDocument: Markdown read before loadMarkdownReader()');
		const md = markdown.markdownToText(body);
		body = md.text;
		heading = md.heading;
		front = md.frontMatter === null ? null : readFrontMatter(md.frontMatter);
	} else if (format === 'text') {
		const split = splitFrontMatter(body);
		if (split) {
			front = split.meta;
			body = split.body;
		}
	}
	if (front) Object.assign(meta, front);
	const header = parseHeaderLine(body);
	if (header) {
		for (const key of METADATA_KEYS) if (header.meta[key] && !front?.[key]) meta[key] = header.meta[key]!;
		body = header.text;
	}
	meta.date = normalizeDate(meta.date) ?? null;
	const text = tidy(body);
	// One line: metadata (an HTML <meta>, a .jsonl field) may hold line breaks.
	const title = meta.title?.replace(/\s+/g, ' ').trim() || heading || titleLine(text) || shortenTitle(text) || meta.id || 'Untitled';
	return { text, meta, title };
}
