import type { Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { findCandidates } from './candidates.ts';
import { judgeCandidate } from './judge.ts';
import { resolveMentions, type AcceptedMention } from './resolve.ts';
import { tokenize } from './tokens.ts';

export type { Toponym };

export interface GeoparseOptions {
	/** also return place words inside organisation/treaty names (usage "embedded"); default true */
	includeEmbedded?: boolean;
}

const RECOGNITION_CONFIDENCE: Record<string, number> = {
	locative: 0.95,
	'well-known': 0.95,
	demonym: 0.9,
	name: 0.75,
	'inside-name': 0.6
};

/**
 * Finds the place names in a text and resolves each to a gazetteer place. Pure and synchronous:
 * text and a loaded gazetteer in, toponyms (sorted by offset) out.
 */
export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
	const tokens = tokenize(text);
	const candidates = findCandidates(text, tokens, gazetteer);
	const candidateStarts = new Set(candidates.map((c) => c.first));
	const accepted: AcceptedMention[] = [];
	for (const candidate of candidates) {
		const verdict = judgeCandidate(candidate, { text, tokens, gazetteer, candidateStarts });
		if (!verdict.keep) continue;
		if (verdict.usage === 'embedded' && options.includeEmbedded === false) continue;
		accepted.push({
			candidate,
			usage: verdict.usage,
			recognition: RECOGNITION_CONFIDENCE[verdict.why] ?? 0.8,
			surface: text.slice(candidate.start, candidate.end)
		});
	}
	return resolveMentions(accepted, gazetteer, text).map(({ mention, place, score, reasons }) => {
		const toponym: Toponym = {
			start: mention.candidate.start,
			end: mention.candidate.end,
			name: mention.surface,
			placeId: place.id,
			placeName: place.name,
			kind: place.kind,
			country: place.country,
			lat: place.lat,
			lon: place.lon,
			score: Math.round(score * mention.recognition * 1000) / 1000,
			usage: mention.usage,
			reasons
		};
		if (place.geonameId !== null) toponym.geonameId = place.geonameId;
		if (place.geometry) toponym.geometry = place.geometry;
		return toponym;
	});
}
