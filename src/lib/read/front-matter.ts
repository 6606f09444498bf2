// Front matter: a YAML mapping between `---` fences at the very start of a file, read with `yaml`.
import { parseDocument } from 'yaml';
import { metadataKey, type DocumentMetadata } from './metadata.ts';

/** Front matter longer than this is not metadata; it is skipped rather than parsed. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/**
 * Metadata is flat. The YAML parser is super-linear in nesting (300 nested `? ` keys take seconds,
 * 8,000 nested `[` exhaust the regexp compiler, 64 KB of lines each indented one step deeper than the
 * last take seconds), so deeper front matter is not read at all.
 */
export const MAX_YAML_NESTING = 8;

/** A block scalar's header ending its line ("summary: |", "- >-  # note"), from its `|` or `>`: the lines indented under it are its text. */
const BLOCK_SCALAR_HEADER = /[|>][-+1-9]{0,2}[ \t]*(?:#[^\n]*)?\r?(?=\n|$)/y;

/**
 * Whether flow collections (`[`, `{`, outside quotes) nest too deep, one line holds too many `- `, `? `,
 * `: `, or lines indent to too many levels (a block scalar's text aside).
 */
function nestsTooDeep(yaml: string): boolean {
	let flowDepth = 0;
	/** the indentations of the block lines open above the current one, shallowest first */
	const indents: number[] = [];
	/** the indentation of the line that opened a block scalar, while its text lasts */
	let scalarParent = -1;
	for (let lineStart = 0; lineStart < yaml.length; ) {
		let lineEnd = yaml.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = yaml.length;
		let indent = 0;
		while (yaml.charCodeAt(lineStart + indent) === 32) indent++;
		const content = lineStart + indent;
		const blank = content >= lineEnd || yaml[content] === '#' || yaml[content] === '\r';
		const inScalar = scalarParent >= 0 && (blank || indent > scalarParent);
		if (!inScalar) scalarParent = -1;
		if (!blank && !inScalar && flowDepth === 0) {
			while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
			if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
			if (indents.length > MAX_YAML_NESTING) return true;
		}
		if (!inScalar) {
			let quote = '';
			let lineIndicators = 0;
			for (let i = content; i < lineEnd; i++) {
				const char = yaml[i]!;
				if (quote) {
					if (char === quote) quote = '';
					continue;
				}
				if (char === '"' || char === "'") quote = char;
				else if (char === '[' || char === '{') {
					if (++flowDepth > MAX_YAML_NESTING) return true;
				} else if (char === ']' || char === '}') flowDepth = Math.max(0, flowDepth - 1);
				else if ((char === '|' || char === '>') && flowDepth === 0 && (i === content || yaml[i - 1] === ' ' || yaml[i - 1] === '\t')) {
					// (tested where a header may start, and the rest of the line read once: it is the header's)
					BLOCK_SCALAR_HEADER.lastIndex = i;
					if (BLOCK_SCALAR_HEADER.test(yaml)) {
						scalarParent = indent;
						break;
					}
				}
				if ((char === '-' || char === '?' || char === ':') && (yaml[i + 1] === ' ' || yaml[i + 1] === '\t')) {
					if (++lineIndicators > MAX_YAML_NESTING) return true;
				}
			}
		}
		lineStart = lineEnd + 1;
	}
	return false;
}

/** A YAML value as one line of metadata: scalars as text, lists joined ("A, B"), mappings ignored. */
function metadataText(value: unknown): string | null {
	if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (Array.isArray(value)) {
		const items = value.map((item) => (Array.isArray(item) ? null : metadataText(item))).filter((item): item is string => item !== null);
		return items.length ? items.join(', ') : null;
	}
	return null;
}

/**
 * The metadata in a front-matter block (the YAML between the fences), or null when it is not a YAML
 * mapping. Unknown keys are ignored; the first key naming a field wins.
 */
export function readFrontMatter(yamlSource: string): Partial<DocumentMetadata> | null {
	if (yamlSource.length > MAX_FRONT_MATTER_CHARS || nestsTooDeep(yamlSource)) return null;
	const document = parseDocument(yamlSource, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
	if (document.errors.length > 0) return null;
	let data: unknown;
	try {
		// Aliases can expand exponentially (billion laughs); a few are plenty for metadata.
		data = document.toJS({ maxAliasCount: 20 });
	} catch {
		return null;
	}
	if (data === null || data === undefined) return {};
	if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) return null;
	const meta: Partial<DocumentMetadata> = {};
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const field = metadataKey(key);
		const text = metadataText(value);
		if (field && text && meta[field] === undefined) meta[field] = text;
	}
	return meta;
}

const FENCE = /^---[ \t]*$/;

/** The source between `---` fences at the very start of a text, and the text after them. */
export function fencedFrontMatter(text: string): { source: string; body: string } | null {
	const firstEnd = text.indexOf('\n');
	if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return null;
	let lineStart = firstEnd + 1;
	while (lineStart <= text.length && lineStart - firstEnd <= MAX_FRONT_MATTER_CHARS) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = text.length;
		// A closing fence is short: test only lines that could be one.
		if (lineEnd - lineStart <= 16 && FENCE.test(text.slice(lineStart, lineEnd))) {
			return { source: text.slice(firstEnd + 1, lineStart), body: text.slice(Math.min(text.length, lineEnd + 1)) };
		}
		lineStart = lineEnd + 1;
	}
	return null;
}

/**
 * Splits `---` fenced front matter off a plain-text file (Markdown files get theirs from the Markdown
 * parser). Only a block that is a YAML mapping counts; anything else stays text.
 */
export function splitFrontMatter(text: string): { meta: Partial<DocumentMetadata>; body: string } | null {
	const fenced = fencedFrontMatter(text);
	const meta = fenced && readFrontMatter(fenced.source);
	return fenced && meta ? { meta, body: fenced.body } : null;
}
