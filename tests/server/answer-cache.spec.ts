// The API's kept answers: most recently used kept, bounded by count and by bytes; a question under way shared.
import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/lib/server/api/answer-cache.ts';
import { createAnswers } from '../../src/lib/server/api/routes.ts';
import type { Store } from '../../src/lib/store/types.ts';

const body = (bytes: number) => ({ json: Buffer.alloc(bytes), gzip: null });

describe('answer cache', () => {
	it('keeps at most maxEntries, dropping the least recently used', () => {
		const cache = new AnswerCache(2, 1e6);
		cache.set('a', body(1));
		cache.set('b', body(1));
		expect(cache.get('a')).toBeDefined();
		cache.set('c', body(1));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBeDefined();
		expect(cache.get('c')).toBeDefined();
	});

	it('keeps at most maxBytes (json and gzip counted), and replaces a key without counting it twice', () => {
		const cache = new AnswerCache(10, 100);
		cache.set('a', { json: Buffer.alloc(30), gzip: Buffer.alloc(10) });
		cache.set('a', { json: Buffer.alloc(30), gzip: Buffer.alloc(10) });
		cache.set('b', body(40));
		expect(cache.size).toBe(2);
		cache.set('c', body(40));
		expect(cache.get('a')).toBeUndefined();
		expect(cache.size).toBe(2);
		// a body bigger than the bound is not kept
		cache.set('d', body(101));
		expect(cache.get('d')).toBeUndefined();
	});
});

describe('answers', () => {
	it('works out a question asked again while its answer is under way once, and sends both the same body', async () => {
		let asked = 0;
		const store = {
			version: async () => '1',
			info: async () => {
				asked++;
				await new Promise((done) => setTimeout(done, 20));
				return { manifest: { corpus: 'c', generatedAt: 'now', counts: { documents: 1 } }, topics: [] };
			}
		} as unknown as Store;
		const answers = createAnswers();
		const [a, b] = await Promise.all([answers(store, 'info', new URLSearchParams()), answers(store, 'info', new URLSearchParams())]);
		expect(asked).toBe(1);
		expect(a).toBe(b);
		// kept: asked again later, not worked out again
		await answers(store, 'info', new URLSearchParams());
		expect(asked).toBe(1);
	});
});
