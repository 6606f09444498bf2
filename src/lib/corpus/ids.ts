// Stable, file-system-safe names for documents and places in the ingest output.

import { foldText } from '../fold.ts';

/** Lower-case ASCII slug: diacritics folded, anything else collapsed to single dashes. */
export function slugify(value: string, maxLength = 80): string {
	const slug = foldText(value)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/, '');
	return slug || 'item';
}

/**
 * Hands out slugs that are unique within one output folder. Case-insensitive file systems
 * would merge "A" and "a", which is why slugs are lower case and checked here.
 */
export class SlugRegistry {
	private readonly taken = new Set<string>();

	claim(value: string): string {
		const base = slugify(value);
		let candidate = base;
		for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}-${n}`;
		this.taken.add(candidate);
		return candidate;
	}
}

/** A document's id from its path inside the corpus: POSIX separators, no extension. */
export function documentIdFromPath(relativePath: string): string {
	const posix = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
	return posix.replace(/\.[^./]+$/, '');
}
