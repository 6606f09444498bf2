import { describe, expect, it } from 'vitest';
import { boundBlocks, breakLongWords, capNesting, markdownToText, markdownWork, MAX_BLOCK_CHARS, MAX_MARKDOWN_WORK, MAX_NESTING, MAX_WORD_CHARS } from './markdown.ts';

describe('markdownToText', () => {
	it('keeps the prose and the first heading', () => {
		const { text, heading } = markdownToText('# Lachin *road*\n\nA **new** [road](http://x) to _Lachin_.\n\n- item one\n> quoted `code`');
		expect(heading).toBe('Lachin road');
		expect(text).toBe('Lachin road\n\nA new road to Lachin.\n\nitem one\n\nquoted code');
	});
	it('drops fenced code and keeps snake_case words intact', () => {
		const { text } = markdownToText('keep snake_case_name\n```\ndrop me\n```\n---\nend');
		expect(text).toBe('keep snake_case_name\n\nend');
	});
	it('reads a setext heading as the heading, without its underline', () => {
		const { text, heading } = markdownToText('Talks in Baku\n=============\n\nDelegates met.\n\nDay two\n-------\n\nMore.');
		expect(heading).toBe('Talks in Baku');
		expect(text).toBe('Talks in Baku\n\nDelegates met.\n\nDay two\n\nMore.');
	});
	it('keeps table cells as text without pipes', () => {
		const { text } = markdownToText('| City | Country |\n| --- | --- |\n| Baku | Azerbaijan |\n| Yerevan | Armenia |');
		expect(text).toBe('City\tCountry\nBaku\tAzerbaijan\nYerevan\tArmenia');
	});
	it('drops indented code and link definitions, keeps autolinks, footnotes and HTML block text', () => {
		const { text } = markdownToText(
			'Intro.\n\n    var city = "Paris";\n\nSee <https://example.org/baku> and [the map][m].[^1]\n\n[m]: https://example.org/map\n[^1]: A note on Ganja.\n\n<div>\n<p>Shusha &amp; Lachin</p>\n<script>Yerevan</script>\n</div>'
		);
		expect(text).toBe('Intro.\n\nSee https://example.org/baku and the map.\n\nA note on Ganja.\n\nShusha & Lachin');
	});
	it('returns the front matter source for the YAML reader', () => {
		expect(markdownToText('---\ntitle: "Baku"\n---\nText')).toEqual({ text: 'Text', heading: null, frontMatter: 'title: "Baku"' });
	});
	it('survives nesting far deeper than the stack', () => {
		const quotes = markdownToText(`${'> '.repeat(20_000)}Baku`);
		expect(quotes.text).toBe('Baku');
		const images = markdownToText(`${'!['.repeat(150)}Baku${'](x)'.repeat(150)}`);
		expect(images.text).toBe('Baku');
		// past MAX_WORD_CHARS the one word keeps only its two ends, read as text
		const nested = markdownToText(`${'!['.repeat(500)}Baku${'](x)'.repeat(500)}`).text;
		expect(nested.startsWith('![![')).toBe(true);
		expect(nested.length).toBeLessThanOrEqual(MAX_WORD_CHARS);
		const emphasis = markdownToText(`${'*a '.repeat(600)}Baku${' a*'.repeat(600)}`);
		expect(emphasis.text).toBe(`${'a '.repeat(600)}Baku${' a'.repeat(600)}`);
	});
});

describe('the work budget', () => {
	it('reads a document whose markup would cost too much as plain text, front matter apart', () => {
		const items = '- Baku\n'.repeat(Math.ceil(MAX_MARKDOWN_WORK / 100));
		const read = markdownToText(`---\ntitle: Lists\n---\n${items}`);
		expect(read).toEqual({ text: items, heading: null, frontMatter: 'title: Lists' });
	});
	it('counts lines and markup above plain characters, and leaves a long article of prose parsed', () => {
		expect(markdownWork('a'.repeat(100))).toBe(100);
		expect(markdownWork('a\n[b](c)')).toBeGreaterThan(markdownWork('a b c d e f'.repeat(10)));
		const article = `# Baku\n\n${'The city of *Baku* lies on the Caspian, see [the map](https://example.org/baku). '.repeat(12)}\n\n`.repeat(500);
		expect(markdownWork(article)).toBeLessThan(MAX_MARKDOWN_WORK);
	});
});

describe('boundBlocks', () => {
	it('leaves ordinary markdown as it is', () => {
		const markdown = '# Title\n\n> quote\n\n- a\n  - b\n\ntext';
		expect(boundBlocks(markdown)).toBe(markdown);
	});
	it('cuts a block longer than the limit at whitespace, keeping every character', () => {
		const line = 'word '.repeat(10_000);
		const bounded = boundBlocks(line);
		expect(bounded.replace(/\n/g, '')).toBe(line);
		expect(Math.max(...bounded.split('\n').map((part) => part.length))).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
	});
	it('keeps the indentation of a cut line, so that indented code stays code', () => {
		const code = `    ${'x = 1; '.repeat(5_000)}`;
		expect(boundBlocks(code).split('\n').filter((piece) => piece !== '').every((piece) => piece.startsWith('    '))).toBe(true);
		expect(markdownToText(code).text).toBe('');
	});
	it('shortens a run without whitespace to its two ends, never inside a character', () => {
		const run = '<https://]:😀'.repeat(1_000);
		const shortened = breakLongWords(`a ${run} b`);
		const [first, word = '', last, ...rest] = shortened.split(' ');
		expect([first, last, rest]).toEqual(['a', 'b', []]);
		expect(word.length).toBeLessThanOrEqual(MAX_WORD_CHARS);
		expect(run.startsWith(word.slice(0, 400)) && run.endsWith(word.slice(-400))).toBe(true);
		expect(shortened).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
		expect(breakLongWords('short words stay')).toBe('short words stay');
	});
	it('keeps an image with a long data URI whole: its alt text, no markup or base64', () => {
		const image = `![a map of Shusha](data:image/png;base64,${'iVBORw0KGgo'.repeat(400)})`;
		expect(markdownToText(`Roads near ${image} Shusha.`).text).toBe('Roads near a map of Shusha Shusha.');
	});
	it('leaves a long front matter value whole', () => {
		const source = `https://example.org/${'a'.repeat(3_000)}`;
		const { frontMatter, text } = markdownToText(`---\ntitle: Baku\nsource: ${source}\n---\nDelegates met in Baku.`);
		expect(frontMatter).toBe(`title: Baku\nsource: ${source}`);
		expect(text).toBe('Delegates met in Baku.');
	});
	it('caps container markers', () => {
		expect(capNesting(`${'> '.repeat(MAX_NESTING)}x`)).toBe(`${'> '.repeat(MAX_NESTING)}x`);
		expect(capNesting(`${'> '.repeat(MAX_NESTING + 5)}x`)).toBe(`${'> '.repeat(MAX_NESTING)}x`);
		expect(capNesting(`${'- '.repeat(MAX_NESTING + 5)}x`)).toBe(`${'- '.repeat(MAX_NESTING)}x`);
	});
});
