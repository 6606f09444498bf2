// Splits a document's text into plain runs and mention runs, for the reader (rendered as text only).
import type { Mention } from '../contracts.ts';

export type Segment = { kind: 'text'; text: string; start: number } | { kind: 'mention'; text: string; start: number; mention: Mention };

export function segmentText(text: string, mentions: Mention[]): Segment[] {
	const sorted = mentions
		.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start && m.usage !== 'embedded')
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const segments: Segment[] = [];
	let at = 0;
	for (const mention of sorted) {
		if (mention.start < at) continue; // overlapping: keep the first
		if (mention.start > at) segments.push({ kind: 'text', text: text.slice(at, mention.start), start: at });
		segments.push({ kind: 'mention', text: text.slice(mention.start, mention.end), start: mention.start, mention });
		at = mention.end;
	}
	if (at < text.length) segments.push({ kind: 'text', text: text.slice(at), start: at });
	return segments;
}

/** The mentions of one place, in reading order, and where `at` sits among them. */
export function placeMentions(mentions: Mention[], placeId: string | null, at: number | null): { list: Mention[]; current: number } {
	if (!placeId) return { list: [], current: -1 };
	const list = mentions.filter((m) => m.placeId === placeId && m.usage !== 'embedded').sort((a, b) => a.start - b.start);
	let current = at === null ? -1 : list.findIndex((m) => m.start === at);
	if (current < 0 && at !== null && list.length) {
		current = list.reduce((best, m, i) => (Math.abs(m.start - at) < Math.abs(list[best]!.start - at) ? i : best), 0);
	}
	return { list, current };
}
