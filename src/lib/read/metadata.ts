// What a reader knows about a document besides its text, and the names front matter and feeds use for it.

export type SourceFormat = 'text' | 'markdown' | 'html' | 'jsonl';

export interface DocumentMetadata {
	id: string | null;
	title: string | null;
	date: string | null;
	author: string | null;
	source: string | null;
}

export const METADATA_KEYS = ['id', 'title', 'date', 'author', 'source'] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];

// a Map, not an object literal: a key read from a document ("constructor", "__proto__") must not find
// Object.prototype's members
const KEY_ALIASES = new Map<string, MetadataKey>([
	['published', 'date'],
	['pubdate', 'date'],
	['created', 'date'],
	['by', 'author'],
	['byline', 'author'],
	['authors', 'author'],
	['publisher', 'source'],
	['site', 'source'],
	['url', 'source']
]);

export function emptyMetadata(): DocumentMetadata {
	return { id: null, title: null, date: null, author: null, source: null };
}

/** The metadata field a front-matter key names (case-insensitive, with common aliases), if any. */
export function metadataKey(name: string): MetadataKey | undefined {
	const key = name.toLowerCase();
	return (METADATA_KEYS as readonly string[]).includes(key) ? (key as MetadataKey) : KEY_ALIASES.get(key);
}
