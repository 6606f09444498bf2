import { describe, expect, it } from 'vitest';
import { htmlToDocument } from './html.ts';

describe('htmlToDocument', () => {
	it('keeps prose, drops scripts, styles and chrome, reads metadata', () => {
		const html = `<!doctype html><html><head><title>Page | Site</title>
			<meta name="author" content="Nigar Hasanova"><meta property="article:published_time" content="2024-11-12T08:00:00Z">
			<meta property="og:site_name" content="Caspian Wire"><style>p { color: red }</style><script>var baku = 1;</script></head>
			<body><nav>Home · World</nav><article><h1>Talks in <em>Baku</em></h1><p>Delegates met&nbsp;in Baku&amp;Sumgait.<br>Second line.</p>
			<script>document.write("Yerevan")</script><ul><li>One</li><li>Two</li></ul></article><footer>© Site</footer></body></html>`;
		const { text, hints } = htmlToDocument(html);
		expect(text).toBe('Talks in Baku\n\nDelegates met in Baku&Sumgait.\nSecond line.\n\nOne\n\nTwo');
		expect(hints).toEqual({ author: 'Nigar Hasanova', date: '2024-11-12T08:00:00Z', source: 'Caspian Wire', title: 'Talks in Baku' });
	});
	it('survives broken markup and falls back to <title>', () => {
		const { text, hints } = htmlToDocument('<title>Only title</title><p>Unclosed <b>bold<p>Next');
		expect(text).toBe('Unclosed bold\n\nNext');
		expect(hints.title).toBe('Only title');
	});
	it('keeps pages wrapped in a form, dropping only the controls', () => {
		const { text, hints } = htmlToDocument('<body><form id="aspnetForm"><div><h1>Title</h1><p>Talks in Baku.</p><input value="x"><label>Search</label></div></form></body>');
		expect(text).toBe('Title\n\nTalks in Baku.');
		expect(hints.title).toBe('Title');
	});
	it('reads no field from a <meta> named like a member every object has', () => {
		const { hints } = htmlToDocument('<meta name="constructor" content="Rustam"><meta name="__proto__" content="Lachin"><meta name="toString" content="x"><p>Text.</p>');
		expect(hints).toEqual({});
	});
});
