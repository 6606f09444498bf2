// HTML to readable text with a real tokenizer (htmlparser2's): scripts, styles and page chrome dropped,
// block elements become line breaks, metadata from <title>, <h1> and <meta> tags.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { DocumentMetadata } from './metadata.ts';

// Not <form>: some sites (ASP.NET WebForms) wrap the whole page in one; its controls are dropped instead.
const SKIPPED = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'label', 'iframe', 'object', 'canvas', 'head']);
const BLOCKS = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
	'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'caption', 'hr', 'address', 'details', 'summary'
]);
const CELLS = new Set(['td', 'th']);

// a Map, not an object literal: a <meta name> ("constructor", "__proto__") must not find Object.prototype's members
const META_FIELDS = new Map<string, keyof DocumentMetadata>([
	['author', 'author'],
	['article:author', 'author'],
	['dc.creator', 'author'],
	['date', 'date'],
	['article:published_time', 'date'],
	['dc.date', 'date'],
	['pubdate', 'date'],
	['og:site_name', 'source'],
	['publisher', 'source'],
	['og:title', 'title'],
	['dc.title', 'title']
]);

export interface HtmlDocument {
	text: string;
	hints: Partial<DocumentMetadata>;
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * htmlparser2's tokenizer with an element stack of our own: its Parser keeps the stack with
 * `unshift` and searches it on every end tag, quadratic in the nesting depth (`<div>` repeated).
 * Here opening and closing are O(1) amortised: an end tag pops only when the element is open.
 */
export function htmlToDocument(html: string): HtmlDocument {
	const parts: string[] = [];
	const hints: Partial<DocumentMetadata> = {};
	const stack: string[] = [];
	const openCount = new Map<string, number>();
	const isOpen = (name: string) => (openCount.get(name) ?? 0) > 0;
	let skipDepth = 0;
	let pageTitle = '';
	let inH1 = false;
	let h1 = '';
	let tagName = '';
	let attributes: Record<string, string> = {};
	let attributeName = '';
	let attributeValue = '';

	const closeElement = () => {
		const name = stack.pop()!;
		openCount.set(name, openCount.get(name)! - 1);
		if (SKIPPED.has(name)) {
			skipDepth--;
			return;
		}
		if (skipDepth > 0) return;
		if (name === 'h1') inH1 = false;
		if (BLOCKS.has(name)) parts.push('\n\n');
	};
	const openElement = () => {
		const name = tagName;
		if (name === 'meta') {
			const key = (attributes.name ?? attributes.property ?? attributes.itemprop ?? '').toLowerCase();
			const field = META_FIELDS.get(key);
			if (field && attributes.content && hints[field] === undefined) hints[field] = attributes.content.trim();
			return;
		}
		if (!VOID.has(name)) {
			stack.push(name);
			openCount.set(name, (openCount.get(name) ?? 0) + 1);
			if (SKIPPED.has(name)) skipDepth++;
		}
		if (skipDepth > 0) return;
		if (name === 'h1' && !h1) inH1 = true;
		if (name === 'br') parts.push('\n');
		else if (BLOCKS.has(name)) parts.push('\n\n');
		else if (CELLS.has(name)) parts.push('\t');
	};
	const addText = (text: string) => {
		if (isOpen('title')) pageTitle += text;
		if (skipDepth > 0) return;
		if (inH1) h1 += text;
		parts.push(text);
	};

	const addBreak = () => {
		if (skipDepth === 0) parts.push('\n');
	};

	const callbacks: TokenizerCallbacks = {
		onopentagname(start, end) {
			tagName = html.slice(start, end).toLowerCase();
			attributes = {};
		},
		onattribname(start, end) {
			attributeName = html.slice(start, end).toLowerCase();
			attributeValue = '';
		},
		onattribdata(start, end) {
			attributeValue += html.slice(start, end);
		},
		onattribentity(codepoint) {
			attributeValue += String.fromCodePoint(codepoint);
		},
		onattribend() {
			if (!Object.hasOwn(attributes, attributeName)) attributes[attributeName] = attributeValue;
		},
		onopentagend: openElement,
		// HTML ignores the slash of `<div/>`; void elements close themselves anyway.
		onselfclosingtag: openElement,
		onclosetag(start, end) {
			const name = html.slice(start, end).toLowerCase();
			if (name === 'br') addBreak();
			else if (isOpen(name)) {
				while (stack.at(-1) !== name) closeElement();
				closeElement();
			} else if (name === 'p' && skipDepth === 0) parts.push('\n\n');
		},
		ontext(start, end) {
			addText(html.slice(start, end));
		},
		ontextentity(codepoint) {
			addText(String.fromCodePoint(codepoint));
		},
		oncdata() {},
		oncomment() {},
		ondeclaration() {},
		onprocessinginstruction() {},
		onend() {}
	};
	const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
	tokenizer.write(html);
	tokenizer.end();

	const text = parts
		.join('')
		.replace(/[ \t\f\v\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	const heading = h1.replace(/\s+/g, ' ').trim();
	const title = hints.title ?? (heading || pageTitle.replace(/\s+/g, ' ').trim());
	if (title) hints.title = title;
	return { text, hints };
}
