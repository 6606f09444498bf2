// Every reader, on random and hostile input: linear time (a ratio to the same reader on a tenth of
// the input, see linear-time.ts), no exception, and the invariants the rest of ingest relies on.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, loadMarkdownReader } from '../../src/lib/read/extract.ts';
import { MAX_FRONT_MATTER_CHARS, readFrontMatter } from '../../src/lib/read/front-matter.ts';
import { parseHeaderLine } from '../../src/lib/read/header-line.ts';
import { htmlToDocument } from '../../src/lib/read/html.ts';
import { parseJsonl } from '../../src/lib/read/jsonl.ts';
import { markdownToText, MAX_BLOCK_CHARS } from '../../src/lib/read/markdown.ts';
import type { SourceFormat } from '../../src/lib/read/metadata.ts';
import { expectLinear, fastest, TIMED_RUNS, type LinearCase } from './linear-time.ts';

/** how many times as long as prose of the same size a megabyte of hostile markup may take */
const PEER_SLOWDOWN = 3;
const repeat = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/** A line repeated to any size, each time indented `step` spaces deeper than the last. */
const indentedDeeper = (line: string, step: number) => (size: number) => {
	let text = '';
	for (let indent = 0; text.length < size; indent += step) text += `${' '.repeat(indent)}${line}\n`;
	return text.slice(0, size);
};

/** A unit of hostile syntax, repeated to any size: runs of one class, nesting, unclosed constructs. */
const hostileUnit = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

const MARKDOWN_TOKENS = ['**', '*', '_', '__', '[', ']', '(', ')', '![', '<', '>', '> ', '#', '# ', '`', '```', '~', '~~', '|', '- ', '1. ', '---', ' ', '    ', '\t', '\n', '\n\n', 'a', 'Baku', '\\', '&amp;', '&#', '"', "'", '<div>', '</div>', '<https://', '[^', ']:', 'é', '😀'];
const HTML_TOKENS = ['<div>', '</div>', '<p>', '</b>', '<', '>', '</', '<!--', '-->', '<script>', '</script>', '<a href="', '"', "'", '=', '&amp;', '&', '&#', ' ', '\n', 'Baku', '<td>', '<tr>', '<br>', '<meta name="author" content="', '<svg>', '<![CDATA[', '<title>', '/>', 'é'];
const TEXT_TOKENS = [' ', '\t', '\n', '\r\n', '.', '!', '?', '…', ',', 'A', 'a', 'By ', 'date ', '2021-11-24 ', '(', ')', 'MENAFN- ', 'Read more', '---\n', 'title: ', '"', '\u00a0', 'BAKU, ', 'December 13. ', '😀', '\uFEFF'];
const JSONL_TOKENS = ['{', '}', '[', ']', '"', '"text":', '"a"', ',', ':', '\n', ' ', '\\', '\\u', '1', 'null'];
const YAML_TOKENS = ['[', ']', '{', '}', '- ', '? ', ': ', 'a', '\n', '  ', '"', "'", '&a ', '*a ', '!', '|\n', '>\n', '#', ','];

/** Known pathological inputs, each once (the reproduction of a report) beside the random ones. */
const KNOWN: Record<string, { reader: LinearCase['read']; make: LinearCase['make']; size: number }[]> = {
	text: [
		{ reader: (s) => extractDocument(s, 'text'), make: (n) => ` date 2021-11-24 By ${'A'.repeat(n)}1\nBody.`, size: 100_000 },
		{ reader: (s) => extractDocument(s, 'text'), make: (n) => `a${' '.repeat(n)}b`, size: 100_000 },
		{ reader: (s) => extractDocument(s, 'text'), make: (n) => ` date 2021-11-24 (MENAFN-${' '.repeat(n)}`, size: 100_000 }
	],
	markdown: [
		{ reader: markdownToText, make: repeat('**a '), size: 2_000 },
		{ reader: markdownToText, make: repeat('[a]('), size: 2_000 },
		{ reader: markdownToText, make: (n) => `${'> '.repeat(500)}\n${'a\n'.repeat(n / 2)}`, size: 2_000 },
		// every container that closes before the end used to copy micromark's whole event list (linear-edit-map.ts)
		{ reader: markdownToText, make: repeat('\n\n>!['), size: 8_000 },
		{ reader: markdownToText, make: repeat('- a\n\nb\n\n'), size: 8_000 }
	],
	'front matter': [
		{ reader: readFrontMatter, make: repeat('? '), size: 600 },
		{ reader: readFrontMatter, make: repeat('['), size: 2_000 },
		{ reader: readFrontMatter, make: repeat('"a": '), size: 2_000 }
	],
	html: [
		{ reader: htmlToDocument, make: repeat('<div>'), size: 50_000 },
		{ reader: htmlToDocument, make: (n) => `${'<a>'.repeat(n / 6)}${'</b>'.repeat(n / 8)}`, size: 50_000 },
		{ reader: htmlToDocument, make: repeat('<table><tr><td>'), size: 50_000 }
	]
};

// Generous timeouts: these measure ratios, and a loaded machine makes every run slow alike.
// extractDocument reads Markdown once its reader is loaded (ingest loads it with the first Markdown file)
beforeAll(loadMarkdownReader);

describe('readers run in linear time', { timeout: 300_000 }, () => {
	for (const [format, cases] of Object.entries(KNOWN)) {
		it(`${format}: the reported pathological inputs`, () => {
			cases.forEach(({ reader, make, size }, index) => expectLinear(`${format} #${index}`, { read: reader, make }, size));
		});
	}

	const runs = TIMED_RUNS;
	it('plain text (header line, front matter, title, tidy): hostile units repeated to 1 MB', () => {
		fc.assert(fc.property(hostileUnit(TEXT_TOKENS), (unit) => void expectLinear(`text ${JSON.stringify(unit)}`, { read: (s) => extractDocument(s, 'text'), make: repeat(unit) }, 100_000)), runs);
	});
	it('header lines: hostile units repeated to 1 MB', () => {
		fc.assert(fc.property(hostileUnit(TEXT_TOKENS), (unit) => void expectLinear(`header ${JSON.stringify(unit)}`, { read: parseHeaderLine, make: (n) => ` date 2021-11-24 ${repeat(unit)(n)}` }, 100_000)), runs);
	});
	// micromark costs far more per character than the other readers: smaller inputs, same ratio. The
	// smaller one is still cut into blocks (twice MAX_BLOCK_CHARS): a 2 KB line that opens indented
	// code or an HTML block is read whole as such, while its 20 KB peer is cut into paragraphs, which
	// cost more per byte, and the ratio would count that as growth.
	it('markdown: hostile units repeated to 80 KB', () => {
		fc.assert(fc.property(hostileUnit(MARKDOWN_TOKENS), (unit) => void expectLinear(`markdown ${JSON.stringify(unit)}`, { read: (s) => extractDocument(s, 'markdown'), make: repeat(unit) }, 2 * MAX_BLOCK_CHARS)), runs);
	});
	// Linear is not enough where each line or delimiter costs a hundred characters of prose: a megabyte
	// of markup takes at most a few times as long as a megabyte of prose, measured in the same run.
	it('markdown: a megabyte of hostile markup against a megabyte of prose', () => {
		const prose = repeat(`${'The city of Baku lies on the Caspian, east of Ganja. '.repeat(8)}\n\n`)(1_000_000);
		const proseTime = fastest(() => extractDocument(prose, 'markdown'), 2);
		for (const unit of ['- a\n', 'a\n', '[a](', '*a* ', '&#😀', '    **', '<https://|&amp;![---`]: ']) {
			const hostile = repeat(unit)(1_000_000);
			const time = fastest(() => extractDocument(hostile, 'markdown'), 2);
			expect(time, `markdown ${JSON.stringify(unit)}: ${time} ms, prose ${proseTime} ms`).toBeLessThan(PEER_SLOWDOWN * proseTime);
		}
	});
	// Lines indented ever deeper grow in size as the square of their depth, and the YAML parser's work
	// faster than that: the ratio to a tenth of the input would not show it. Against a flat mapping of
	// the same size: 64 KB of "? <<: " lines each two spaces deeper took 2.1 s, the flat mapping 0.17 s.
	it('front matter: lines indented ever deeper against a flat mapping, at its size limit', () => {
		const size = MAX_FRONT_MATTER_CHARS - 100;
		const flat = repeat('place: Baku\n')(size);
		const flatTime = fastest(() => readFrontMatter(flat), 2);
		for (const line of ['? <<: ', '?', '- - - - - - - - ']) {
			for (const step of [1, 2, line.length]) {
				const nested = indentedDeeper(line, step)(size);
				const time = fastest(() => readFrontMatter(nested), 2);
				expect(time, `yaml ${JSON.stringify(line)} ${step} deeper: ${time} ms, flat ${flatTime} ms`).toBeLessThan(PEER_SLOWDOWN * flatTime);
			}
		}
	});
	it('html: hostile units repeated to 500 KB', () => {
		fc.assert(fc.property(hostileUnit(HTML_TOKENS), (unit) => void expectLinear(`html ${JSON.stringify(unit)}`, { read: htmlToDocument, make: repeat(unit) }, 50_000)), runs);
	});
	it('jsonl: hostile units repeated to 500 KB', () => {
		fc.assert(fc.property(hostileUnit(JSONL_TOKENS), (unit) => void expectLinear(`jsonl ${JSON.stringify(unit)}`, { read: (s) => parseJsonl(s, 'x.jsonl'), make: repeat(unit) }, 50_000)), runs);
	});
	it('front matter: hostile YAML repeated to its size limit', () => {
		fc.assert(fc.property(hostileUnit(YAML_TOKENS), (unit) => void expectLinear(`yaml ${JSON.stringify(unit)}`, { read: readFrontMatter, make: repeat(unit) }, 6_000)), runs);
	});
});

const FORMATS: SourceFormat[] = ['text', 'markdown', 'html', 'jsonl'];
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), hostileUnit([...MARKDOWN_TOKENS, ...HTML_TOKENS, ...TEXT_TOKENS]).map((unit) => unit.repeat(5)));

describe('reader invariants', () => {
	it('extractDocument never throws and returns tidy text and a one-line title', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom(...FORMATS), (content, format) => {
				const html = htmlToDocument(content);
				const doc = format === 'html' ? extractDocument(html.text, format, html.hints) : extractDocument(content, format, format === 'jsonl' ? { title: content } : {});
				expect(doc.text).toBe(doc.text.trim());
				expect(doc.text).not.toMatch(/\r|[ \t]\n|\n\n\n/);
				expect(doc.title.length).toBeGreaterThan(0);
				expect(doc.title).not.toMatch(/\n/);
				if (doc.meta.date !== null) expect(doc.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}),
			{ numRuns: 300 }
		);
	});

	it('a markdown title is the heading words, without markup', () => {
		const word = fc.stringMatching(/^[A-Za-zÀ-ž]{1,10}$/);
		const wrap = fc.constantFrom((w: string) => w, (w: string) => `*${w}*`, (w: string) => `**${w}**`, (w: string) => `_${w}_`, (w: string) => `[${w}](https://x.org)`, (w: string) => `\`${w}\``, (w: string) => `~~${w}~~`, (w: string) => `![${w}](i.png)`, (w: string) => `<b>${w}</b>`);
		fc.assert(
			fc.property(fc.array(fc.tuple(word, wrap), { minLength: 1, maxLength: 8 }), fc.boolean(), (words, setext) => {
				const line = words.map(([w, f]) => f(w)).join(' ');
				const markdown = setext ? `${line}\n===\n\nBody text.` : `# ${line}\n\nBody text.`;
				const doc = extractDocument(markdown, 'markdown');
				expect(doc.title).toBe(words.map(([w]) => w).join(' '));
				expect(doc.text).toBe(`${doc.title}\n\nBody text.`);
			}),
			{ numRuns: 200 }
		);
	});

	it('html text never contains script content, whatever the markup around it', () => {
		fc.assert(
			fc.property(anyText, anyText, (before, after) => {
				const { text } = htmlToDocument(`${before}<p>x</p><script>SECRET_SCRIPT</script>${after}`);
				expect(text.includes('SECRET_SCRIPT') && !`${before}${after}`.includes('SECRET_SCRIPT')).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});

	it('jsonl: every non-blank line is either a record or a skipped line with its number', () => {
		const line = fc.oneof(fc.string({ maxLength: 40 }), fc.record({ text: fc.string({ maxLength: 40 }), id: fc.oneof(fc.string(), fc.integer()) }).map((r) => JSON.stringify(r)));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
				const content = lines.join('\n');
				const { entries, skipped } = parseJsonl(content, 'f.jsonl');
				expect(entries.length + skipped.length).toBe(content.split('\n').filter((l) => l.trim()).length);
				for (const entry of [...entries, ...skipped]) expect(entry.path).toMatch(/^f\.jsonl:\d+$/);
			}),
			{ numRuns: 200 }
		);
	});
});
