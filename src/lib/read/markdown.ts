// Markdown to plain text with the micromark/mdast parsers (CommonMark + GFM + YAML front matter):
// keeps the words a reader sees, drops the syntax, code blocks and link definitions. The returned
// text is what the document stores, shows in the reader and geoparses, so offsets refer to it.
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { fencedFrontMatter } from './front-matter.ts';
import { htmlToDocument } from './html.ts';
import './linear-edit-map.ts';

export interface MarkdownText {
	text: string;
	/** the first level-1 or level-2 heading (ATX or setext), a good title when front matter has none */
	heading: string | null;
	/** the YAML front matter's source, when the file starts with a `---` block */
	frontMatter: string | null;
}

/**
 * micromark is linear on prose but not on every run of delimiters inside one block (`[a](` repeated is
 * quadratic), so a block longer than this is cut at whitespace into blocks of at most this size before
 * parsing. Ordinary paragraphs are shorter; a longer one keeps every word, with a paragraph break at the cut.
 */
export const MAX_BLOCK_CHARS = 4 * 1024;

// GFM's autolink-literal transform walks the tree recursively and overflows the stack on deeply
// nested input; it only turns bare URLs into links, which does not change the text.
const mdastExtensions = [frontmatterFromMarkdown(['yaml']), ...gfmFromMarkdown().map((extension) => ({ ...extension, transforms: [] }))];
const extensions = [frontmatter(['yaml']), gfm()];

/**
 * Containers (block quotes, list items) nest as deep as their markers go, and every line pays for
 * every open container: past these limits, extra markers are dropped and indentation is shortened.
 */
export const MAX_NESTING = 8;
export const MAX_INDENT = 64;

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/** The end of the container marker (`>`, `-`, `1.`) starting at `at`, or -1. */
function markerEnd(line: string, at: number): number {
	const char = line[at];
	if (char === '>') return at + 1;
	if ((char === '-' || char === '*' || char === '+') && isBlank(line[at + 1])) return at + 2;
	let digit = at;
	while (digit < line.length && digit - at < 9 && line[digit]! >= '0' && line[digit]! <= '9') digit++;
	return digit > at && (line[digit] === '.' || line[digit] === ')') && isBlank(line[digit + 1]) ? digit + 2 : -1;
}

/** A line with at most MAX_NESTING container markers and MAX_INDENT characters of indentation. */
export function capNesting(line: string): string {
	let indent = 0;
	while (isBlank(line[indent])) indent++;
	if (indent > MAX_INDENT) line = line.slice(indent - MAX_INDENT);
	let at = 0;
	let depth = 0;
	let keepUntil = -1;
	for (;;) {
		let start = at;
		while (start < line.length && start - at < 4 && isBlank(line[start])) start++;
		const end = markerEnd(line, start);
		if (end < 0) break;
		if (++depth === MAX_NESTING) keepUntil = end;
		at = end;
	}
	return depth > MAX_NESTING ? `${line.slice(0, keepUntil)}${isBlank(line[keepUntil - 1]) || isBlank(line[at]) ? '' : ' '}${line.slice(at)}` : line;
}

/** Where to cut a line that is longer than `limit`: after the last whitespace, else at `limit`. */
function cutPoint(line: string, from: number, limit: number): number {
	const end = from + limit;
	for (let i = end - 1; i > from + limit / 2; i--) if (line[i] === ' ' || line[i] === '\t') return i + 1;
	// Never between the halves of a surrogate pair.
	const code = line.charCodeAt(end - 1);
	return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/**
 * Some constructs scan ahead to the next whitespace on every attempt (GFM's bare URLs, link
 * destinations), which is quadratic in a long run without any: `<https://]:` repeated. No word is
 * longer than this; a longer run keeps only its two ends.
 */
export const MAX_WORD_CHARS = 1024;

const isWhitespace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Shortens every run of non-whitespace longer than `limit` to its first and last halves. No real word is
 * that long: such runs are data URIs and hostile input, and keeping both ends leaves a link or image
 * whole (`![map](data:…)` keeps its closing parenthesis) instead of leaking its markup into the text.
 */
export function breakLongWords(markdown: string, limit = MAX_WORD_CHARS): string {
	const half = Math.floor(limit / 2);
	const pieces: string[] = [];
	let pieceStart = 0;
	let runStart = 0;
	const isLow = (i: number) => markdown.charCodeAt(i) >= 0xdc00 && markdown.charCodeAt(i) <= 0xdfff;
	for (let i = 0; i <= markdown.length; i++) {
		if (i < markdown.length && !isWhitespace(markdown.charCodeAt(i))) continue;
		if (i - runStart > limit) {
			// never between the halves of a surrogate pair
			let headEnd = runStart + half;
			if (isLow(headEnd)) headEnd--;
			let tailStart = i - half;
			if (isLow(tailStart)) tailStart++;
			pieces.push(markdown.slice(pieceStart, headEnd));
			pieceStart = tailStart;
		}
		runStart = i + 1;
	}
	if (pieces.length === 0) return markdown;
	pieces.push(markdown.slice(pieceStart));
	return pieces.join('');
}

/**
 * Caps nesting, breaks overlong words, and inserts blank lines so that no block (run of non-blank
 * lines) is longer than `limit`.
 */
export function boundBlocks(source: string, limit = MAX_BLOCK_CHARS): string {
	const markdown = breakLongWords(source);
	const out: string[] = [];
	let blockLength = 0;
	let lineStart = 0;
	while (lineStart <= markdown.length) {
		let lineEnd = markdown.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = markdown.length;
		let line = capNesting(markdown.slice(lineStart, lineEnd));
		if (line.trim() === '') blockLength = 0;
		else {
			if (blockLength > 0 && blockLength + line.length > limit) {
				out.push('');
				blockLength = 0;
			}
			// each piece keeps the line's indentation: an indented code line stays code when cut
			let indentEnd = 0;
			while (isBlank(line[indentEnd])) indentEnd++;
			const indent = line.slice(0, indentEnd);
			while (line.length > limit) {
				const cut = cutPoint(line, indent.length, limit - indent.length);
				out.push(line.slice(0, cut), '');
				line = indent + line.slice(cut);
			}
			blockLength += line.length + 1;
		}
		out.push(line);
		lineStart = lineEnd + 1;
	}
	return out.join('\n');
}

/** Nodes holding blocks: their children are separated by blank lines (or line breaks when tight). */
function blockSeparator(node: Parents): string {
	switch (node.type) {
		case 'root':
		case 'blockquote':
		case 'footnoteDefinition':
			return '\n\n';
		case 'list':
		case 'listItem':
			return node.spread ? '\n\n' : '\n';
		case 'table':
			return '\n';
		case 'tableRow':
			return '\t';
		default:
			return '';
	}
}

type Item = { separator: string } | { node: Nodes; block: boolean };

const SEPARATOR_RANK: Record<string, number> = { '\t': 1, '\n': 2, '\n\n': 3 };

/**
 * The text of a node, walked with an explicit stack so that deep nesting cannot overflow. Blocks
 * that leave no text (code, definitions) leave no separator either.
 */
function nodeText(root: Nodes): string {
	const out: string[] = [];
	let pending = '';
	const emit = (text: string) => {
		if (!text) return;
		if (pending && out.length > 0) out.push(pending);
		pending = '';
		out.push(text);
	};
	const stack: Item[] = [{ node: root, block: true }];
	while (stack.length > 0) {
		const item = stack.pop()!;
		if ('separator' in item) {
			if ((SEPARATOR_RANK[item.separator] ?? 0) > (SEPARATOR_RANK[pending] ?? 0)) pending = item.separator;
			continue;
		}
		const { node } = item;
		switch (node.type) {
			case 'text':
			case 'inlineCode':
				emit(node.value);
				continue;
			case 'image':
			case 'imageReference':
				emit(node.alt ?? '');
				continue;
			case 'break':
				emit('\n');
				continue;
			case 'html':
				// A block of HTML is read as HTML; inline tags carry no words.
				if (item.block) emit(htmlToDocument(node.value).text);
				continue;
			case 'code':
			case 'yaml':
			case 'definition':
			case 'footnoteReference':
			case 'thematicBreak':
				continue;
		}
		if (!('children' in node)) continue;
		const separator = blockSeparator(node);
		const holdsBlocks = separator === '\n\n' || node.type === 'listItem';
		for (let i = node.children.length - 1; i >= 0; i--) {
			stack.push({ node: node.children[i]!, block: holdsBlocks });
			if (i > 0 && separator) stack.push({ separator });
		}
	}
	return out.join('');
}

/**
 * micromark is linear, but its cost per character grows with the markup: measured against prose, a
 * line costs about as much as 100 characters (a list of one-word items, 200 times prose per byte) and
 * a character that may open or close a construct about 50 (`[a](` repeated, 30 times). A document
 * whose markup would cost more than this many characters of prose is read as plain text instead,
 * markup and all: its words are kept, and a megabyte of hostile markup reads as fast as prose.
 */
export const MAX_MARKDOWN_WORK = 8_000_000;
const LINE_WORK = 100;
const MARKUP_WORK = 50;
const MARKUP = new Uint8Array(128);
for (const char of '*_[]()<>!&#|~`\\:') MARKUP[char.charCodeAt(0)] = 1;

/** The work micromark does on a document, in characters of prose: one pass, no parsing. */
export function markdownWork(markdown: string): number {
	let work = markdown.length;
	for (let i = 0; i < markdown.length; i++) {
		const code = markdown.charCodeAt(i);
		if (code === 10) work += LINE_WORK;
		else if (code < 128 && MARKUP[code]) work += MARKUP_WORK;
	}
	return work;
}

/** A document beyond the work budget: its front matter split off, the rest as written. */
function plainReading(markdown: string): MarkdownText {
	const fenced = fencedFrontMatter(markdown);
	return { text: fenced ? fenced.body : markdown, heading: null, frontMatter: fenced ? fenced.source.replace(/\n$/, '') : null };
}

export function markdownToText(markdown: string): MarkdownText {
	if (markdownWork(markdown) > MAX_MARKDOWN_WORK) return plainReading(markdown);
	// the front matter is YAML, not markdown: bounding it would cut a long value
	const fenced = fencedFrontMatter(markdown);
	const tree: Root = fromMarkdown(boundBlocks(fenced ? fenced.body : markdown), { extensions, mdastExtensions });
	const frontMatter = fenced ? fenced.source.replace(/\n$/, '') : null;
	const headingNode = tree.children.find((node) => node.type === 'heading' && node.depth <= 2);
	const heading = headingNode ? nodeText(headingNode).replace(/\s+/g, ' ').trim() || null : null;
	return { text: nodeText(tree), heading, frontMatter };
}
