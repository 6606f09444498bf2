import { describe, expect, it } from 'vitest';
import { boundBlocks, capNesting, markdownToText, MAX_BLOCK_CHARS, MAX_NESTING } from './markdown.ts';

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
		const images = markdownToText(`${'!['.repeat(500)}Baku${'](x)'.repeat(500)}`);
		expect(images.text).toBe('Baku');
		const emphasis = markdownToText(`${'*a '.repeat(600)}Baku${' a*'.repeat(600)}`);
		expect(emphasis.text).toBe(`${'a '.repeat(600)}Baku${' a'.repeat(600)}`);
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
	it('caps container markers', () => {
		expect(capNesting(`${'> '.repeat(MAX_NESTING)}x`)).toBe(`${'> '.repeat(MAX_NESTING)}x`);
		expect(capNesting(`${'> '.repeat(MAX_NESTING + 5)}x`)).toBe(`${'> '.repeat(MAX_NESTING)}x`);
		expect(capNesting(`${'- '.repeat(MAX_NESTING + 5)}x`)).toBe(`${'- '.repeat(MAX_NESTING)}x`);
	});
});
