// Markdown to plain text with the micromark/mdast parsers (CommonMark + GFM + YAML front matter):
// keeps the words a reader sees, drops the syntax, code blocks and link definitions. The returned
// text is what the document stores, shows in the reader and geoparses, so offsets refer to it.
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { htmlToDocument } from './html.ts';

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

/** Caps nesting, and inserts blank lines so that no block (run of non-blank lines) is longer than `limit`. */
export function boundBlocks(markdown: string, limit = MAX_BLOCK_CHARS): string {
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
			while (line.length > limit) {
				const cut = cutPoint(line, 0, limit);
				out.push(line.slice(0, cut), '');
				line = line.slice(cut);
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

export function markdownToText(markdown: string): MarkdownText {
	const tree: Root = fromMarkdown(boundBlocks(markdown), { extensions, mdastExtensions });
	const first = tree.children[0];
	const frontMatter = first?.type === 'yaml' ? first.value : null;
	const headingNode = tree.children.find((node) => node.type === 'heading' && node.depth <= 2);
	const heading = headingNode ? nodeText(headingNode).replace(/\s+/g, ' ').trim() || null : null;
	return { text: nodeText(tree), heading, frontMatter };
}
