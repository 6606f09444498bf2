import { describe, expect, it } from 'vitest';
import type { Mention } from '../contracts.ts';
import { placeMentions, segmentText } from './reader.ts';

const m = (start: number, end: number, placeId: string, usage: Mention['usage'] = 'literal'): Mention => ({ start, end, name: '', placeId, usage, score: 1 });

describe('segmentText', () => {
	it('covers the whole text, in order, with mentions as their own runs', () => {
		const text = 'From Baku to Tbilisi.';
		const segments = segmentText(text, [m(13, 20, 't'), m(5, 9, 'b')]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['Baku', 'Tbilisi']);
	});
	it('drops overlapping, out-of-range and embedded mentions', () => {
		const segments = segmentText('abcdef', [m(0, 3, 'x'), m(2, 4, 'y'), m(4, 99, 'z'), m(4, 5, 'e', 'embedded')]);
		expect(segments.map((s) => [s.kind, s.text])).toEqual([['mention', 'abc'], ['text', 'def']]);
	});
});

describe('placeMentions', () => {
	it('finds the current mention of a place, or the nearest', () => {
		const mentions = [m(30, 34, 'b'), m(5, 9, 'b'), m(13, 20, 't')];
		expect(placeMentions(mentions, 'b', 30)).toEqual({ list: [mentions[1], mentions[0]], current: 1 });
		expect(placeMentions(mentions, 'b', 11).current).toBe(0);
		expect(placeMentions(mentions, null, 5)).toEqual({ list: [], current: -1 });
	});
});
