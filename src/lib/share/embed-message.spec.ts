import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, heightMessage, hostScriptSnippet, iframeSnippet, isHeightMessage } from './embed-message.ts';

type Listener = (event: { origin: string; source: unknown; data: unknown }) => void;

/** Runs the host snippet against a fake window with two iframes and returns a message sender. */
function runHostScript(origin: string) {
	const own = { contentWindow: { name: 'embed' }, style: { height: '' } };
	const other = { contentWindow: { name: 'other' }, style: { height: '' } };
	let listener: Listener | null = null;
	const fakeWindow = { addEventListener: (_type: string, fn: Listener) => (listener = fn) };
	const fakeDocument = { querySelectorAll: () => [own, other] };
	const code = hostScriptSnippet(origin).replace(/^<script>|<\/script>$/g, '');
	new Function('window', 'document', code)(fakeWindow, fakeDocument);
	const send = (event: { origin: string; source: unknown; data: unknown }) => listener!(event);
	return { own, other, send };
}

describe('embed height messages', () => {
	it('accepts only well-formed height messages', () => {
		expect(isHeightMessage(heightMessage(431.2))).toBe(true);
		expect(heightMessage(431.2).height).toBe(432);
		for (const bad of [null, 'x', 42, {}, { type: HEIGHT_MESSAGE_TYPE }, { type: HEIGHT_MESSAGE_TYPE, height: '400' }, { type: HEIGHT_MESSAGE_TYPE, height: -1 }, { type: HEIGHT_MESSAGE_TYPE, height: Infinity }, { type: HEIGHT_MESSAGE_TYPE, height: 1e9 }, { type: 'other', height: 400 }]) {
			expect(isHeightMessage(bad)).toBe(false);
		}
	});

	it('host script resizes only the sending iframe, only from the embed origin', () => {
		const host = runHostScript('http://127.0.0.1:5177');
		host.send({ origin: 'http://evil.example', source: host.own.contentWindow, data: heightMessage(900) });
		expect(host.own.style.height).toBe('');
		host.send({ origin: 'http://127.0.0.1:5177', source: host.own.contentWindow, data: { type: 'other', height: 900 } });
		host.send({ origin: 'http://127.0.0.1:5177', source: host.own.contentWindow, data: { type: HEIGHT_MESSAGE_TYPE, height: '900' } });
		expect(host.own.style.height).toBe('');
		host.send({ origin: 'http://127.0.0.1:5177', source: host.own.contentWindow, data: heightMessage(612.5) });
		expect(host.own.style.height).toBe('613px');
		expect(host.other.style.height).toBe('');
	});

	it('escapes the iframe attributes and the origin', () => {
		const snippet = iframeSnippet({ src: 'http://h/embed?topic=a&q="x"', title: 'Map <of> "places"', height: 500 });
		expect(snippet).toContain('src="http://h/embed?topic=a&amp;q=&quot;x&quot;"');
		expect(snippet).toContain('title="Map &lt;of&gt; &quot;places&quot;"');
		expect(snippet).toContain('height="500"');
		expect(hostScriptSnippet('http://a</script><script>alert(1)')).not.toContain('</script><script>');
	});
});
