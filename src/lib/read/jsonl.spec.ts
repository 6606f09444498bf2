import { describe, expect, it } from 'vitest';
import { MAX_LISTED_BAD_LINES, parseJsonl } from './jsonl.ts';

const good = (n: number) => JSON.stringify({ id: `r${n}`, text: `Record ${n} about the harbour.` });

describe('parseJsonl', () => {
	it('reads good lines and skips each bad one with its line number and reason', () => {
		const { entries, skipped } = parseJsonl([good(1), '{broken', '[1, 2]', '{"title": "no text"}', '', good(2)].join('\n'), 'wire.jsonl');
		expect(entries.map((e) => [e.path, e.hints.id])).toEqual([
			['wire.jsonl:1', 'r1'],
			['wire.jsonl:6', 'r2']
		]);
		expect(skipped).toEqual([
			{ path: 'wire.jsonl:2', reason: expect.stringMatching(/^not JSON \(/) },
			{ path: 'wire.jsonl:3', reason: 'not a JSON object' },
			{ path: 'wire.jsonl:4', reason: 'no "text" field (or it is empty)' }
		]);
	});

	it('lists a file’s first bad lines one by one and counts the rest in one entry naming their lines', () => {
		const extra = 1000;
		const lines = [good(1), ...Array.from({ length: MAX_LISTED_BAD_LINES + extra }, (_, i) => (i % 2 ? '{"text": ""}' : 'not json')), good(2)];
		const { entries, skipped } = parseJsonl(lines.join('\n'), 'dump.jsonl');
		expect(entries).toHaveLength(2);
		expect(skipped).toHaveLength(MAX_LISTED_BAD_LINES + 1);
		expect(skipped[MAX_LISTED_BAD_LINES - 1]!.path).toBe(`dump.jsonl:${MAX_LISTED_BAD_LINES + 1}`);
		expect(skipped.at(-1)).toEqual({ path: 'dump.jsonl', reason: `${extra} more bad lines not listed (lines ${MAX_LISTED_BAD_LINES + 2}–${MAX_LISTED_BAD_LINES + extra + 1}; the first ${MAX_LISTED_BAD_LINES} are)` });
	});

	it('names a single unlisted bad line by its number', () => {
		const lines = Array.from({ length: MAX_LISTED_BAD_LINES + 1 }, () => 'x');
		const { skipped } = parseJsonl(lines.join('\n'), 'one.jsonl');
		expect(skipped.at(-1)).toEqual({ path: 'one.jsonl', reason: `1 more bad line not listed (line ${MAX_LISTED_BAD_LINES + 1}; the first ${MAX_LISTED_BAD_LINES} are)` });
	});
});
