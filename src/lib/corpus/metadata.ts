// Document metadata (title, date, author, source) from front matter and news header lines,
// and the clean text that the geoparser reads and the explorer shows.
import { normalizeDate } from './dates.ts';
import { markdownToText } from './markdown.ts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'jsonl';

export interface DocumentMetadata {
	id: string | null;
	title: string | null;
	date: string | null;
	author: string | null;
	source: string | null;
}

export interface ExtractedDocument {
	text: string;
	meta: DocumentMetadata;
	/** always set: the metadata title, a heading, a title line, or the first sentence shortened */
	title: string;
}

const META_KEYS = ['id', 'title', 'date', 'author', 'source'] as const;
const KEY_ALIASES: Record<string, (typeof META_KEYS)[number]> = {
	published: 'date',
	pubdate: 'date',
	created: 'date',
	by: 'author',
	byline: 'author',
	publisher: 'source',
	site: 'source',
	url: 'source'
};

export function emptyMetadata(): DocumentMetadata {
	return { id: null, title: null, date: null, author: null, source: null };
}

function unquote(value: string): string {
	const trimmed = value.trim();
	const quoted = /^(["'])(.*)\1$/.exec(trimmed);
	return quoted ? quoted[2]! : trimmed;
}

/** YAML-ish front matter (`---` fenced `key: value` lines). Unknown keys are ignored. */
export function parseFrontMatter(raw: string): { meta: Partial<DocumentMetadata>; body: string } | null {
	const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
	if (!match) return null;
	const meta: Partial<DocumentMetadata> = {};
	for (const line of match[1]!.split(/\r?\n/)) {
		const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
		if (!field) continue;
		const key = field[1]!.toLowerCase();
		const name = (META_KEYS as readonly string[]).includes(key) ? (key as (typeof META_KEYS)[number]) : KEY_ALIASES[key];
		const value = unquote(field[2]!);
		if (name && value && meta[name] === undefined) meta[name] = value;
	}
	return { meta, body: raw.slice(match[0].length) };
}

/**
 * News exports often start with a header line such as ` date 2021-11-23 By Ayya Lmahamad` or
 * ` date 2024-08-19 (MENAFN- AzerNews) Fatima Latifova Read more`. The date, byline and agency are
 * metadata; anything else on the line (a dateline like "BAKU, Azerbaijan, December 13. …") is prose.
 */
export function parseHeaderLine(text: string): { meta: Partial<DocumentMetadata>; text: string } | null {
	const match = /^[ \t]*date[ \t]+(\S+)[ \t]*([^\n]*)(?:\n|$)/i.exec(text);
	if (!match) return null;
	const date = normalizeDate(match[1]);
	if (!date) return null;
	const meta: Partial<DocumentMetadata> = { date };
	const rest = match[2]!.trim();
	const after = text.slice(match[0].length);
	const byline = /^By\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){1,5})$/u.exec(rest);
	if (byline) return { meta: { ...meta, author: byline[1]!.trim() }, text: after };
	const agency = /^\((?:MENAFN-\s*)?([^)]+)\)\s*(.*?)\s*(?:Read more)?$/i.exec(rest);
	if (agency) {
		const author = agency[2]!.trim();
		const looksLikeName = /^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}$/u.test(author);
		return { meta: { ...meta, source: agency[1]!.trim(), author: looksLikeName ? author : null }, text: looksLikeName || !author ? after : `${author}\n${after}` };
	}
	return { meta, text: rest ? `${rest}\n${after}` : after };
}

/** A short first line followed by a blank line reads as a headline. */
function titleLine(text: string): string | null {
	const match = /^([^\n]{3,150})\n[ \t]*\n/.exec(text);
	if (!match) return null;
	const line = match[1]!.trim();
	if (/[.:;,]$/.test(line) || line.split(/\s+/).length > 16) return null;
	return line;
}

const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+,(?:\s[\p{L}\s]+,)?\s\p{L}+\.?\s\d{1,2}\.\s+(?=\S)/u;

/** The first sentence, cut at a word boundary: a fallback title a reader can still recognise. */
export function shortenTitle(text: string, maxLength = 90): string {
	// A dateline ("BAKU, Azerbaijan, December 13.") says where and when, not what: skip it.
	const firstLine = (text.trim().split('\n')[0] ?? '').replace(DATELINE, '');
	const sentence = /^(.+?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine;
	if (sentence.length <= maxLength) return sentence.replace(/\.$/, '');
	const cut = sentence.slice(0, maxLength);
	const space = cut.lastIndexOf(' ');
	return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

function tidy(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Turns decoded file content into clean text and metadata. `hints` are metadata the reader already
 * knows (HTML <meta> tags, .jsonl fields); the document's own front matter or header wins over them.
 */
export function extractDocument(content: string, format: SourceFormat, hints: Partial<DocumentMetadata> = {}): ExtractedDocument {
	const meta: DocumentMetadata = { ...emptyMetadata(), ...hints };
	let body = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const front = format === 'markdown' || format === 'text' ? parseFrontMatter(body) : null;
	if (front) {
		Object.assign(meta, front.meta);
		body = front.body;
	}
	let heading: string | null = null;
	if (format === 'markdown') {
		const md = markdownToText(body);
		body = md.text;
		heading = md.heading;
	}
	const header = parseHeaderLine(body);
	if (header) {
		for (const key of META_KEYS) if (header.meta[key] && !front?.meta[key]) meta[key] = header.meta[key]!;
		body = header.text;
	}
	meta.date = normalizeDate(meta.date) ?? null;
	const text = tidy(body);
	const title = meta.title?.trim() || heading || titleLine(text) || shortenTitle(text) || meta.id || 'Untitled';
	return { text, meta, title };
}
