// The spans a caller gave (someone else's recogniser, gold annotations: GeoparseOptions.spans) as mentions,
// and how they take the place of the recogniser's own where they overlap.
import type { Gazetteer } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { spanCandidate, type Candidate } from './candidates.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

/** The spans a caller gave, as mentions: recognised already, or looked up as written. */
export function givenMentions(text: string, tokens: Token[], gazetteer: Gazetteer, spans: { start: number; end: number }[], candidateAt: Map<number, Candidate>): Set<AcceptedMention> {
	const recognised = new Map([...candidateAt.values()].map((c) => [`${c.start}:${c.end}`, c]));
	const mentions = new Set<AcceptedMention>();
	for (const span of spans) {
		const candidate = recognised.get(`${span.start}:${span.end}`) ?? spanCandidate(text, tokens, gazetteer, span);
		if (!candidate) continue;
		const surface = text.slice(candidate.start, candidate.end);
		mentions.add({ candidate, usage: 'literal', recognition: 1, why: 'given', minor: false, surface, key: nameKey(surface) });
	}
	return mentions;
}

/** Recognised mentions that overlap no given span stay as context; given ones replace the rest. */
export function mergeGiven(recognised: AcceptedMention[], given: Set<AcceptedMention>): AcceptedMention[] {
	// swept by end, the given spans by start: a mention overlaps one where a span starting before the
	// mention's end reaches past its start (one pass, not every span for every mention)
	const spans = [...given].map((m) => m.candidate).sort((a, b) => a.start - b.start);
	const byEnd = recognised.map((_, i) => i).sort((a, b) => recognised[a]!.candidate.end - recognised[b]!.candidate.end);
	const overlapping = new Uint8Array(recognised.length);
	let next = 0;
	let reach = -Infinity;
	for (const i of byEnd) {
		const { start, end } = recognised[i]!.candidate;
		while (next < spans.length && spans[next]!.start < end) reach = Math.max(reach, spans[next++]!.end);
		if (start < reach) overlapping[i] = 1;
	}
	const context = recognised.filter((_, i) => overlapping[i] === 0);
	return [...context, ...given].sort((a, b) => a.candidate.start - b.candidate.start);
}
