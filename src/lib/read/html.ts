// HTML to readable text with a real parser (htmlparser2): scripts, styles and page chrome dropped,
// block elements become line breaks, metadata from <title>, <h1> and <meta> tags.
import { Parser } from 'htmlparser2';
import type { DocumentMetadata } from './metadata.ts';

// Not <form>: some sites (ASP.NET WebForms) wrap the whole page in one; its controls are dropped instead.
const SKIPPED = new Set(['title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'label', 'iframe', 'object', 'canvas', 'head']);
const BLOCKS = new Set([
	'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
	'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'caption', 'hr', 'address', 'details', 'summary'
]);
const CELLS = new Set(['td', 'th']);

const META_FIELDS: Record<string, keyof DocumentMetadata> = {
	author: 'author',
	'article:author': 'author',
	'dc.creator': 'author',
	date: 'date',
	'article:published_time': 'date',
	'dc.date': 'date',
	pubdate: 'date',
	'og:site_name': 'source',
	publisher: 'source',
	'og:title': 'title',
	'dc.title': 'title'
};

export interface HtmlDocument {
	text: string;
	hints: Partial<DocumentMetadata>;
}

export function htmlToDocument(html: string): HtmlDocument {
	const parts: string[] = [];
	const hints: Partial<DocumentMetadata> = {};
	let skipDepth = 0;
	let inTitle = false;
	let pageTitle = '';
	let inH1 = false;
	let h1 = '';
	const open: string[] = [];

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				open.push(name);
				if (name === 'title') inTitle = true;
				if (name === 'meta') {
					const key = (attributes.name ?? attributes.property ?? attributes.itemprop ?? '').toLowerCase();
					const field = META_FIELDS[key];
					if (field && attributes.content && hints[field] === undefined) hints[field] = attributes.content.trim();
					return;
				}
				if (SKIPPED.has(name)) skipDepth++;
				if (skipDepth > 0) return;
				if (name === 'h1' && !h1) inH1 = true;
				if (name === 'br') parts.push('\n');
				else if (BLOCKS.has(name)) parts.push('\n\n');
				else if (CELLS.has(name)) parts.push('\t');
			},
			ontext(text) {
				if (inTitle) pageTitle += text;
				if (skipDepth > 0) return;
				if (inH1) h1 += text;
				parts.push(text);
			},
			onclosetag(name) {
				// htmlparser2 closes implied tags too, so the stack stays balanced.
				open.pop();
				if (name === 'title') inTitle = false;
				if (SKIPPED.has(name) && skipDepth > 0) {
					skipDepth--;
					return;
				}
				if (skipDepth > 0) return;
				if (name === 'h1') inH1 = false;
				if (BLOCKS.has(name)) parts.push('\n\n');
			}
		},
		{ decodeEntities: true, lowerCaseTags: true }
	);
	parser.write(html);
	parser.end();

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
